/**
 * Loads the portfolio view: the register (one query), then Planner tasks of the plans on the first
 * screen together with open risks, open actions, upcoming meetings and cost lines (one paged query each, in parallel),
 * then the remaining plans. Planner goes through JSON $batch (IPlannerService.tasksOfPlansSettled:
 * 20 a batch, 4 in flight, paging followed), so the first screen is complete after two round trips of
 * its own and the whole portfolio after 1 + ceil(plans / 80) (plus any paging). Each step reports the
 * rows as they stand; a plan that fails marks its row only.
 */
import { compareAttention, projectStatus, type IProjectStatus, type PlanState, type ReadFailure } from '../../model/projectStatus';
import type { TaskInput } from '../../model/schedule';
import type { CostInput } from '../../model/costs';
import type { IActionInput, IMeetingInput, RiskInput } from '../../model/projectStatus';
import type { IPlannerTask, IProject } from '../../model/types';
import { AppError } from '../errors';
import { settle, type Settled } from '../guard';
import type { IPlannerService, IPortfolioReader } from '../types';

/** Lists beside the register whose read can fail on its own (their cells then say unknown). */
export type SideList = 'risks' | 'actions' | 'meetings' | 'costs';

/** One row: a project's status, and whether its Planner data is still on its way. */
export interface IPortfolioRow extends Omit<IProjectStatus, 'milestones'> {
  pending: boolean;
  /** ISO: the latest task created or completed in the project's plan (process compliance's stale plans). */
  lastTaskActivity?: string;
}

export interface IPortfolioView {
  rows: IPortfolioRow[];
  /** Side lists that could not be read. */
  failed: SideList[];
  /** True once every plan has answered (or failed). */
  complete: boolean;
  /** ISO time the data was read. */
  loadedAt: string;
  /** yyyy-mm-dd the figures were computed for. */
  today: string;
}

export interface IPortfolioLoadOptions {
  /** yyyy-mm-dd: what "today" is for overdue, milestones and planned value. */
  today: string;
  /** Plans fetched first: those of the rows on the first screen (default: one round of 4 × 20). */
  firstScreen?: number;
  /** Called with the rows as they stand after each step (not after the last: load resolves with it). */
  onUpdate?(view: IPortfolioView): void;
  /** The clock for loadedAt (tests fix it). */
  now?: () => Date;
}

/** A plan whose read failed: why, and for a refusal the Graph permission it needs. */
export function failedPlan(error: unknown): PlanState {
  const permission = error instanceof AppError && error.kind === 'forbidden' ? error.permission : undefined;
  return { kind: 'failed', reason: readFailure(error), permission };
}

/** The failure a row shows for an error of its plan. */
export function readFailure(error: unknown): ReadFailure {
  const kind = error instanceof AppError ? error.kind : undefined;
  return kind === 'notFound' || kind === 'forbidden' || kind === 'throttled' || kind === 'network' ? kind : 'unknown';
}

/** The latest created or completed time of the tasks (ISO strings compare as times when all are UTC Z). */
const lastActivity = (tasks: IPlannerTask[]): string | undefined =>
  tasks.reduce<string | undefined>((max, t) => [t.createdDateTime, t.completedDateTime].reduce((m, d) => (d && (!m || d > m) ? d : m), max), undefined);

const slim = (t: IPlannerTask): TaskInput => ({ id: t.id, title: t.title, percentComplete: t.percentComplete, dueDateTime: t.dueDateTime, completedDateTime: t.completedDateTime });

function byProject<T extends { projectId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.projectId);
    if (list) list.push(r);
    else out.set(r.projectId, [r]);
  }
  return out;
}

interface IState {
  projects: IProject[];
  plans: Map<string, PlanState>;
  activity: Map<string, string | undefined>;
  risks?: Settled<Map<number, RiskInput[]>>;
  actions?: Settled<Map<number, IActionInput[]>>;
  meetings?: Settled<Map<number, IMeetingInput[]>>;
  costs?: Settled<Map<number, CostInput[]>>;
}

const side = <T>(s: Settled<Map<number, T[]>> | undefined, id: number): T[] | undefined => (s && s.ok ? s.value.get(id) || [] : undefined);

/** The rows of the state, in attention order. */
function rowsOf(state: IState, today: string): IPortfolioRow[] {
  return state.projects.map((project) => {
    const planState: PlanState | undefined = project.planId ? state.plans.get(project.planId) : { kind: 'none' };
    const { milestones: _omit, ...status } = projectStatus({
      project,
      plan: planState ?? { kind: 'none' },
      raid: side(state.risks, project.id),
      actions: side(state.actions, project.id),
      meetings: side(state.meetings, project.id),
      costs: state.costs && !state.costs.ok ? 'failed' : side(state.costs, project.id),
      today
    });
    // Until its plan answers, a row shows no Planner figures (not the register's, which would then change).
    const pending = !planState;
    const lastTaskActivity = project.planId ? state.activity.get(project.planId) : undefined;
    return pending ? { ...status, plan: 'read', percentComplete: undefined, percentSource: undefined, pending } : { ...status, pending, lastTaskActivity };
  });
}

export class PortfolioLoader {
  constructor(
    private readonly reader: IPortfolioReader,
    private readonly planner: IPlannerService
  ) {}

  /** Reads everything; resolves with the complete view. Rejects only when the register cannot be read. */
  public async load(options: IPortfolioLoadOptions): Promise<IPortfolioView> {
    const { today, firstScreen = 80, onUpdate, now = () => new Date() } = options;
    const projects = (await this.reader.projects()).sort(compareAttention);
    const state: IState = { projects, plans: new Map(), activity: new Map() };
    const view = (complete: boolean, loadedAt: string): IPortfolioView => ({
      rows: rowsOf(state, today),
      failed: (['risks', 'actions', 'meetings', 'costs'] as SideList[]).filter((k) => state[k] && !state[k]!.ok),
      complete,
      loadedAt,
      today
    });
    const loadedAt = now().toISOString();
    const planIds = projects.map((p) => p.planId).filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
    if (onUpdate) onUpdate(view(planIds.length === 0, loadedAt));

    const readPlans = async (ids: string[]): Promise<void> => {
      if (!ids.length) return;
      let answers: Map<string, Settled<IPlannerTask[]>>;
      try {
        answers = await this.planner.tasksOfPlansSettled(ids);
      } catch (e) {
        answers = new Map(ids.map((id): [string, Settled<IPlannerTask[]>] => [id, { ok: false, error: e }]));
      }
      answers.forEach((a, id) => {
        state.plans.set(id, a.ok ? { kind: 'read', tasks: a.value.map(slim) } : failedPlan(a.error));
        if (a.ok) state.activity.set(id, lastActivity(a.value));
      });
    };
    const sideRead = <T extends { projectId: number }>(read: () => Promise<T[]>): Promise<Settled<Map<number, T[]>>> =>
      settle([read()]).then(([s]) => (s.ok ? { ok: true as const, value: byProject(s.value) } : { ok: false as const, error: s.error }));

    const [risks, actions, meetings, costs] = await Promise.all([
      sideRead(() => this.reader.openRisks()),
      sideRead(() => this.reader.openActions()),
      sideRead(() => this.reader.meetingsFrom(today)),
      sideRead(() => this.reader.costLines()),
      readPlans(planIds.slice(0, firstScreen))
    ]);
    Object.assign(state, { risks, actions, meetings, costs });
    const rest = planIds.slice(firstScreen);
    if (rest.length && onUpdate) onUpdate(view(false, loadedAt));
    await readPlans(rest);
    return view(true, loadedAt);
  }
}
