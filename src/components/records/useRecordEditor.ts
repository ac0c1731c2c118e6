import * as React from 'react';
import type { IRecord } from '../../model/types';
import { hasErrors } from '../../model/validate';
import { logError } from '../common/errorMessage';
import type { IRecordEditor, IRecordEditorOptions } from './types';
import { useEditSession, visibleErrors } from './useEditSession';
import type { ISession } from './useEditSession';
import { draftKey, useDraft } from './useDraft';
import { useMounted } from './useMounted';
import { useRecordSave } from './useRecordSave';

function keyOf<TRecord extends IRecord>(kind: string, scope: string | undefined, session: ISession<TRecord, unknown>): string | undefined {
  if (!session.open) return undefined;
  if (session.editing) return draftKey(kind, session.editing.id);
  return draftKey(scope ? `${kind}-${scope}` : kind);
}

/**
 * The add/edit flow of every record editor: values validated by the model (messages on touched fields
 * and on save), server checks before the write, nothing written while invalid, drafts in localStorage
 * (they survive a reload), a failed write keeps the input and says why, a 412 opens the field-by-field
 * conflict dialog, and a merge equal to the server's version is not written at all.
 */
export function useRecordEditor<TRecord extends IRecord, TValues>(
  options: IRecordEditorOptions<TRecord, TValues>
): IRecordEditor<TRecord, TValues> {
  const opts = React.useRef(options);
  opts.current = options;
  const s = useEditSession<TRecord, TValues>(options.empty);
  const mounted = useMounted();
  const key = keyOf(options.kind, options.scope, s.session);
  const draft = useDraft<TValues>(key);
  const saver = useRecordSave(opts, s, draft.storageKey, (saved) => {
    draft.clear();
    opts.current.onSaved(saved);
    s.patch({ open: false });
  });

  const startNew = (initial?: Partial<TValues>): void => {
    saver.reset();
    const id = s.begin(undefined, { ...opts.current.empty(), ...initial });
    const prefill = opts.current.prefill;
    if (!prefill) return;
    // Without a proposal the person types the value; the save still checks it.
    prefill().then((fields) => mounted.current && s.fill(id, fields), (e: unknown) => logError(`Prefill ${opts.current.kind}`, e));
  };
  const startEdit = (record: TRecord): void => {
    saver.reset();
    s.begin(record, opts.current.toValues(record));
  };
  const change = (fields: Partial<TValues>): void => {
    const next = s.change(fields);
    draft.save(next.values, { etag: next.etag, base: next.base });
  };
  const restoreDraft = (): void => {
    const stored = draft.restore();
    if (stored) s.restore(stored);
  };

  const all = { ...s.session.serverErrors, ...options.validate(s.session.values) };
  return {
    isOpen: s.session.open,
    editing: s.session.editing,
    values: s.session.values,
    errors: visibleErrors(s.session, all),
    showSummary: s.session.attempted && hasErrors(all),
    saving: saver.saving,
    saveError: saver.saveError,
    pendingDraft: draft.pending,
    conflict: saver.conflict,
    conflictFields: options.conflictFields,
    startNew,
    startEdit,
    change,
    save: saver.save,
    close: () => {
      saver.cancelConflict();
      s.patch({ open: false });
    },
    restoreDraft,
    discardDraft: draft.discard,
    resolveConflict: saver.resolveConflict,
    cancelConflict: saver.cancelConflict
  };
}
