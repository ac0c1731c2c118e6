/**
 * Schedule rules from a project's Planner plan: task rollup (percent complete, overdue), the milestone
 * convention (next and slipped milestones) and schedule slip. Pure: "today" is always passed in, never
 * read from the clock, so the same inputs give the same figures in a test, a report and the portfolio.
 */
import { dayNumber, toIsoDate } from './dates';
import type { IPlannerTask } from './types';

/** The task fields the schedule rules read. */
export type TaskInput = Pick<IPlannerTask, 'id' | 'title' | 'percentComplete' | 'dueDateTime' | 'completedDateTime'>;

/**
 * The milestone convention: a Planner task whose title starts with "Milestone:" (any case, a dash
 * instead of the colon also counts), e.g. "Milestone: Go-live", with the milestone's date as its due
 * date. It is the one mark Planner keeps on the task itself, so the portfolio needs no extra request
 * per plan (a bucket or label name would cost a buckets or details read for every plan).
 */
export const MILESTONE_PATTERN = /^\s*milestone\s*[:\-–]\s*/i;

/** True when the task is a milestone by the convention above. */
export function isMilestone(task: Pick<IPlannerTask, 'title'>): boolean {
  return MILESTONE_PATTERN.test(task.title || '');
}

/** Planner counts a task as done at 100 % (Planner's three states are 0, 50 and 100). */
export function isComplete(task: Pick<IPlannerTask, 'percentComplete'>): boolean {
  return task.percentComplete >= 100;
}

/** The due date of a task as yyyy-mm-dd (the UTC date part Graph sends), or undefined. */
export function dueDate(task: Pick<IPlannerTask, 'dueDateTime'>): string | undefined {
  return task.dueDateTime ? toIsoDate(task.dueDateTime) : undefined;
}

/** Not complete and due before today (a task due today is not overdue yet), as Planner's "Late". */
export function isTaskOverdue(task: Pick<IPlannerTask, 'percentComplete' | 'dueDateTime'>, today: string): boolean {
  const due = dueDate(task);
  return !isComplete(task) && !!due && due < today;
}

export interface ITaskRollup {
  /** Every task of the plan, milestones included. */
  total: number;
  completed: number;
  overdue: number;
  /** Mean of the tasks' percent complete, rounded to a whole percent; undefined for a plan without tasks. */
  percentComplete?: number;
}

/** Percent complete and overdue count of a plan's tasks (milestones count as tasks, as in Planner). */
export function rollupTasks(tasks: TaskInput[], today: string): ITaskRollup {
  let sum = 0;
  let completed = 0;
  let overdue = 0;
  for (const t of tasks) {
    sum += Math.max(0, Math.min(100, t.percentComplete || 0));
    if (isComplete(t)) completed++;
    if (isTaskOverdue(t, today)) overdue++;
  }
  return { total: tasks.length, completed, overdue, percentComplete: tasks.length ? Math.round(sum / tasks.length) : undefined };
}

/**
 * Where a milestone stands on `today`:
 * - done: completed on or before its due date (or it has no due date);
 * - doneLate: completed after its due date;
 * - missed: not completed and its due date has passed;
 * - upcoming: not completed, due today or later;
 * - undated: not completed and without a due date.
 * Slipped milestones are the missed and the late ones.
 */
export type MilestoneState = 'done' | 'doneLate' | 'missed' | 'upcoming' | 'undated';

export interface IMilestone {
  taskId: string;
  /** The title without the "Milestone:" mark. */
  name: string;
  due?: string;
  completedOn?: string;
  state: MilestoneState;
}

function milestoneState(t: TaskInput, today: string): MilestoneState {
  const due = dueDate(t);
  if (isComplete(t)) {
    const on = t.completedDateTime ? toIsoDate(t.completedDateTime) : undefined;
    return due && on && on > due ? 'doneLate' : 'done';
  }
  if (!due) return 'undated';
  return due < today ? 'missed' : 'upcoming';
}

/** The plan's milestones, by due date (undated last), each with its state on `today`. */
export function milestonesOf(tasks: TaskInput[], today: string): IMilestone[] {
  return tasks
    .filter(isMilestone)
    .map((t) => ({
      taskId: t.id,
      name: t.title.replace(MILESTONE_PATTERN, '').trim(),
      due: dueDate(t),
      completedOn: isComplete(t) && t.completedDateTime ? toIsoDate(t.completedDateTime) : undefined,
      state: milestoneState(t, today)
    }))
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.name.localeCompare(b.name));
}

export interface IMilestoneSummary {
  total: number;
  /** The first upcoming milestone (the earliest open one due today or later). */
  next?: IMilestone;
  /** Missed and late milestones. */
  slipped: IMilestone[];
  /** Missed milestones only (open and past due): the ones still to be rescued. */
  missed: number;
}

export function summarizeMilestones(milestones: IMilestone[]): IMilestoneSummary {
  const slipped = milestones.filter((m) => m.state === 'missed' || m.state === 'doneLate');
  return {
    total: milestones.length,
    next: milestones.filter((m) => m.state === 'upcoming')[0],
    slipped,
    missed: slipped.filter((m) => m.state === 'missed').length
  };
}

/**
 * Schedule slip in days: forecast end − planned end (positive = late). Undefined unless both are known;
 * dates are compared as calendar days.
 */
export function slipDays(plannedEnd: string | undefined, forecastEnd: string | undefined): number | undefined {
  if (!plannedEnd || !forecastEnd) return undefined;
  return dayNumber(toIsoDate(forecastEnd)) - dayNumber(toIsoDate(plannedEnd));
}

/**
 * Link that opens a task in Planner on the web (the long-standing tasks.office.com deep link, which
 * redirects to the current Planner app in the person's home tenant).
 */
export function plannerTaskUrl(taskId: string): string {
  return `https://tasks.office.com/Home/Task/${encodeURIComponent(taskId)}`;
}
