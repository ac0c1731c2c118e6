import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IAgendaItem } from '../../../model/meetings';
import type { IMeeting } from '../../../model/types';
import { meetingWhen } from '../labels';
import type { IApproval } from './useApproval';

/**
 * The first agenda item "approve the previous minutes": when they were left to this meeting, the
 * button approves them here (the approval records this meeting).
 */
export function ApprovePrevious({ items, records, approval }: { items: IAgendaItem[]; records: IMeeting[]; approval: IApproval }): React.ReactElement | null {
  const item = items.filter((i) => i.kind === 'approvePrevious')[0];
  // Read from the items on every render: the item may join a stored agenda after the meeting opened.
  const found = item && item.sourceId !== undefined ? records.filter((r) => r.id === item.sourceId)[0] : undefined;
  const [approved, setApproved] = React.useState<IMeeting>();
  const previous = approved && found && approved.id === found.id ? approved : found;
  if (!previous) return null;
  if (previous.approval.state === 'Approved') return <MessageBar messageBarType={MessageBarType.success}>{strings.ApprovalPreviousApproved}</MessageBar>;
  if (previous.approval.state !== 'At next meeting') return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar>{format(strings.ApprovalPreviousPending, meetingWhen(previous.start, previous.end))}</MessageBar>
      <Stack.Item>
        <DefaultButton text={strings.ApprovalPreviousApprove} disabled={approval.busy} onClick={() => approval.approvePrevious(previous, setApproved)} />
      </Stack.Item>
    </Stack>
  );
}
