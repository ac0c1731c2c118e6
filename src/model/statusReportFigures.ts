/**
 * The figures of a new status report, from the data read for it: the project status rules of
 * ./projectStatus (Planner rollup, milestones, EVM, PMO Costs), plus what changed since the previous
 * published report (risks and issues opened and closed, decisions, meetings held). Pure.
 */
import type { CostInput } from './costs';
import { projectStatus, type PlanState } from './projectStatus';
import { isOpen, severity } from './raid';
import type { IReportFigures, ReportPart } from './statusReport';
import type { IProject, RaidKind, RaidStatus } from './types';

/** A RAID item as drafting reads it: with when it was created and last changed (ISO). */
export interface IRaidChange {
  title: string;
  kind: RaidKind;
  status: RaidStatus;
  probability?: number;
  impact?: number;
  created: string;
  modified: string;
}

export interface IReportInput {
  project: IProject;
  plan: PlanState;
  /** undefined when the part could not be read. */
  costs?: CostInput[];
  raid?: IRaidChange[];
  /** Start (ISO) of the project's meetings; undefined when PMO Meetings could not be read. */
  meetings?: string[];
  /** yyyy-mm-dd of the previous published report; undefined for the first. */
  lastReportDate?: string;
  /** yyyy-mm-dd */
  today: string;
}

/** "Since the last report" = after its report date (the first report counts everything up to today). */
const after = (iso: string, since: string | undefined, today: string): boolean => {
  const day = iso.slice(0, 10);
  return (!since || day > since) && day <= today;
};

/** Every figure of the new report; a part that could not be read is listed in `missing` and its figures stay unknown. */
export function reportFigures(input: IReportInput): IReportFigures {
  const { project, plan, raid, today, lastReportDate: since } = input;
  const missing: ReportPart[] = [];
  if (plan.kind === 'failed') missing.push('planner');
  if (!input.costs) missing.push('costs');
  if (!raid) missing.push('raid');
  if (!input.meetings) missing.push('meetings');
  const s = projectStatus({ project, plan, raid, costs: input.costs ?? 'failed', today });
  const inWindow = (m: { due?: string; completedOn?: string }) => {
    const day = m.completedOn ?? m.due;
    return !!day && after(day, since, today);
  };
  const milestones = s.milestones;
  const openIssues = raid?.filter((r) => r.kind === 'Issue' && isOpen(r));
  const riskLike = raid?.filter((r) => r.kind === 'Risk' || r.kind === 'Issue');
  return {
    asOf: today,
    since,
    missing,
    percentComplete: s.percentComplete,
    tasks: s.tasks?.total,
    overdueTasks: s.tasks?.overdue,
    milestonesMet: milestones?.filter((m) => (m.state === 'done' || m.state === 'doneLate') && inWindow(m)).map((m) => ({ name: m.name, due: m.due })),
    milestonesSlipped: milestones?.filter((m) => m.state === 'missed' || m.state === 'doneLate').map((m) => ({ name: m.name, due: m.due })),
    milestonesNext: milestones
      ?.filter((m) => m.state === 'upcoming')
      .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
      .slice(0, 3)
      .map((m) => ({ name: m.name, due: m.due })),
    slipDays: s.slipDays,
    spi: s.evm.spi,
    budget: s.cost.budget,
    actualCost: s.cost.actualCost,
    eac: s.cost.eac,
    variance: s.variance,
    variancePercent: s.variancePercent,
    cpi: s.evm.cpi,
    forecastEndDate: project.forecastEndDate,
    openRisks: s.openRisks,
    openHighRisks: s.openHighRisks,
    openCriticalRisks: s.openCriticalRisks,
    openIssues: openIssues?.length,
    openCriticalIssues: openIssues?.filter((r) => severity(r)?.band === 'Critical').length,
    risksOpened: riskLike?.filter((r) => after(r.created, since, today)).length,
    risksClosed: riskLike?.filter((r) => r.status === 'Closed' && after(r.modified, since, today)).length,
    decisions: raid?.filter((r) => r.kind === 'Decision' && after(r.created, since, today)).map((r) => r.title),
    decisionsNeeded: raid?.filter((r) => r.kind === 'Decision' && isOpen(r)).map((r) => r.title),
    meetingsHeld: input.meetings?.filter((start) => after(start, since, today)).length
  };
}

/** The share (0..1) of a report's figures that were filled from data (the bench's "fields filled"). */
export function filledShare(f: IReportFigures): number {
  const keys: (keyof IReportFigures)[] = ['percentComplete', 'tasks', 'overdueTasks', 'milestonesMet', 'milestonesSlipped', 'slipDays', 'spi', 'budget',
    'actualCost', 'eac', 'variance', 'variancePercent', 'cpi', 'forecastEndDate', 'openRisks', 'openHighRisks', 'openIssues', 'risksOpened', 'risksClosed',
    'decisions', 'meetingsHeld'];
  return keys.filter((k) => f[k] !== undefined).length / keys.length;
}
