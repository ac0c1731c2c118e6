import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import { MeetingDetail } from './MeetingDetail';
import { MeetingList } from './MeetingList';
import type { IMeetingRow, IMeetingsProps } from './types';
import { useMeetings } from './useMeetings';

/**
 * The PMO Meetings web part (and the Meetings tab of PMO Project): meetings from Outlook and PMO
 * Meetings by project with their state; one click opens the agenda, the minutes and publishing.
 */
export function Meetings({ title, projectId, today }: IMeetingsProps): React.ReactElement {
  const now = React.useMemo(() => today || new Date(), [today]);
  const meetings = useMeetings(projectId, now);
  const [open, setOpen] = React.useState<IMeetingRow>();
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!projectId && (
        <Text as="h2" variant="xLarge">
          {title || strings.MeetingsDefaultTitle}
        </Text>
      )}
      {meetings.error && <MessageBar messageBarType={MessageBarType.error}>{meetings.error}</MessageBar>}
      {meetings.warning && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="meetings-outlook-unread">
          {meetings.warning}
        </MessageBar>
      )}
      {open ? (
        <MeetingDetail
          key={open.key}
          row={open}
          records={meetings.records}
          projects={meetings.projects}
          today={now}
          onBack={() => {
            setOpen(undefined);
            meetings.reload();
          }}
          onSaved={() => undefined}
        />
      ) : (
        <MeetingList meetings={meetings} oneProject={!!projectId} onOpen={setOpen} />
      )}
    </Stack>
  );
}
