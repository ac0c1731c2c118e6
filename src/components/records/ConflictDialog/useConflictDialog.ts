import * as React from 'react';
import { errorMessage, logError } from '../../common/errorMessage';
import { useMounted } from '../useMounted';
import { conflictRows, defaultChoices, mergeConflict } from './conflict';
import type { ConflictSide, IConflictDialogProps, IConflictRow } from './types';

export interface IConflictDialogState<T> {
  rows: IConflictRow<T>[];
  choices: Record<string, ConflictSide>;
  saving: boolean;
  error: string | undefined;
  choose: (key: string, side: ConflictSide) => void;
  chooseAll: (side: ConflictSide) => void;
  save: () => void;
}

/** State of the conflict dialog: the differing fields, the person's choice per field, and the save. */
export function useConflictDialog<T>(props: IConflictDialogProps<T>): IConflictDialogState<T> {
  const { conflict, fields, onResolve } = props;
  const rows = React.useMemo(() => (conflict ? conflictRows(conflict, fields) : []), [conflict, fields]);
  const [state, setState] = React.useState(() => ({ conflict, choices: defaultChoices(rows), error: '' }));
  // A new conflict (e.g. a second 412 while resolving) starts over from its own defaults, in this render.
  const current = state.conflict === conflict ? state : { conflict, choices: defaultChoices(rows), error: '' };
  if (current !== state) setState(current);
  const { choices } = current;
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const setChoices = React.useCallback(
    (update: (c: Record<string, ConflictSide>) => Record<string, ConflictSide>) =>
      setState((s) => ({ ...s, choices: update(s.choices) })),
    []
  );
  const setError = React.useCallback((error: string) => setState((s) => ({ ...s, error })), []);

  const choose = React.useCallback(
    (key: string, side: ConflictSide) => setChoices((c) => ({ ...c, [key]: side })),
    [setChoices]
  );

  const chooseAll = React.useCallback(
    (side: ConflictSide) => {
      const next: Record<string, ConflictSide> = {};
      for (const row of rows) next[row.field.key] = side;
      setChoices(() => next);
    },
    [rows, setChoices]
  );

  const save = React.useCallback(() => {
    if (!conflict || saving) return;
    setSaving(true);
    setError('');
    onResolve(mergeConflict(conflict, choices), conflict.etag).then(
      () => {
        if (mounted.current) setSaving(false);
      },
      (e: unknown) => {
        logError('ConflictDialog', e);
        if (!mounted.current) return;
        setSaving(false);
        setError(errorMessage(e));
      }
    );
  }, [conflict, choices, onResolve, saving, setError]);

  return { rows, choices, saving, error: current.error || undefined, choose, chooseAll, save };
}
