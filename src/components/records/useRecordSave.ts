import * as React from 'react';
import type { IRecord } from '../../model/types';
import { hasErrors } from '../../model/validate';
import type { FieldErrors } from '../../model/validate';
import { ConflictError } from '../../services/errors';
import { errorMessage, logError } from '../common/errorMessage';
import { sameValues } from './ConflictDialog/conflict';
import type { IRecordConflict, IRecordEditorOptions } from './types';
import type { IEditSession } from './useEditSession';
import { removeDraft } from './useDraft';
import { useMounted } from './useMounted';

/** What one save attempt came to: the conflict and invalid cases are shown in the panel, not thrown. */
type Outcome = 'saved' | 'invalid' | 'conflict';

/** The write half of an editor: save, the conflict to resolve, and the state the panel shows. */
export interface IRecordSave<TRecord, TValues> {
  saving: boolean;
  saveError: string | undefined;
  conflict: IRecordConflict<TRecord, TValues> | undefined;
  save: () => void;
  resolveConflict: (merged: TValues, etag: string) => Promise<void>;
  cancelConflict: () => void;
  /** Forgets the last error and conflict (a new session starts). */
  reset: () => void;
}

/** The conflict dialog's input from a refused save (412): what the edit started from, the person's values and the server's. */
export function recordConflict<TRecord extends IRecord, TValues>(
  e: ConflictError<unknown>,
  base: TValues,
  mine: TValues,
  toValues: (record: TRecord) => TValues
): IRecordConflict<TRecord, TValues> {
  const current = e.current as TRecord;
  return { base, mine, theirs: toValues(current), etag: current.etag, current };
}

/** Runs an attempt with the Save button off; a failure becomes the panel's message and is rethrown. */
async function running<T>(
  attempt: () => Promise<T>,
  setSaving: (saving: boolean) => void,
  setSaveError: (message: string | undefined) => void,
  mounted: React.MutableRefObject<boolean>
): Promise<T> {
  setSaving(true);
  setSaveError(undefined);
  try {
    return await attempt();
  } catch (e) {
    if (mounted.current) setSaveError(errorMessage(e));
    throw e;
  } finally {
    if (mounted.current) setSaving(false);
  }
}

/**
 * Saves an editor's session: model validation, the server's checks, then the write with IF-Match; a
 * 412 becomes a conflict to resolve; a merge equal to the server's version is not written.
 * `finish` closes the session after a save; `draftKey` is the session's draft.
 */
export function useRecordSave<TRecord extends IRecord, TValues>(
  opts: React.MutableRefObject<IRecordEditorOptions<TRecord, TValues>>,
  s: IEditSession<TRecord, TValues>,
  draftKey: string | undefined,
  finish: (saved: TRecord) => void
): IRecordSave<TRecord, TValues> {
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<IRecordConflict<TRecord, TValues> | undefined>(undefined);
  const mounted = useMounted();
  const done = (saved: TRecord): void => {
    setConflict(undefined);
    finish(saved);
  };

  const submit = async (values: TValues, etag: string | undefined, editing: TRecord | undefined): Promise<Outcome> => {
    const o = opts.current;
    if (hasErrors(o.validate(values))) return 'invalid';
    const serverErrors: FieldErrors<TValues> = o.check ? await o.check(values, editing) : {};
    if (hasErrors(serverErrors)) {
      if (mounted.current) s.patch({ attempted: true, serverErrors });
      return 'invalid';
    }
    const savedKey = draftKey;
    try {
      const saved = editing ? await o.update(editing.id, values, etag || editing.etag) : await o.create(values);
      // Saved: the draft is obsolete even if the panel was left meanwhile.
      if (savedKey) removeDraft(savedKey);
      if (mounted.current) done(saved);
      return 'saved';
    } catch (e) {
      if (!(e instanceof ConflictError) || !editing) throw e;
      // The dialog resolves it; the form keeps the person's values meanwhile.
      if (mounted.current) setConflict(recordConflict(e, s.latest.current.base, values, o.toValues));
      return 'conflict';
    }
  };

  const run = (attempt: () => Promise<Outcome>): Promise<Outcome> => running(attempt, setSaving, setSaveError, mounted);

  const save = (): void => {
    if (saving) return;
    const current = s.latest.current;
    s.patch({ attempted: true });
    if (hasErrors(opts.current.validate(current.values))) return;
    // Logged here, once: the Save button is the boundary of this write.
    run(() => submit(current.values, current.etag, current.editing)).catch((e: unknown) => logError(`Save ${opts.current.kind}`, e));
  };

  const resolveConflict = async (merged: TValues, etag: string): Promise<void> => {
    if (!conflict) return;
    // A further 412 is based on the version the person just merged with.
    s.patch({ values: merged, etag, base: conflict.theirs });
    if (sameValues(merged, conflict.theirs, opts.current.conflictFields)) return done(conflict.current);
    // A failure is shown and logged by the conflict dialog (its boundary).
    const outcome = await run(() => submit(merged, etag, s.latest.current.editing));
    if (outcome === 'invalid') {
      s.patch({ attempted: true });
      setConflict(undefined);
    }
  };

  const cancelConflict = (): void => setConflict(undefined);
  const reset = (): void => {
    setSaveError(undefined);
    cancelConflict();
  };
  return { saving, saveError, conflict, save, resolveConflict, cancelConflict, reset };
}
