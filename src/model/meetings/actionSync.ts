/**
 * Actions and Planner kept in step (docs/rules.md "Actions and Planner"). Each PMO Action made into a
 * Planner task remembers what both sides agreed at the last sync (its base); a sync compares PMO
 * Hub's values and Planner's with that base, field by field (status, due date, owner):
 * - only Planner changed it → PMO Hub takes Planner's value (people work on tasks in Planner);
 * - only PMO Hub changed it → the task is updated, with its etag;
 * - both changed it to the same value → nothing to write;
 * - both changed it differently → a conflict: both values are shown, neither side is overwritten;
 * - no base yet (the first sync after publishing) → Planner's status and due date win, since the
 *   task was made from the action and any difference was made in Planner;
 * - the task is gone (404) → the action is flagged "deleted in Planner" and keeps its PlannerTaskId.
 * Planner's "done" is percentComplete 100; a Cancelled action is PMO Hub's own and is never synced.
 * Pure: the caller reads the tasks, writes what the outcome says and stores `sync` on the action.
 */
import type { ActionStatus } from '../types';

/** Planner's "completed": percentComplete 100 (learn.microsoft.com/graph/api/resources/plannertask). */
export const PLANNER_DONE = 100;

export type Progress = 'open' | 'progress' | 'done';
export type SyncField = 'status' | 'due' | 'owner';
export const SYNC_FIELDS: SyncField[] = ['status', 'due', 'owner'];

/** A task as the sync reads it. `due` is a calendar day (yyyy-mm-dd) or ''. */
export interface IPlannerTaskState {
  id: string;
  etag: string;
  percentComplete: number;
  due: string;
  /** Assignees' Graph user ids. */
  assigneeIds: string[];
}
export type TaskRead = IPlannerTaskState | 'deleted';

/** What both sides agreed at the last sync. `owner` is the owner's mail (lower case), `assignees` the ids sorted and joined. */
export interface ISyncBase {
  etag: string;
  progress: Progress;
  due: string;
  owner: string;
  assignees: string;
}

/** Planner's side of a conflict, to show beside PMO Hub's. */
export interface ITheirs {
  progress: Progress;
  due: string;
  assigneeIds: string[];
}

/** Stored on the action (PMO Actions PlannerSync, JSON). */
export interface IPlannerSync {
  base?: ISyncBase;
  state?: 'deleted' | 'conflict';
  /** The conflicting fields and Planner's values for them. */
  conflict?: { fields: SyncField[]; theirs: ITheirs };
  /** Fields whose value came from Planner at the last sync that changed something (shown on the action). */
  fromPlanner?: SyncField[];
}

/** PMO Hub's side of an action. */
export interface IActionSide {
  status: ActionStatus;
  dueDate?: string;
  ownerEmail?: string;
}

/** What to PATCH into the task. `ownerEmail` '' removes the assignee. */
export interface ITaskChange {
  percentComplete?: number;
  dueDateTime?: string | null;
  ownerEmail?: string;
}

/** What to write to the action. `assigneeId` is the Planner assignee to make its owner ('' none). */
export interface IActionChange {
  status?: ActionStatus;
  dueDate?: string | null;
  assigneeId?: string;
}

export interface ISyncOutcome {
  toAction: IActionChange;
  /** Undefined when the task needs no change. */
  toTask?: ITaskChange;
  /**
   * The value to store. The caller sets `base.etag` to the task's etag after its PATCH, and
   * `base.owner` to the mail of the person it made owner from `toAction.assigneeId`.
   */
  sync: IPlannerSync;
  /** True when PMO Actions must be written (values or the stored sync changed). */
  write: boolean;
}

export const progressOfPercent = (p: number): Progress => (p >= PLANNER_DONE ? 'done' : p <= 0 ? 'open' : 'progress');
const progressOfStatus = (s: ActionStatus): Progress => (s === 'Done' ? 'done' : s === 'In progress' ? 'progress' : 'open');
const STATUS_OF: Record<Progress, ActionStatus> = { done: 'Done', progress: 'In progress', open: 'Open' };
const PERCENT_OF: Record<Progress, number> = { done: PLANNER_DONE, progress: 50, open: 0 };
/** The PMO Hub status a Planner progress reads as. */
export const statusOfProgress = (p: Progress): ActionStatus => STATUS_OF[p];

/**
 * A Planner due instant as a calendar day: Planner stores the start of the chosen day in the person's
 * zone as UTC (e.g. 23:00Z the day before in Berlin), and PMO Hub writes noon UTC. The day nearest to
 * the instant plus 11:59 is right for zones from UTC−12 to UTC+11.
 */
export function plannerDay(dueDateTime: string | null | undefined): string {
  if (!dueDateTime) return '';
  const ms = Date.parse(dueDateTime);
  return isNaN(ms) ? '' : new Date(ms + (11 * 60 + 59) * 60000).toISOString().slice(0, 10);
}

/** The due date PMO Hub writes into Planner for a day (noon UTC, the same day in every zone within ±11 h). */
export const plannerDue = (day: string | undefined): string | null => (day ? `${day}T12:00:00Z` : null);

const assigneesKey = (ids: string[]) => ids.slice().sort().join(',');
const ownerKey = (email: string | undefined) => (email || '').trim().toLowerCase();

/** The base both sides agree on now (after a sync with no conflict). */
function agreed(task: IPlannerTaskState, action: IActionSide): ISyncBase {
  return { etag: task.etag, progress: progressOfPercent(task.percentComplete), due: task.due, owner: ownerKey(action.ownerEmail), assignees: assigneesKey(task.assigneeIds) };
}

const same = (a: IPlannerSync | undefined, b: IPlannerSync) => JSON.stringify(a || {}) === JSON.stringify(b);

/** Compares the action, the task and the stored base; says what to write on each side. */
export function reconcile(action: IActionSide, stored: IPlannerSync | undefined, task: TaskRead): ISyncOutcome {
  if (task === 'deleted') {
    const sync: IPlannerSync = { ...(stored || {}), state: 'deleted', conflict: undefined };
    return { toAction: {}, sync: clean(sync), write: !same(stored, clean(sync)) };
  }
  const base = stored && stored.base;
  const mine = { progress: progressOfStatus(action.status), due: action.dueDate || '', owner: ownerKey(action.ownerEmail) };
  const theirs = { progress: progressOfPercent(task.percentComplete), due: task.due, assignees: assigneesKey(task.assigneeIds) };
  const toAction: IActionChange = {};
  const toTask: ITaskChange = {};
  const conflicts: SyncField[] = [];
  const pulled: SyncField[] = [];

  const status = action.status === 'Cancelled' ? 'skip' : side(base ? mine.progress !== base.progress : false, base ? theirs.progress !== base.progress : mine.progress !== theirs.progress, mine.progress === theirs.progress);
  if (status === 'pull') toAction.status = STATUS_OF[theirs.progress];
  if (status === 'push') toTask.percentComplete = PERCENT_OF[mine.progress];
  const due = side(base ? mine.due !== base.due : false, base ? theirs.due !== base.due : mine.due !== theirs.due, mine.due === theirs.due);
  if (due === 'pull') toAction.dueDate = theirs.due || null;
  if (due === 'push') toTask.dueDateTime = plannerDue(mine.due);
  // Without a base the task's assignee is taken to be the owner it was made for (emails and ids cannot be compared).
  const owner = base ? side(mine.owner !== base.owner, theirs.assignees !== base.assignees, false) : 'none';
  if (owner === 'pull') toAction.assigneeId = task.assigneeIds[0] || '';
  if (owner === 'push') toTask.ownerEmail = mine.owner;
  for (const [f, s] of [['status', status], ['due', due], ['owner', owner]] as [SyncField, string][]) {
    if (s === 'conflict') conflicts.push(f);
    if (s === 'pull') pulled.push(f);
  }

  const pushed = Object.keys(toTask).length > 0;
  let sync: IPlannerSync;
  if (conflicts.length) {
    // The base stays: the conflict remains until one side gives way (resolveConflict) or both agree.
    const keptBase = base || agreed(task, action);
    sync = { base: { ...keptBase, etag: task.etag }, state: 'conflict', conflict: { fields: conflicts, theirs: { progress: theirs.progress, due: theirs.due, assigneeIds: task.assigneeIds } }, fromPlanner: pulled.length ? pulled : stored && stored.fromPlanner };
  } else {
    const after: IActionSide = { status: toAction.status || action.status, dueDate: toAction.dueDate === undefined ? action.dueDate : toAction.dueDate || undefined, ownerEmail: action.ownerEmail };
    const nextBase = agreed(task, after);
    if (pushed) {
      if (toTask.percentComplete !== undefined) nextBase.progress = mine.progress;
      if (toTask.dueDateTime !== undefined) nextBase.due = mine.due;
    }
    // The owner taken from Planner is resolved by the caller, which sets base.owner to that person's mail.
    if (owner === 'pull') nextBase.owner = '';
    const keptFrom = ((stored && stored.fromPlanner) || []).filter((f) => !(f === 'status' && status === 'push') && !(f === 'due' && due === 'push') && !(f === 'owner' && owner === 'push'));
    sync = { base: nextBase, fromPlanner: pulled.length ? pulled : keptFrom.length ? keptFrom : undefined };
  }
  sync = clean(sync);
  const write = Object.keys(toAction).length > 0 || !same(stored, sync);
  // A conflicting field is never pushed; the others are, also during a conflict.
  return { toAction, toTask: pushed ? toTask : undefined, sync, write };
}

function side(mineChanged: boolean, theirsChanged: boolean, equal: boolean): 'none' | 'pull' | 'push' | 'conflict' {
  if (mineChanged && theirsChanged) return equal ? 'none' : 'conflict';
  if (theirsChanged) return equal ? 'none' : 'pull';
  if (mineChanged) return equal ? 'none' : 'push';
  return 'none';
}

function clean(s: IPlannerSync): IPlannerSync {
  const out: IPlannerSync = {};
  if (s.base) out.base = s.base;
  if (s.state) out.state = s.state;
  if (s.conflict) out.conflict = s.conflict;
  if (s.fromPlanner && s.fromPlanner.length) out.fromPlanner = s.fromPlanner;
  return out;
}

/**
 * A person settles a conflict: 'pmo' keeps PMO Hub's values (the task is updated with its current
 * etag), 'planner' takes Planner's. Done by moving the base so that only the other side looks changed.
 */
export function resolveConflict(action: IActionSide, stored: IPlannerSync, task: IPlannerTaskState, keep: 'pmo' | 'planner'): ISyncOutcome {
  const base = stored.base || agreed(task, action);
  const fields = (stored.conflict && stored.conflict.fields) || SYNC_FIELDS;
  const moved: ISyncBase = { ...base };
  const mine = { progress: progressOfStatus(action.status), due: action.dueDate || '', owner: ownerKey(action.ownerEmail) };
  for (const f of fields) {
    if (f === 'status') moved.progress = keep === 'pmo' ? progressOfPercent(task.percentComplete) : mine.progress;
    if (f === 'due') moved.due = keep === 'pmo' ? task.due : mine.due;
    if (f === 'owner') {
      if (keep === 'pmo') moved.assignees = assigneesKey(task.assigneeIds);
      else moved.owner = mine.owner;
    }
  }
  return reconcile(action, { base: moved }, task);
}

/** How an action stands with its task, for its badge. */
export type ActionPlannerState = 'none' | 'inStep' | 'changedInPlanner' | 'deleted' | 'conflict';

export function plannerState(plannerTaskId: string | undefined, sync: IPlannerSync | undefined): ActionPlannerState {
  if (!plannerTaskId) return 'none';
  if (sync && sync.state === 'deleted') return 'deleted';
  if (sync && sync.state === 'conflict') return 'conflict';
  return sync && sync.fromPlanner && sync.fromPlanner.length ? 'changedInPlanner' : 'inStep';
}

/** The stored JSON read back; anything unreadable is treated as "never synced". */
export function parsePlannerSync(raw: unknown): IPlannerSync | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  try {
    const v = JSON.parse(raw) as IPlannerSync;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}
