import * as React from 'react';
import type { IRecord } from '../../model/types';
import { errorMessage, logError } from '../common/errorMessage';

/** A list of records as a view shows them. */
export interface IRecords<T extends IRecord> {
  items: T[];
  loading: boolean;
  /** Localized reason the records could not be loaded (the last loaded items stay). */
  error: string | undefined;
  reload: () => void;
  /** Puts a saved record in the list (replacing the one with its id), without a reload. */
  upsert: (saved: T) => void;
}

/** The list with `saved` in it: replaced where its id is, else added at the end. */
export function upsertById<T extends IRecord>(list: T[], saved: T): T[] {
  const at = list.map((i) => i.id).indexOf(saved.id);
  if (at < 0) return list.concat([saved]);
  const next = list.slice();
  next[at] = saved;
  return next;
}

/**
 * Loads records with `load(query)` (e.g. a project id, or a search text) whenever `query` changes or
 * on reload. Only the newest request may set state: a slow answer to an older query never wins.
 */
export function useRecords<T extends IRecord, Q extends string | number>(name: string, query: Q, load: (query: Q) => Promise<T[]>): IRecords<T> {
  const [items, setItems] = React.useState<T[]>([]);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const loader = React.useRef(load);
  loader.current = load;

  React.useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    loader.current(query).then(
      (found) => {
        if (!live) return;
        setItems(found);
        setLoading(false);
      },
      (e: unknown) => {
        logError(`Load ${name}`, e);
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      }
    );
    return () => {
      live = false;
    };
  }, [name, query, attempt]);

  const upsert = React.useCallback((saved: T) => setItems((list) => upsertById(list, saved)), []);
  return { items, loading, error, reload: () => setAttempt((n) => n + 1), upsert };
}
