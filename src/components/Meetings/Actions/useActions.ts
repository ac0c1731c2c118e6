import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { actionToFormValues, emptyActionValues, toActionDraft, validateAction, type IActionFormValues } from '../../../model/meetings/actionForm';
import type { IActionItem } from '../../../model/types';
import type { IActionSyncResult } from '../../../services/types';
import { errorMessage, logError } from '../../common/errorMessage';
import { useServices } from '../../common/ServicesContext';
import { useExport } from '../../records/useExport';
import { useRecordEditor } from '../../records/useRecordEditor';
import { useRecords } from '../../records/useRecords';
import type { IRecordsTabState } from '../../records/useEditableRecords';
import { actionConflictFields } from './actionConflictFields';
import { actionExportColumns } from './actionColumns';

export interface IActionSyncState {
  busy: boolean;
  counts?: IActionSyncResult['counts'];
  /** Localized reasons some actions could not be synced (the others were). */
  problems: string[];
}

export interface IActionsState extends IRecordsTabState<IActionItem, IActionFormValues> {
  sync: IActionSyncState;
  /** Settles an action's conflict with Planner. */
  resolve: (action: IActionItem, keep: 'pmo' | 'planner') => void;
}

/**
 * A project's PMO Actions with their editor, kept in step with Planner: every load (opening the view,
 * Refresh) syncs the linked tasks, and a saved edit goes to its task at once (with the task's etag).
 */
export function useActions(projectId: number, exportName: string): IActionsState {
  const services = useServices();
  const records = useRecords('actions', projectId, (id) => services.actions.listByProject(id));
  const { upsert } = records;
  const [sync, setSync] = React.useState<IActionSyncState>({ busy: false, problems: [] });

  const run = React.useCallback(
    (call: () => Promise<IActionSyncResult>) => {
      setSync((s) => ({ ...s, busy: true }));
      call().then(
        (r) => {
          r.actions.forEach(upsert);
          r.errors.forEach((e) => logError('Actions and Planner', e));
          const problems = r.errors.map(errorMessage).filter((m, i, all) => all.indexOf(m) === i);
          setSync({ busy: false, counts: r.counts, problems });
        },
        (e: unknown) => {
          logError('Actions and Planner', e);
          setSync({ busy: false, problems: [errorMessage(e)] });
        }
      );
    },
    [upsert]
  );
  const syncActions = React.useCallback((actions: IActionItem[]) => {
    const s = services.actionSync;
    if (s && actions.some((a) => a.plannerTaskId)) run(() => s.sync(actions));
  }, [services, run]);

  // After every load (not after each upsert): the view opened or the person pressed Refresh.
  const items = React.useRef(records.items);
  items.current = records.items;
  React.useEffect(() => {
    if (!records.loading && !records.error) syncActions(items.current);
  }, [records.loading, records.error, syncActions]);

  const editor = useRecordEditor<IActionItem, IActionFormValues>({
    kind: 'action',
    scope: `project-${projectId}`,
    empty: () => emptyActionValues(projectId),
    toValues: actionToFormValues,
    validate: validateAction,
    conflictFields: actionConflictFields(),
    create: (v) => services.actions.create(toActionDraft(v)),
    update: (id, v, etag) => services.actions.update(id, toActionDraft(v), etag),
    onSaved: (saved) => {
      upsert(saved);
      syncActions([saved]);
    }
  });
  const exports = useExport(records.items, actionExportColumns(), format(strings.ActionsExportFileName, exportName), strings.ActionsExportSheet);
  const resolve = (action: IActionItem, keep: 'pmo' | 'planner'): void => {
    const s = services.actionSync;
    if (s) run(() => s.resolve(action, keep));
  };
  return { ...records, editor, exports, sync, resolve };
}
