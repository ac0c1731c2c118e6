import {
  isMilestone,
  isTaskOverdue,
  milestonesOf,
  rollupTasks,
  slipDays,
  summarizeMilestones,
  type TaskInput
} from '../../../src/model/schedule';

const TODAY = '2026-06-15';
const task = (id: string, title: string, percentComplete: number, due?: string, completed?: string): TaskInput => ({
  id,
  title,
  percentComplete,
  dueDateTime: due ? `${due}T12:00:00Z` : undefined,
  completedDateTime: completed ? `${completed}T09:00:00Z` : undefined
});

// A plan on 2026-06-15: five work tasks and four milestones.
const plan: TaskInput[] = [
  task('t1', 'Requirements', 100, '2026-05-01', '2026-04-30'),
  task('t2', 'Design', 50, '2026-06-01'), // overdue: half done, due two weeks ago
  task('t3', 'Build', 0, '2026-06-14'), // overdue: due yesterday
  task('t4', 'Test', 0, '2026-06-15'), // due today: not overdue yet
  task('t5', 'Undated clean-up', 0),
  task('m1', 'Milestone: Business case approved', 100, '2026-03-01', '2026-02-27'),
  task('m2', 'Milestone: Design approved', 100, '2026-05-15', '2026-05-20'), // done five days late
  task('m3', 'milestone - Build complete', 0, '2026-06-10'), // missed
  task('m4', 'Milestone: Go-live', 0, '2026-09-01')
];

describe('task rollup', () => {
  it('averages percent complete over every task and counts the late ones', () => {
    // (100 + 50 + 0 + 0 + 0 + 100 + 100 + 0 + 0) / 9 = 38.9 → 39
    expect(rollupTasks(plan, TODAY)).toEqual({ total: 9, completed: 3, overdue: 3, percentComplete: 39 });
  });

  it('a task due today is not overdue; a completed one never is', () => {
    expect(isTaskOverdue(task('a', 'x', 0, '2026-06-15'), TODAY)).toBe(false);
    expect(isTaskOverdue(task('a', 'x', 0, '2026-06-14'), TODAY)).toBe(true);
    expect(isTaskOverdue(task('a', 'x', 100, '2026-01-01'), TODAY)).toBe(false);
    expect(isTaskOverdue(task('a', 'x', 50), TODAY)).toBe(false);
  });

  it('a plan without tasks has no percent complete (unknown, not 0)', () => {
    expect(rollupTasks([], TODAY)).toEqual({ total: 0, completed: 0, overdue: 0, percentComplete: undefined });
  });

  it('the same tasks give other figures on another day (today is an input)', () => {
    expect(rollupTasks(plan, '2026-05-01').overdue).toBe(0);
    expect(rollupTasks(plan, '2026-07-01').overdue).toBe(4);
  });
});

describe('milestones', () => {
  it('recognises the title convention in any case, with a colon or a dash', () => {
    expect(isMilestone({ title: 'Milestone: Go-live' })).toBe(true);
    expect(isMilestone({ title: '  MILESTONE – Go-live' })).toBe(true);
    expect(isMilestone({ title: 'Milestones review meeting' })).toBe(false);
    expect(isMilestone({ title: 'Plan the milestone: go-live' })).toBe(false);
  });

  it('orders by date and gives each its state', () => {
    const ms = milestonesOf(plan, TODAY);
    expect(ms.map((m) => [m.name, m.due, m.state])).toEqual([
      ['Business case approved', '2026-03-01', 'done'],
      ['Design approved', '2026-05-15', 'doneLate'],
      ['Build complete', '2026-06-10', 'missed'],
      ['Go-live', '2026-09-01', 'upcoming']
    ]);
  });

  it('next is the first upcoming one; slipped are the missed and late ones', () => {
    const s = summarizeMilestones(milestonesOf(plan, TODAY));
    expect(s.next?.name).toBe('Go-live');
    expect(s.slipped.map((m) => m.name)).toEqual(['Design approved', 'Build complete']);
    expect(s.missed).toBe(1);
    expect(s.total).toBe(4);
  });

  it('an undated milestone is neither next nor slipped', () => {
    const s = summarizeMilestones(milestonesOf([task('m', 'Milestone: Sign-off', 0)], TODAY));
    expect(s.next).toBeUndefined();
    expect(s.slipped).toEqual([]);
  });
});

describe('schedule slip', () => {
  it('is forecast end minus planned end in calendar days', () => {
    expect(slipDays('2026-12-31', '2027-01-30')).toBe(30);
    expect(slipDays('2026-12-31', '2026-12-21')).toBe(-10);
    // Across the March daylight-saving change, still whole days.
    expect(slipDays('2026-03-20', '2026-04-03T12:00:00Z')).toBe(14);
  });

  it('is unknown when either date is', () => {
    expect(slipDays(undefined, '2026-01-01')).toBeUndefined();
    expect(slipDays('2026-01-01', undefined)).toBeUndefined();
  });
});
