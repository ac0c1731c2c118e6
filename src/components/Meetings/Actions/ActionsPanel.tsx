import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IActionItem } from '../../../model/types';
import { lazyPart } from '../../common/LazyPart';
import { RecordList } from '../../records/RecordList';
import { RecordsTab } from '../../records/RecordsTab';
import { actionColumns } from './actionColumns';
import { conflictLines } from './labels';
import { useActions, type IActionsState } from './useActions';

// Loaded with the add/edit panel (same chunk as the other record forms) when it first opens.
const ActionForm = lazyPart(() => import(/* webpackChunkName: 'pmo-record-panel' */ './ActionForm').then((m) => m.ActionForm));

export interface IActionsPanelProps {
  projectId: number;
  /** The project's code or title (export file name). */
  projectName: string;
}

/** One conflict with Planner: both values, and the person's choice (nothing is overwritten before). */
function ConflictBar({ action, actions }: { action: IActionItem; actions: IActionsState }): React.ReactElement {
  return (
    <MessageBar
      messageBarType={MessageBarType.severeWarning}
      isMultiline
      actions={
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <DefaultButton text={strings.ActionsKeepMine} disabled={actions.sync.busy} onClick={() => actions.resolve(action, 'pmo')} />
          <DefaultButton text={strings.ActionsTakeTheirs} disabled={actions.sync.busy} onClick={() => actions.resolve(action, 'planner')} />
        </Stack>
      }
    >
      <span data-conflict={action.id}>{format(strings.ActionsConflict, action.title)}</span>
      <ul>
        {conflictLines(action, action.plannerSync!).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </MessageBar>
  );
}

/** The project's actions with how their Planner tasks stand (synced when shown and on Refresh), editable. */
export function ActionsPanel({ projectId, projectName }: IActionsPanelProps): React.ReactElement {
  const actions = useActions(projectId, projectName);
  const { editor, sync } = actions;
  const conflicts = actions.items.filter((a) => a.plannerSync && a.plannerSync.state === 'conflict');
  const linked = actions.items.filter((a) => a.plannerTaskId).length;
  return (
    <section aria-labelledby="pmo-actions-title" data-testid="actions-panel">
      <Text as="h3" variant="large" id="pmo-actions-title">
        {strings.ActionsTitle}
      </Text>
      <RecordsTab tab={actions} label={strings.ActionsToolbar} newText={strings.ActionsNew} newTitle={strings.ActionsPanelNew} form={<ActionForm editor={editor} />} gap={8}>
        <Stack tokens={{ childrenGap: 8 }}>
          <div role="status" aria-live="polite">
            {sync.busy ? (
              <Spinner size={SpinnerSize.small} label={strings.ActionsSyncing} labelPosition="right" />
            ) : (
              sync.counts && <Text variant="small" data-testid="actions-synced">{format(strings.ActionsSynced, sync.counts.tasksRead, sync.counts.actionWrites, sync.counts.taskWrites)}</Text>
            )}
          </div>
          {sync.problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(strings.ActionsSyncFailed, sync.problems.join(' '))}</MessageBar>}
          {conflicts.map((a) => (
            <ConflictBar key={a.id} action={a} actions={actions} />
          ))}
          <Text variant="small">{format(strings.ActionsCount, actions.items.length, linked)}</Text>
          <RecordList items={actions.items} columns={actionColumns(editor.startEdit)} onOpen={editor.startEdit} empty={strings.ActionsEmpty} />
        </Stack>
      </RecordsTab>
    </section>
  );
}
