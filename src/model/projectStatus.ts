/**
 * A project's status from live data: the register's figures, its Planner tasks, RAID log, actions and
 * meetings rolled up into the figures the portfolio and the project status tab show, with a health per
 * dimension. Pure. Every input that was not read (or whose read failed) is undefined, and every figure
 * built on it stays undefined: nothing unknown is ever shown as 0.
 */
import { costSummary, projectVariance, variancePercent, type CostInput } from './costs';
import { earnedValue, type IEvm } from './evm';
import { isOpen, isSevere, severity } from './raid';
import {
  milestonesOf,
  rollupTasks,
  slipDays,
  summarizeMilestones,
  type IMilestone,
  type IMilestoneSummary,
  type ITaskRollup,
  type TaskInput
} from './schedule';
import type { ActionStatus, Health, IProject, IRaidItem } from './types';

export type HealthDimension = 'schedule' | 'cost' | 'risk';
export const HEALTH_DIMENSIONS: HealthDimension[] = ['schedule', 'cost', 'risk'];

/** Why a source could not be read for one project (the row says so; the rest renders). */
export type ReadFailure = 'notFound' | 'forbidden' | 'throttled' | 'network' | 'unknown';

/** The state of a project's Planner data: no plan linked, read, or its read failed. */
export type PlanState =
  | { kind: 'none' }
  | { kind: 'read'; tasks: TaskInput[] }
  /** `permission`: the Graph permission a refused read needs (named in the row's text). */
  | { kind: 'failed'; reason: ReadFailure; permission?: string };

export type RiskInput = Pick<IRaidItem, 'kind' | 'status' | 'probability' | 'impact'>;
export interface IActionInput {
  status: ActionStatus;
  dueDate?: string;
}
export interface IMeetingInput {
  title: string;
  /** ISO date-time */
  start: string;
}

export interface IProjectStatusInput {
  project: IProject;
  plan: PlanState;
  /** The project's RAID items; undefined when the RAID log could not be read. */
  raid?: RiskInput[];
  actions?: IActionInput[];
  meetings?: IMeetingInput[];
  /**
   * The project's PMO Costs lines: undefined when not asked for (the register's figures are used),
   * 'failed' when their read failed (cost figures are then unknown, never the register's or 0).
   */
  costs?: CostInput[] | 'failed';
  /** yyyy-mm-dd */
  today: string;
}

/** Where a project's actual cost and forecast at completion come from (docs/rules.md, "Cost figures"). */
export type CostSource = 'costs' | 'register';

export interface ICostFigures {
  budget?: number;
  actualCost?: number;
  /** Estimate (forecast) at completion. */
  eac?: number;
  source?: CostSource;
}

/**
 * Budget, actual cost and EAC of a project. BAC is the register's Budget (the approved baseline), or the
 * sum of the Budget lines when the register has none. When the project has Actual or Forecast lines in
 * PMO Costs, AC = every Actual line and EAC = AC + forecasts after the last actual month (costSummary);
 * otherwise the register's ActualCost and ForecastCost. A failed cost read makes AC and EAC unknown.
 */
export function costFigures(p: IProject, costs: CostInput[] | 'failed' | undefined): ICostFigures {
  if (costs === 'failed') return { budget: p.budget };
  const lines = costs ?? [];
  const summary = costSummary(lines);
  const budget = p.budget ?? (summary.budget > 0 ? summary.budget : undefined);
  if (lines.some((l) => l.kind === 'Actual' || l.kind === 'Forecast')) {
    return { budget, actualCost: summary.actualToDate, eac: summary.eac, source: 'costs' };
  }
  return { budget, actualCost: p.actualCost, eac: p.forecastCost, source: p.actualCost === undefined && p.forecastCost === undefined ? undefined : 'register' };
}

export interface IProjectHealth extends Partial<Record<HealthDimension, Health>> {
  /** The worst known dimension; undefined when no dimension is known. */
  overall?: Health;
}

export interface IProjectStatus {
  project: IProject;
  plan: PlanState['kind'];
  planFailure?: ReadFailure;
  /** With planFailure 'forbidden': the Graph permission the read needs, when known. */
  planPermission?: string;
  tasks?: ITaskRollup;
  /** Planner's rollup when the project has a plan; the register's PercentComplete when it has none. */
  percentComplete?: number;
  percentSource?: 'planner' | 'register';
  milestones?: IMilestone[];
  milestoneSummary?: IMilestoneSummary;
  slipDays?: number;
  variance?: number;
  variancePercent?: number;
  /** Budget, AC and EAC the variance and EVM are computed from. */
  cost: ICostFigures;
  evm: IEvm;
  openRisks?: number;
  openHighRisks?: number;
  openCriticalRisks?: number;
  openActions?: number;
  overdueActions?: number;
  nextMeeting?: IMeetingInput;
  health: IProjectHealth;
}

const RANK: Record<Health, number> = { Green: 0, Amber: 1, Red: 2 };

/** Portfolio order before anything is computed: the reported health, worst first, then the project code. */
export function compareAttention(a: IProject, b: IProject): number {
  const h = (RANK[b.health] ?? -1) - (RANK[a.health] ?? -1);
  return h !== 0 ? h : a.code.localeCompare(b.code);
}

/** The worse of the known healths; undefined when none is known. */
export function worstHealth(healths: (Health | undefined)[]): Health | undefined {
  let worst: Health | undefined;
  for (const h of healths) if (h && (!worst || RANK[h] > RANK[worst])) worst = h;
  return worst;
}

/**
 * Schedule: Red when SPI < 0.8, slip > 30 days or 2+ missed milestones; Amber when SPI < 0.95, any
 * slip or a missed milestone; Green when at least one of the three is known and none of that holds.
 */
export function scheduleHealth(spi?: number, slip?: number, missedMilestones?: number): Health | undefined {
  if (spi === undefined && slip === undefined && missedMilestones === undefined) return undefined;
  if ((spi !== undefined && spi < 0.8) || (slip !== undefined && slip > 30) || (missedMilestones ?? 0) >= 2) return 'Red';
  if ((spi !== undefined && spi < 0.95) || (slip !== undefined && slip > 0) || (missedMilestones ?? 0) >= 1) return 'Amber';
  return 'Green';
}

/** Cost: Red when over budget by more than 10 % or CPI < 0.8; Amber when over budget at all or CPI < 0.95. */
export function costHealth(variancePct?: number, cpi?: number): Health | undefined {
  if (variancePct === undefined && cpi === undefined) return undefined;
  if ((variancePct !== undefined && variancePct < -10) || (cpi !== undefined && cpi < 0.8)) return 'Red';
  if ((variancePct !== undefined && variancePct < 0) || (cpi !== undefined && cpi < 0.95)) return 'Amber';
  return 'Green';
}

/** Risk: Red with an open Critical risk or issue or 3+ open High ones; Amber with any open High one. */
export function riskHealth(openHigh?: number, openCritical?: number): Health | undefined {
  if (openHigh === undefined) return undefined;
  if ((openCritical ?? 0) > 0 || openHigh >= 3) return 'Red';
  return openHigh > 0 ? 'Amber' : 'Green';
}

function riskCounts(raid: RiskInput[] | undefined): Pick<IProjectStatus, 'openRisks' | 'openHighRisks' | 'openCriticalRisks'> {
  if (!raid) return {};
  const open = raid.filter((r) => isOpen(r) && (r.kind === 'Risk' || r.kind === 'Issue'));
  const high = open.filter(isSevere);
  return { openRisks: open.length, openHighRisks: high.length, openCriticalRisks: high.filter((r) => severity(r)?.band === 'Critical').length };
}

function actionCounts(actions: IActionInput[] | undefined, today: string): Pick<IProjectStatus, 'openActions' | 'overdueActions'> {
  if (!actions) return {};
  const open = actions.filter((a) => a.status === 'Open' || a.status === 'In progress');
  return { openActions: open.length, overdueActions: open.filter((a) => !!a.dueDate && a.dueDate.slice(0, 10) < today).length };
}

/** The first meeting that starts today or later. */
function nextMeeting(meetings: IMeetingInput[] | undefined, today: string): IMeetingInput | undefined {
  if (!meetings) return undefined;
  return meetings.filter((m) => m.start.slice(0, 10) >= today).sort((a, b) => a.start.localeCompare(b.start))[0];
}

/** Every figure of one project's status, by the rules of this module, ./schedule, ./evm and ./costs. */
export function projectStatus(input: IProjectStatusInput): IProjectStatus {
  const { project: p, plan, today } = input;
  const tasks = plan.kind === 'read' ? rollupTasks(plan.tasks, today) : undefined;
  const milestones = plan.kind === 'read' ? milestonesOf(plan.tasks, today) : undefined;
  const milestoneSummary = milestones ? summarizeMilestones(milestones) : undefined;
  const percentComplete = plan.kind === 'read' ? tasks?.percentComplete : plan.kind === 'none' ? p.percentComplete : undefined;
  const percentSource = percentComplete === undefined ? undefined : plan.kind === 'read' ? 'planner' : 'register';
  const cost = costFigures(p, input.costs);
  const variance = projectVariance(cost.budget, cost.eac);
  const evm = earnedValue({ budget: cost.budget, percentComplete, actualCost: cost.actualCost, startDate: p.startDate, plannedEndDate: p.plannedEndDate, today });
  const slip = slipDays(p.plannedEndDate, p.forecastEndDate);
  const risks = riskCounts(input.raid);
  const pct = variancePercent(variance, cost.budget);
  return {
    project: p,
    plan: plan.kind,
    planFailure: plan.kind === 'failed' ? plan.reason : undefined,
    planPermission: plan.kind === 'failed' ? plan.permission : undefined,
    tasks,
    percentComplete,
    percentSource,
    milestones,
    milestoneSummary,
    slipDays: slip,
    variance,
    variancePercent: pct,
    cost,
    evm,
    ...risks,
    ...actionCounts(input.actions, today),
    nextMeeting: nextMeeting(input.meetings, today),
    health: withOverall({
      schedule: scheduleHealth(evm.spi, slip, milestoneSummary?.missed),
      cost: costHealth(pct, evm.cpi),
      risk: riskHealth(risks.openHighRisks, risks.openCriticalRisks)
    })
  };
}

function withOverall(h: Partial<Record<HealthDimension, Health>>): IProjectHealth {
  return { ...h, overall: worstHealth(HEALTH_DIMENSIONS.map((d) => h[d])) };
}
