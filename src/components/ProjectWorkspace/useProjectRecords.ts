import * as React from 'react';
import type { IRecord } from '../../model/types';
import { errorMessage, logError } from '../common/errorMessage';

/** The records of one project as a tab shows them. */
export interface IProjectRecords<T extends IRecord> {
  items: T[];
  loading: boolean;
  /** Localized reason the records could not be loaded. */
  error: string | undefined;
  reload: () => void;
  /** Puts a saved record in the list (replacing the one with its id), without a reload. */
  upsert: (saved: T) => void;
}

/** Loads a project's records with `load` (e.g. services.raid.listByProject) and keeps them current. */
export function useProjectRecords<T extends IRecord>(name: string, projectId: number, load: (projectId: number) => Promise<T[]>): IProjectRecords<T> {
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
    loader.current(projectId).then(
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
  }, [name, projectId, attempt]);

  const upsert = React.useCallback((saved: T) => {
    setItems((list) => {
      const at = list.map((i) => i.id).indexOf(saved.id);
      if (at < 0) return list.concat([saved]);
      const next = list.slice();
      next[at] = saved;
      return next;
    });
  }, []);

  return { items, loading, error, reload: () => setAttempt((n) => n + 1), upsert };
}
