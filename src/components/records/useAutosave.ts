import * as React from 'react';
import type { IRecord } from '../../model/types';
import { ConflictError } from '../../services/errors';
import { errorMessage, logError } from '../common/errorMessage';
import { sameValues } from './ConflictDialog/conflict';
import type { AutosaveState, IAutosave, IAutosaveOptions, IRecordConflict } from './types';
import { useEditSession, type IEditSession } from './useEditSession';
import { removeDraft, useDraft, writeDraft, type IDraftApi } from './useDraft';
import { useMounted } from './useMounted';
import { recordConflict } from './useRecordSave';

/** The pause after the last change before an autosave write (every change is in localStorage at once). */
export const AUTOSAVE_MS = 1500;

interface IStatus<TRecord, TValues> {
  saveState: AutosaveState;
  saveError?: string;
  conflict?: IRecordConflict<TRecord, TValues>;
}

/** What the autosave steps share: the options, the session, the draft and the write queue. */
interface IAutosaveContext<TRecord extends IRecord, TValues> {
  opts: React.MutableRefObject<IAutosaveOptions<TRecord, TValues>>;
  s: IEditSession<TRecord, TValues>;
  drafts: React.MutableRefObject<IDraftApi<TValues>>;
  /** The status as of now (between renders too); `set` also shows it while mounted. */
  status: React.MutableRefObject<IStatus<TRecord, TValues>>;
  set: (patch: Partial<IStatus<TRecord, TValues>>) => void;
  mounted: React.MutableRefObject<boolean>;
  /** Changes not written yet (only those are written: a publish retry with no edit writes nothing). */
  dirty: React.MutableRefObject<boolean>;
  /** Writes run one after another, so a create is never sent twice and each update has the last ETag. */
  chain: React.MutableRefObject<Promise<unknown>>;
  timer: React.MutableRefObject<ReturnType<typeof setTimeout> | undefined>;
}

/** One write; on success the session takes the saved version and the draft keeps only what is still unsaved. */
async function write<TRecord extends IRecord, TValues>(
  c: IAutosaveContext<TRecord, TValues>,
  values: TValues,
  basedOn: TRecord | undefined,
  etag: string | undefined
): Promise<TRecord> {
  const o = c.opts.current;
  const keyBefore = o.draftKey(basedOn);
  c.set({ saveState: 'saving' });
  const saved = basedOn ? await o.update(basedOn, values, etag || basedOn.etag) : await o.create(values);
  const now = c.s.latest.current;
  const base = o.toValues(saved);
  if (c.mounted.current) c.s.patch({ editing: saved, etag: saved.etag, base });
  // A draft offered back and not yet decided on is the person's to restore or discard: left alone.
  if (!c.drafts.current.pending) {
    removeDraft(keyBefore);
    if (now.values !== values) writeDraft(o.draftKey(saved), { value: now.values, savedAt: new Date().toISOString(), etag: saved.etag, base });
  }
  c.set({ saveState: c.dirty.current ? 'pending' : 'saved', saveError: undefined });
  o.onSaved(saved);
  return saved;
}

/** Queues `run` after the writes already under way. */
function queue<T>(chain: React.MutableRefObject<Promise<unknown>>, run: () => Promise<T>): Promise<T> {
  const next = chain.current.then(run);
  chain.current = next.catch(() => undefined);
  return next;
}

/** The autosave write: the newest values, unless nothing changed or a conflict waits for the person. */
async function autosave<TRecord extends IRecord, TValues>(c: IAutosaveContext<TRecord, TValues>): Promise<TRecord | undefined> {
  const now = c.s.latest.current;
  if (c.status.current.conflict) return undefined;
  if (!c.dirty.current && now.editing) return now.editing;
  c.dirty.current = false;
  try {
    return await write(c, now.values, now.editing, now.etag);
  } catch (e) {
    c.dirty.current = true;
    if (e instanceof ConflictError && now.editing) {
      c.set({ saveState: 'error', conflict: recordConflict(e, now.base, c.s.latest.current.values, c.opts.current.toValues) });
    } else {
      // Logged here, once: an autosave has no button, this write is the boundary.
      logError(`Save ${c.opts.current.name}`, e);
      c.set({ saveState: 'error', saveError: errorMessage(e) });
    }
    return undefined;
  }
}

/** Saves what the person chose in the conflict dialog; a failure other than a new 412 is the dialog's to show. */
async function resolve<TRecord extends IRecord, TValues>(c: IAutosaveContext<TRecord, TValues>, merged: TValues, etag: string): Promise<void> {
  const conflict = c.status.current.conflict;
  if (!conflict) return;
  const o = c.opts.current;
  // A further 412 is based on the version the person just merged with.
  c.s.patch({ values: merged, etag, base: conflict.theirs, editing: conflict.current });
  if (sameValues(merged, conflict.theirs, o.conflictFields)) {
    c.dirty.current = false;
    if (!c.drafts.current.pending) removeDraft(o.draftKey(conflict.current));
    c.set({ conflict: undefined, saveState: 'saved', saveError: undefined });
    o.onSaved(conflict.current);
    return;
  }
  clearTimeout(c.timer.current);
  c.dirty.current = false;
  try {
    await write(c, merged, conflict.current, etag);
    c.set({ conflict: undefined });
  } catch (e) {
    c.dirty.current = true;
    if (!(e instanceof ConflictError)) {
      c.set({ saveState: 'error' });
      throw e;
    }
    c.set({ saveState: 'error', conflict: recordConflict(e, conflict.theirs, merged, o.toValues) });
  }
}

/**
 * The records framework's autosave mode, for an editor that is always open (e.g. meeting minutes):
 * every change goes to the draft in localStorage at once and to the list a pause later (AUTOSAVE_MS),
 * one write at a time, with IF-Match; a 412 opens the framework's ConflictDialog and stops autosaving
 * until the person chose; a merge equal to the server's version is not written; a restored draft
 * saves with the ETag it started from. Validation is the caller's (e.g. before publishing).
 */
export function useAutosave<TRecord extends IRecord, TValues>(
  options: IAutosaveOptions<TRecord, TValues>,
  start: { record?: TRecord; values?: TValues }
): IAutosave<TRecord, TValues> {
  const opts = React.useRef(options);
  opts.current = options;
  const startRecord = React.useRef(start.record);
  const s = useEditSession<TRecord, TValues>(
    () => undefined as unknown as TValues,
    start.values === undefined ? undefined : { editing: start.record, values: start.values }
  );
  const draft = useDraft<TValues>(s.session.open ? options.draftKey(s.session.editing) : undefined);
  const drafts = React.useRef(draft);
  drafts.current = draft;
  const [shown, setShown] = React.useState<IStatus<TRecord, TValues>>({ saveState: 'idle' });
  const status = React.useRef(shown);
  const mounted = useMounted();
  const set = (patch: Partial<IStatus<TRecord, TValues>>): void => {
    status.current = { ...status.current, ...patch };
    if (mounted.current) setShown(status.current);
  };
  const c: IAutosaveContext<TRecord, TValues> = { opts, s, drafts, status, set, mounted, dirty: React.useRef(false), chain: React.useRef<Promise<unknown>>(Promise.resolve()), timer: React.useRef<ReturnType<typeof setTimeout>>() };
  const flush = (): Promise<TRecord | undefined> => {
    clearTimeout(c.timer.current);
    return s.latest.current.open ? queue(c.chain, () => autosave(c)) : Promise.resolve(undefined);
  };
  const schedule = (): void => {
    c.dirty.current = true;
    set({ saveState: 'pending' });
    clearTimeout(c.timer.current);
    c.timer.current = setTimeout(() => void flush(), opts.current.delayMs ?? AUTOSAVE_MS);
  };
  const unmounted = React.useRef(flush);
  unmounted.current = () => (c.dirty.current && !status.current.conflict ? flush() : Promise.resolve(undefined));
  // Leaving the editor within the pause still writes what was typed.
  React.useEffect(() => () => void unmounted.current(), []);

  return {
    record: s.session.editing,
    values: s.session.open ? s.session.values : undefined,
    open: (values) => {
      if (!s.latest.current.open) s.begin(startRecord.current, values);
    },
    change: (patch) => {
      if (!s.latest.current.open) return;
      const next = s.change(patch);
      drafts.current.save(next.values, { etag: next.etag, base: next.base });
      schedule();
    },
    saveState: shown.saveState,
    saveError: shown.saveError,
    conflict: shown.conflict,
    flush,
    adopt: (record) => s.patch({ editing: record, etag: record.etag, base: opts.current.toValues(record) }),
    conflictFields: options.conflictFields,
    resolveConflict: (merged, etag) => queue(c.chain, () => resolve(c, merged, etag)),
    cancelConflict: () => set({ conflict: undefined }),
    pendingDraft: draft.pending,
    restoreDraft: () => {
      const stored = drafts.current.restore();
      if (!stored || !s.latest.current.open) return;
      s.restore(stored);
      schedule();
    },
    discardDraft: draft.discard,
    clearDraft: draft.clear
  };
}
