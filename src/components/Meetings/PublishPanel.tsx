import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { PUBLISH_STEPS } from '../../model/meetings';
import { issueText } from './MinutesLists';
import { stepLabel, stepReason } from './labels';
import type { IMeetingEditor } from './useMeetingEditor';

const stateText = { pending: strings.PublishStatePending, done: strings.PublishStateDone, failed: strings.PublishStateFailed, skipped: strings.PublishStateSkipped };

/** What publishing needs, the button (Retry when a step failed), and every step's outcome. */
export function PublishPanel({ editor }: { editor: IMeetingEditor }): React.ReactElement {
  const log = editor.record?.publishLog;
  const retry = editor.remaining.length > 0 && editor.record?.state === 'Published';
  const published = editor.record?.state === 'Published' && !retry;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {editor.issues.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error}>
          {strings.PublishBlocked}
          <ul>{editor.issues.map((i) => <li key={`${i.id}-${i.problem}`}>{`${i.section === 'actions' ? strings.MinutesAction : i.section === 'decisions' ? strings.MinutesDecisionTitle : strings.MinutesRiskTitle} ${i.id.replace(/\D/g, '')}: ${issueText(i.problem)}`}</li>)}</ul>
        </MessageBar>
      )}
      {editor.publishError && <MessageBar messageBarType={MessageBarType.error}>{editor.publishError}</MessageBar>}
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <PrimaryButton text={retry ? strings.PublishRetry : published ? strings.PublishAgain : strings.PublishMinutes} disabled={editor.publishing || !editor.values} onClick={editor.publish} />
        {editor.publishing && <Spinner label={strings.Publishing} labelPosition="right" />}
        {published && <Text>{format(strings.PublishedRevision, editor.record!.revision)}</Text>}
      </Stack>
      {log && log.unassignedTasks && <UnassignedTasks editor={editor} unassigned={log.unassignedTasks} />}
      {log && (
        <ul aria-label={strings.PublishSteps}>
          {PUBLISH_STEPS.map((s) => {
            const o = log.steps[s];
            const st = o ? o.state : 'pending';
            return (
              <li key={s} data-step={s} data-state={st}>
                {`${stepLabel(s)}: ${stateText[st]}`}
                {o && o.reason ? ` – ${stepReason(o.reason)}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}

const unassignedReason = (reason: string): string => {
  const forbidden = /^forbidden:(.+)$/.exec(reason);
  if (forbidden) return format(strings.PublishUnassignedForbidden, forbidden[1]);
  return reason === 'notFound' ? strings.PublishUnassignedNotFound : strings.PublishUnassignedFailed;
};

/** The tasks step's warning: which actions' tasks have no assignee in Planner, and why. */
function UnassignedTasks({ editor, unassigned }: { editor: IMeetingEditor; unassigned: Record<string, string> }): React.ReactElement | null {
  const actions = (editor.record && editor.record.minutesData.actions) || [];
  const rows = actions.filter((a) => unassigned[a.id]);
  if (!rows.length) return null;
  return (
    <div data-testid="publish-unassigned">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {strings.PublishUnassigned}
        <ul>
          {rows.map((a) => (
            <li key={a.id}>{format(strings.PublishUnassignedItem, a.title, a.ownerName || a.ownerEmail || '', unassignedReason(unassigned[a.id]))}</li>
          ))}
        </ul>
      </MessageBar>
    </div>
  );
}
