import * as React from 'react';
import { burnSeries, costSummary } from '../../model/costs';
import { toIsoDate } from '../../model/dates';
import { projectStatus, type PlanState } from '../../model/projectStatus';
import { dueDate, isComplete, isTaskOverdue } from '../../model/schedule';
import type { IPlannerBucket, IPlannerTask, IProject } from '../../model/types';
import { failedPlan } from '../../services/portfolio/portfolioLoader';
import { settle, type Settled } from '../../services/guard';
import { useServices } from '../common/ServicesContext';
import { logError } from '../common/errorMessage';
import { severity } from '../../model/raid';
import type { IBucketTasks, IProjectStatusData, Part } from './types';

const part = <T, R>(s: Settled<T>, map: (v: T) => R): Part<R> => (s.ok ? { state: 'ready', value: map(s.value) } : { state: 'failed', error: s.error });

/** Tasks by bucket (in Planner's bucket order), overdue ones first in each. */
export function tasksByBucket(tasks: IPlannerTask[], buckets: IPlannerBucket[], today: string, otherName: string): IBucketTasks[] {
  const order = buckets.slice().sort((a, b) => (a.orderHint < b.orderHint ? -1 : a.orderHint > b.orderHint ? 1 : 0));
  const rank = (t: IPlannerTask & { overdue: boolean }): number => (t.overdue ? 0 : isComplete(t) ? 2 : 1);
  const groups = [...order.map((b) => ({ id: b.id, bucket: b.name })), { id: '', bucket: otherName }].map((b) => ({
    bucket: b.bucket,
    tasks: tasks
      .filter((t) => (b.id ? t.bucketId === b.id : !order.some((o) => o.id === t.bucketId)))
      .map((t) => ({ ...t, overdue: isTaskOverdue(t, today) }))
      .sort((x, y) => rank(x) - rank(y) || (dueDate(x) ?? '9999').localeCompare(dueDate(y) ?? '9999'))
  }));
  return groups.filter((g) => g.tasks.length > 0);
}

/** Reads everything the project status tab shows, each part on its own; a failed part says so, the rest renders. */
export function useProjectStatus(project: IProject, otherBucket: string): { data?: IProjectStatusData; reload(): void } {
  const { planner, portfolio, costs } = useServices();
  const [data, setData] = React.useState<IProjectStatusData | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setData(undefined);
    const today = toIsoDate(new Date());
    const planId = project.planId;
    const none = Promise.resolve([] as never[]);
    void Promise.all([
      settle([planId ? planner.tasks(planId) : none]),
      settle([planId ? planner.buckets(planId) : none]),
      settle([portfolio.openRisks(project.id)]),
      settle([portfolio.openActions(project.id)]),
      settle([portfolio.projectMeetings(project.id)]),
      settle([costs.listByProject(project.id)])
    ]).then(([[tasks], [buckets], [risks], [actions], [meetings], [lines]]) => {
      if (!current) return;
      for (const s of [tasks, buckets, risks, actions, meetings, lines]) if (!s.ok) logError(`ProjectStatus ${project.code}`, s.error);
      const plan: PlanState = !planId ? { kind: 'none' } : tasks.ok ? { kind: 'read', tasks: tasks.value } : failedPlan(tasks.error);
      const upcoming = meetings.ok ? meetings.value.filter((m) => m.start.slice(0, 10) >= today) : undefined;
      setData({
        status: projectStatus({
          project,
          plan,
          raid: risks.ok ? risks.value : undefined,
          actions: actions.ok ? actions.value : undefined,
          meetings: upcoming,
          // The same cost rule as the portfolio's row, on the project's own lines.
          costs: lines.ok ? lines.value : 'failed',
          today
        }),
        buckets: tasks.ok ? part(buckets.ok ? buckets : { ok: true, value: [] }, (b) => tasksByBucket(tasks.value, b, today, otherBucket)) : { state: 'failed', error: tasks.error },
        meetings: part(meetings, (all) => ({
          upcoming: all.filter((m) => m.start.slice(0, 10) >= today).slice(0, 5),
          latestMinutes: all.filter((m) => m.state === 'Published' && m.minutes).sort((a, b) => b.start.localeCompare(a.start))[0]
        })),
        costs: part(lines, (l) => ({ summary: costSummary(l), burn: burnSeries(l) })),
        raid: part(risks, (r) => ({
          open: r.length,
          high: r.filter((x) => severity(x)?.band === 'High').length,
          critical: r.filter((x) => severity(x)?.band === 'Critical').length,
          issues: r.filter((x) => x.kind === 'Issue').length
        }))
      });
    });
    return () => {
      current = false;
    };
  }, [project, planner, portfolio, costs, attempt, otherBucket]);
  return { data, reload: () => setAttempt((n) => n + 1) };
}
