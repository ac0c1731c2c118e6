import * as React from 'react';
import type { IRecord } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import type { IStoredDraft } from './useDraft';

/** One opening of the add/edit panel: what the form shows, what it started from, and the ETag a save sends. */
export interface ISession<TRecord, TValues> {
  open: boolean;
  /** Counts openings, so a late answer (a prefill) lands only in the session that asked for it. */
  id: number;
  editing?: TRecord;
  values: TValues;
  /** What the edit started from (the conflict dialog's "when you started"). */
  base: TValues;
  /** The ETag the save is sent with. */
  etag?: string;
  touched: { [field: string]: boolean };
  attempted: boolean;
  /** Messages only the server could give (e.g. code taken); each stays until its field changes. */
  serverErrors: FieldErrors<TValues>;
}

/** The session state of an editor and its transitions; `latest` is current between renders. */
export interface IEditSession<TRecord, TValues> {
  session: ISession<TRecord, TValues>;
  latest: React.MutableRefObject<ISession<TRecord, TValues>>;
  patch: (p: Partial<ISession<TRecord, TValues>>) => void;
  begin: (editing: TRecord | undefined, values: TValues) => number;
  /** Applies typed changes: marks the fields touched and drops their server messages; returns the new values. */
  change: (fields: Partial<TValues>) => ISession<TRecord, TValues>;
  /** Sets fields that are still empty in the values and the base (a prefill from the server). */
  fill: (id: number, fields: Partial<TValues>) => void;
  restore: (stored: IStoredDraft<TValues>) => void;
}

/**
 * Session state of useRecordEditor and useAutosave. `opened` starts the session open on a record and
 * its values (an editor that is always open); otherwise it starts closed on `empty()`.
 */
export function useEditSession<TRecord extends IRecord, TValues>(
  empty: () => TValues,
  opened?: { editing?: TRecord; values: TValues }
): IEditSession<TRecord, TValues> {
  const [session, setSession] = React.useState<ISession<TRecord, TValues>>(() => {
    const values = opened ? opened.values : empty();
    const editing = opened?.editing;
    return { open: !!opened, id: 0, editing, values, base: values, etag: editing?.etag, touched: {}, attempted: false, serverErrors: {} };
  });
  // The latest session, so two changes in one event (e.g. kind then score) build on each other.
  const latest = React.useRef(session);
  latest.current = session;
  const update = (next: ISession<TRecord, TValues>): ISession<TRecord, TValues> => {
    latest.current = next;
    setSession(next);
    return next;
  };
  const patch = (p: Partial<ISession<TRecord, TValues>>): void => {
    update({ ...latest.current, ...p });
  };
  const begin = (editing: TRecord | undefined, values: TValues): number => {
    const id = latest.current.id + 1;
    update({ open: true, id, editing, values, base: values, etag: editing?.etag, touched: {}, attempted: false, serverErrors: {} });
    return id;
  };
  const change = (fields: Partial<TValues>): ISession<TRecord, TValues> => {
    const s = latest.current;
    const touched = { ...s.touched };
    const serverErrors = { ...s.serverErrors };
    for (const k of Object.keys(fields) as (keyof TValues)[]) {
      touched[k as string] = true;
      if (fields[k] !== s.values[k]) delete serverErrors[k];
    }
    return update({ ...s, values: { ...s.values, ...fields }, touched, serverErrors });
  };
  const fill = (id: number, fields: Partial<TValues>): void => {
    const s = latest.current;
    if (!s.open || s.id !== id) return;
    const empties: Partial<TValues> = {};
    for (const k of Object.keys(fields) as (keyof TValues)[]) if (!s.values[k]) empties[k] = fields[k];
    update({ ...s, values: { ...s.values, ...empties }, base: { ...s.base, ...empties } });
  };
  const restore = (stored: IStoredDraft<TValues>): void => {
    const s = latest.current;
    // A restored edit saves with the ETag it started from, so a change made meanwhile is a conflict, not overwritten.
    patch({ values: stored.value, base: stored.base || s.base, etag: stored.etag || s.etag, touched: {} });
  };
  return { session, latest, patch, begin, change, fill, restore };
}

/** The messages to show: every field after a save attempt, else only the fields the person touched. */
export function visibleErrors<TValues>(session: ISession<unknown, TValues>, all: FieldErrors<TValues>): FieldErrors<TValues> {
  const errors: FieldErrors<TValues> = {};
  for (const k of Object.keys(all) as (keyof TValues)[]) {
    if (session.attempted || session.touched[k as string]) errors[k] = all[k];
  }
  return errors;
}
