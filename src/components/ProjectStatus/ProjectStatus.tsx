import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { toIsoDate } from '../../model/dates';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { errorMessage } from '../common/errorMessage';
import { CostSummary } from '../Costs/CostSummary';
import { SafeHtml } from '../Meetings/SafeHtml';
import { fmt } from '../Portfolio/cells';
import { MilestoneTimeline } from './MilestoneTimeline';
import { StatusFigures } from './StatusFigures';
import { TaskBuckets } from './TaskBuckets';
import type { IProjectStatusProps, Part } from './types';
import { useProjectStatus } from './useProjectStatus';

const BurnChart = React.lazy(() => import(/* webpackChunkName: 'pmo-burn-chart' */ '../Costs/BurnChart'));

const Section: React.FC<{ title: string; children?: React.ReactNode }> = ({ title, children }) => (
  <section aria-label={title}>
    <Text as="h3" variant="large" block style={{ fontWeight: 600, margin: '8px 0' }}>{title}</Text>
    {children}
  </section>
);

/** A part's content, or its failure in words (the other parts still render). */
function partOf<T>(p: Part<T>, render: (v: T) => React.ReactNode): React.ReactNode {
  if (p.state === 'loading') return <Spinner />;
  if (p.state === 'failed') return <MessageBar messageBarType={MessageBarType.warning}>{errorMessage(p.error)}</MessageBar>;
  return render(p.value);
}

/** The project status tab: the portfolio's figures for one project with its tasks, milestones, meetings, RAID and costs. */
export const ProjectStatus: React.FC<IProjectStatusProps> = ({ project }) => {
  const { data, reload } = useProjectStatus(project, strings.StatusOtherBucket);
  if (!data) return <Spinner label={strings.StatusLoading} />;
  const { status } = data;
  const today = toIsoDate(new Date());
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="project-status">
      <Stack horizontal horizontalAlign="end">
        <DefaultButton text={strings.PortfolioRefresh} iconProps={{ iconName: 'Refresh' }} onClick={reload} />
      </Stack>
      <StatusFigures status={status} />
      <Section title={strings.StatusMilestones}>
        {status.plan === 'failed' ? null : <MilestoneTimeline milestones={status.milestones ?? []} today={today} />}
      </Section>
      <Section title={strings.StatusTasks}>
        {project.planId ? partOf(data.buckets, (b) => <TaskBuckets buckets={b} />) : <Text block>{strings.PortfolioNoPlan}</Text>}
      </Section>
      <Section title={strings.StatusMeetings}>
        {partOf(data.meetings, (m) => (
          <Stack tokens={{ childrenGap: 8 }}>
            {m.upcoming.length ? (
              <ul style={{ margin: 0 }}>
                {m.upcoming.map((x) => (
                  <li key={x.id}>{`${fmt.dateTime(x.start)} – ${x.title}`}</li>
                ))}
              </ul>
            ) : (
              <Text block>{strings.StatusNoMeetings}</Text>
            )}
            <Text as="h4" variant="mediumPlus" block style={{ fontWeight: 600 }}>{strings.StatusLatestMinutes}</Text>
            {m.latestMinutes ? (
              <div data-testid="latest-minutes">
                <Text block variant="small">{format(strings.StatusMinutesOf, m.latestMinutes.title, fmt.dateTime(m.latestMinutes.start))}</Text>
                {/* Minutes are stored sanitized; sanitized again here because the list can be edited outside PMO Hub. */}
                <SafeHtml html={m.latestMinutes.minutes} />
              </div>
            ) : (
              <Text block>{strings.StatusNoMinutes}</Text>
            )}
          </Stack>
        ))}
      </Section>
      <Section title={strings.StatusRaid}>
        {partOf(data.raid, (r) => (
          <Text block data-testid="raid-summary">{format(strings.StatusRaidSummary, r.open, r.critical, r.high, r.issues)}</Text>
        ))}
      </Section>
      <Section title={strings.StatusCosts}>
        {partOf(data.costs, (c) => (
          <Stack tokens={{ childrenGap: 8 }}>
            <CostSummary summary={c.summary} />
            {c.burn.length ? (
              <ErrorBoundary name="StatusBurnChart">
                <React.Suspense fallback={<Spinner label={strings.CostChartLoading} />}>
                  <BurnChart points={c.burn} />
                </React.Suspense>
              </ErrorBoundary>
            ) : (
              <Text block>{strings.CostChartEmpty}</Text>
            )}
          </Stack>
        ))}
      </Section>
    </Stack>
  );
};
