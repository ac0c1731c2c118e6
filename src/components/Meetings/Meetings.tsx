import * as React from 'react';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';

/** Props of the PMO Meetings web part's root. */
export interface IMeetingsProps {
  /** The web part's title as the page author set it; the localized default when empty. */
  title?: string;
}

/**
 * The PMO Meetings web part's frame. Meetings, agendas and minutes (design.md §4) come in a later
 * release; until then it says so plainly and shows no made-up meetings.
 */
export const Meetings: React.FC<IMeetingsProps> = ({ title }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Text as="h2" variant="xLarge">
      {title || strings.MeetingsDefaultTitle}
    </Text>
    <MessageBar>{strings.MeetingsComingLater}</MessageBar>
    <Text>{strings.MeetingsWhatItWillDo}</Text>
  </Stack>
);
