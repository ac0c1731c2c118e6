import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IMilestone, MilestoneState } from '../../model/schedule';
import { fmt } from '../Portfolio/cells';
import { milestoneColors } from '../common/themeColors';

const STATE_TEXT: Record<MilestoneState, string> = {
  done: strings.StatusMilestoneDone,
  doneLate: strings.StatusMilestoneDoneLate,
  missed: strings.StatusMilestoneMissed,
  upcoming: strings.StatusMilestoneUpcoming,
  undated: strings.StatusMilestoneUndated
};

/** The milestones in date order along a line, each with its date and state in words. */
export const MilestoneTimeline: React.FC<{ milestones: IMilestone[]; today: string }> = ({ milestones, today }) => {
  const theme = useTheme();
  const dot = milestoneColors(theme);
  if (!milestones.length) return <Text block>{strings.StatusNoMilestones}</Text>;
  return (
    <ol data-testid="milestone-timeline" style={{ display: 'flex', flexWrap: 'wrap', listStyle: 'none', margin: 0, padding: '8px 0', borderTop: `2px solid ${theme.semanticColors.bodyDivider}` }}>
      {milestones.map((m) => (
        <li key={m.taskId} style={{ minWidth: 150, padding: '0 12px 8px 0', position: 'relative' }}>
          <span aria-hidden="true" style={{ display: 'block', width: 12, height: 12, transform: 'rotate(45deg)', background: dot[m.state], margin: '-8px 0 6px' }} />
          <Text block style={{ fontWeight: 600 }}>{m.name}</Text>
          <Text block variant="small">{m.due ? fmt.date(m.due) : '—'}{m.due === today ? ` (${strings.StatusToday})` : ''}</Text>
          <Text block variant="small">{STATE_TEXT[m.state]}</Text>
        </li>
      ))}
    </ol>
  );
};
