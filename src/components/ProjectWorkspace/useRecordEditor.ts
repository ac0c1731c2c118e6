import * as React from 'react';
import type { IRecord } from '../../model/types';
import { hasErrors } from '../../model/validate';
import type { FieldErrors } from '../../model/validate';
import { ConflictError } from '../../services/errors';
import type { IConflict } from '../common/ConflictDialog';
import { draftKey, removeDraft, useDraft } from '../common/useDraft';
import type { IStoredDraft } from '../common/useDraft';
import { errorMessage, logError } from '../common/errorMessage';

/** How one kind of project record (RAID item, cost line, allocation) is edited and written. */
export interface IRecordEditorOptions<TRecord extends IRecord, TValues> {
  /** Draft storage kind, e.g. 'raid'; new records are kept per project. */
  kind: string;
  /** The project the records belong to. */
  projectId: number;
  /** Form values of a new record. */
  empty: () => TValues;
  /** Form values of a saved record. */
  toValues: (record: TRecord) => TValues;
  /** The model's validation of the form values. */
  validate: (values: TValues) => FieldErrors<TValues>;
  /** Writes a new record. */
  create: (values: TValues) => Promise<TRecord>;
  /** Writes a change with the ETag it started from; rejects with ConflictError on 412. */
  update: (id: number, values: TValues, etag: string) => Promise<TRecord>;
  /** Called with the saved record, so the list can show it without a reload. */
  onSaved: (record: TRecord) => void;
}

/** State and handlers of a record's add/edit panel. */
export interface IRecordEditor<TRecord extends IRecord, TValues> {
  /** True while the panel is open. */
  isOpen: boolean;
  /** The saved record being edited; undefined for a new one. */
  editing: TRecord | undefined;
  /** The form's values as typed. */
  values: TValues;
  /** Validation messages to show now: fields the person touched, and every field after a save attempt. */
  errors: FieldErrors<TValues>;
  /** True after a save was refused by validation (shows the summary bar). */
  showSummary: boolean;
  /** True while a write is under way. */
  saving: boolean;
  /** Localized reason the last write failed; the values stay in the form. */
  saveError: string | undefined;
  /** A draft left from an earlier visit, offered back. */
  pendingDraft: IStoredDraft<TValues> | undefined;
  /** A refused save (412) to resolve in the ConflictDialog. */
  conflict: IConflict<TValues> | undefined;
  /** Opens the panel for a new record (optionally with some values set). */
  startNew: (initial?: Partial<TValues>) => void;
  /** Opens the panel on a saved record. */
  startEdit: (record: TRecord) => void;
  /** Changes some fields (and keeps the draft). */
  change: (patch: Partial<TValues>) => void;
  /** Validates, then writes when valid; nothing is written while invalid. */
  save: () => void;
  /** Closes the panel; the draft stays in storage. */
  close: () => void;
  /** Takes the offered draft into the form. */
  restoreDraft: () => void;
  /** Drops the offered draft. */
  discardDraft: () => void;
  /** Saves the values chosen in the conflict dialog with the server's current ETag. */
  resolveConflict: (merged: TValues, etag: string) => Promise<void>;
  /** Closes the conflict dialog; the person's values stay in the form. */
  cancelConflict: () => void;
}

interface ISession<TRecord, TValues> {
  open: boolean;
  editing?: TRecord;
  values: TValues;
  /** What the edit started from (the conflict dialog's "when you started"). */
  base: TValues;
  /** The ETag the save is sent with. */
  etag?: string;
  touched: { [field: string]: boolean };
  attempted: boolean;
}

/**
 * The add/edit flow shared by the RAID, Costs and Resources tabs: values validated by the model,
 * nothing written while invalid, drafts kept in localStorage (they survive a reload), a failed write
 * keeps the input and says why, and a 412 opens a field-by-field conflict resolution.
 */
export function useRecordEditor<TRecord extends IRecord, TValues>(
  options: IRecordEditorOptions<TRecord, TValues>
): IRecordEditor<TRecord, TValues> {
  const opts = React.useRef(options);
  opts.current = options;
  const [session, setSession] = React.useState<ISession<TRecord, TValues>>(() => {
    const values = options.empty();
    return { open: false, values, base: values, touched: {}, attempted: false };
  });
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<IConflict<TValues> | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const key = !session.open
    ? undefined
    : session.editing
      ? draftKey(options.kind, session.editing.id)
      : draftKey(`${options.kind}-project-${options.projectId}`);
  const draft = useDraft<TValues>(key);

  // The latest session, so two changes in one event (e.g. kind then score) build on each other.
  const latest = React.useRef(session);
  latest.current = session;
  const update = (next: ISession<TRecord, TValues>): void => {
    latest.current = next;
    setSession(next);
  };
  const patch = (p: Partial<ISession<TRecord, TValues>>): void => update({ ...latest.current, ...p });

  const begin = (editing: TRecord | undefined, values: TValues): void => {
    setSaveError(undefined);
    setConflict(undefined);
    update({ open: true, editing, values, base: values, etag: editing?.etag, touched: {}, attempted: false });
  };
  const startNew = (initial?: Partial<TValues>): void => begin(undefined, { ...opts.current.empty(), ...initial });
  const startEdit = (record: TRecord): void => begin(record, opts.current.toValues(record));

  const change = (fields: Partial<TValues>): void => {
    const s = latest.current;
    const values = { ...s.values, ...fields };
    const touched = { ...s.touched };
    for (const k of Object.keys(fields)) touched[k] = true;
    draft.save(values, { etag: s.etag, base: s.base });
    update({ ...s, values, touched });
  };

  const finish = (saved: TRecord): void => {
    draft.clear();
    opts.current.onSaved(saved);
    setConflict(undefined);
    patch({ open: false });
  };

  const write = (values: TValues, etag: string | undefined, editing: TRecord | undefined): Promise<void> => {
    const o = opts.current;
    const pending = editing ? o.update(editing.id, values, etag || editing.etag) : o.create(values);
    const savedKey = key;
    return pending.then(
      (saved) => {
        // Saved: the draft is obsolete even if the tab was left meanwhile.
        if (savedKey) removeDraft(savedKey);
        if (mounted.current) finish(saved);
      },
      (e: unknown) => {
        if (!mounted.current) return;
        if (e instanceof ConflictError && editing) {
          const theirs = e.current as TRecord;
          // The dialog resolves it; the form keeps the person's values meanwhile.
          setConflict({ base: latest.current.base, mine: values, theirs: o.toValues(theirs), etag: theirs.etag });
          return;
        }
        logError(`Save ${o.kind}`, e);
        setSaveError(errorMessage(e));
        throw e;
      }
    );
  };

  const save = (): void => {
    if (saving) return;
    const s = latest.current;
    patch({ attempted: true });
    if (hasErrors(opts.current.validate(s.values))) return;
    setSaving(true);
    setSaveError(undefined);
    write(s.values, s.etag, s.editing).then(
      () => mounted.current && setSaving(false),
      () => mounted.current && setSaving(false)
    );
  };

  const resolveConflict = (merged: TValues, etag: string): Promise<void> => {
    patch({ values: merged, etag });
    return write(merged, etag, latest.current.editing);
  };

  const restoreDraft = (): void => {
    const stored = draft.restore();
    if (!stored) return;
    const s = latest.current;
    patch({
      values: stored.value,
      base: stored.base || s.base,
      // A restored edit saves with the ETag it started from, so a change made meanwhile is not overwritten.
      etag: stored.etag || s.etag,
      touched: {}
    });
  };

  const all = opts.current.validate(session.values);
  const errors: FieldErrors<TValues> = {};
  for (const k of Object.keys(all) as (keyof TValues)[]) {
    if (session.attempted || session.touched[k as string]) errors[k] = all[k];
  }

  return {
    isOpen: session.open,
    editing: session.editing,
    values: session.values,
    errors,
    showSummary: session.attempted && hasErrors(all),
    saving,
    saveError,
    pendingDraft: draft.pending,
    conflict,
    startNew,
    startEdit,
    change,
    save,
    close: () => {
      setConflict(undefined);
      patch({ open: false });
    },
    restoreDraft,
    discardDraft: draft.discard,
    resolveConflict,
    cancelConflict: () => setConflict(undefined)
  };
}
