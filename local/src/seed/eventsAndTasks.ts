/**
 * Outlook and Planner side of the demo: for each project an M365 group with a Planner plan (buckets,
 * tasks done, in progress and overdue, milestones), and meetings over the three months around today:
 * weekly status series and monthly steering committees on group calendars, workshops, and meetings
 * on the project manager's own calendar tagged with the project code.
 * Steering committees meet every four weeks (the Graph store's series are daily or weekly).
 */
import type { DemoPerson } from './people.ts';
import { isActive, isRunning, type DemoProject } from './portfolio.ts';
import { addDays, isoDate, workday, type Clock, type Random } from './random.ts';

export interface DemoTask {
  project: DemoProject;
  bucket: string;
  title: string;
  percentComplete: 0 | 50 | 100;
  start?: Date;
  due?: Date;
  completed?: Date;
  assignees: DemoPerson[];
}

/** A weekly series (every `interval` weeks on the start's weekday) until a date, as the Graph store takes it. */
export interface DemoRecurrence {
  pattern: 'weekly';
  interval: number;
  /** yyyy-mm-dd, inclusive. */
  until: string;
}

export interface DemoEvent {
  project?: DemoProject;
  /** Group calendar of the project, or the named person's own calendar. */
  calendar: { group: DemoProject } | { user: DemoPerson };
  subject: string;
  start: Date;
  end: Date;
  organizer: DemoPerson;
  attendees: DemoPerson[];
  categories: string[];
  online: boolean;
  recurrence?: DemoRecurrence;
  body: string;
  /** What kind of meeting it is, for the PMO Meetings items and tests. */
  kind: 'status' | 'steering' | 'workshop' | 'tagged' | 'other';
}

export const BUCKETS = ['Analysis and design', 'Build', 'Test and rollout', 'Milestones'];

const WORK: [string, string][] = [
  ['Analysis and design', 'Confirm requirements with process owners'],
  ['Analysis and design', 'Current-state process mapping'],
  ['Analysis and design', 'Vendor selection and contract'],
  ['Analysis and design', 'Solution design sign-off'],
  ['Build', 'Configure core platform'],
  ['Build', 'Build integrations'],
  ['Build', 'Data migration dry run'],
  ['Build', 'Security and privacy review'],
  ['Test and rollout', 'System integration testing'],
  ['Test and rollout', 'User acceptance testing'],
  ['Test and rollout', 'Train super users'],
  ['Test and rollout', 'Cut-over plan and rehearsal'],
  ['Test and rollout', 'Hypercare and handover to support']
];
const MILESTONES = ['Milestone: Business case approved', 'Milestone: Design approved', 'Milestone: Go-live', 'Milestone: Project closed'];

/** Tasks spread over the project's life; the state of each follows its dates and the project's health. */
export function generateTasks(rnd: Random, clock: Clock, projects: DemoProject[]): DemoTask[] {
  const tasks: DemoTask[] = [];
  for (const p of projects.filter(isActive)) {
    const r = rnd.fork(`${p.code}-tasks`);
    const span = Math.max(30, (p.forecastEnd.getTime() - p.start.getTime()) / 86400000);
    const work = WORK.filter(() => r.chance(p.phase === 'Initiation' ? 0.5 : 0.8));
    const items: [string, string][] = [...work, ...MILESTONES.map((m) => ['Milestones', m] as [string, string])];
    items.forEach(([bucket, title], i) => {
      const frac = bucket === 'Milestones' ? [0.08, 0.35, 0.85, 1][MILESTONES.indexOf(title)] : (i + 1) / (work.length + 1);
      const due = workday(addDays(p.start, Math.round(span * frac)));
      const start = bucket === 'Milestones' ? undefined : addDays(due, -r.int(7, 40));
      const pastDue = clock.daysFromToday(due) < 0;
      // Late projects leave more past-due work unfinished: those are the overdue tasks the views flag.
      const lateness = p.health === 'Red' ? 0.45 : p.health === 'Amber' ? 0.25 : 0.08;
      let pct: 0 | 50 | 100 = 0;
      if (p.phase === 'Closed') pct = 100;
      else if (pastDue) pct = r.chance(lateness) ? (r.chance(0.5) ? 50 : 0) : 100;
      else if (start && clock.daysFromToday(start) <= 0) pct = 50;
      tasks.push({
        project: p,
        bucket,
        title,
        percentComplete: pct,
        start,
        due,
        completed: pct === 100 ? (pastDue ? addDays(due, -r.int(0, 3)) : clock.day(-1)) : undefined,
        assignees: bucket === 'Milestones' ? [p.manager] : [r.pick(p.team)]
      });
    });
  }
  return tasks;
}

const at = (d: Date, hour: number, minute = 0) => {
  const r = new Date(d);
  r.setHours(hour, minute, 0, 0);
  return r;
};
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60000);
/** The weekday `dayIndex` (0 = Monday) on or after d. */
const onOrAfter = (d: Date, dayIndex: number) => addDays(d, (dayIndex - ((d.getDay() + 6) % 7) + 7) % 7);

export function generateEvents(rnd: Random, clock: Clock, projects: DemoProject[], pmo: DemoPerson, people: DemoPerson[]): DemoEvent[] {
  const events: DemoEvent[] = [];
  const windowStart = clock.day(-45);
  const windowEnd = clock.day(45);
  for (const p of projects) {
    const r = rnd.fork(`${p.code}-events`);
    const team = p.team.filter((x) => x.kind !== 'Support department');
    if (isRunning(p)) {
      // Weekly (planning: fortnightly) status meeting from before the window until the forecast end.
      const day = r.int(0, 4); // Monday..Friday
      const hour = r.pick([9, 10, 11, 13, 14, 15]);
      const first = at(onOrAfter(p.start < windowStart ? addDays(windowStart, -r.int(7, 60)) : p.start, day), hour, r.pick([0, 30]));
      const last = p.forecastEnd > windowEnd ? addDays(windowEnd, 60) : p.forecastEnd;
      events.push({
        project: p,
        calendar: { group: p },
        subject: `${p.title} – weekly status`,
        start: first,
        end: minutes(first, 30),
        organizer: p.manager,
        attendees: team,
        categories: [],
        online: true,
        recurrence: { pattern: 'weekly', interval: p.phase === 'Planning' ? 2 : 1, until: isoDate(last) },
        body: 'Progress since last week, overdue tasks, risks and issues, actions.',
        kind: 'status'
      });
    }
    if (p.phase === 'Execution' && (p.priority === 'High' || p.priority === 'Critical' || p.health === 'Red')) {
      const first = at(onOrAfter(addDays(windowStart, -r.int(0, 27)), r.int(0, 4)), 15);
      events.push({
        project: p,
        calendar: { group: p },
        subject: `${p.title} – steering committee`,
        start: first,
        end: minutes(first, 60),
        organizer: p.manager,
        attendees: [p.sponsor, pmo, ...team.slice(0, 2)].filter((x, i, a) => a.indexOf(x) === i),
        categories: [],
        online: true,
        recurrence: { pattern: 'weekly', interval: 4, until: isoDate(addDays(windowEnd, 90)) },
        body: 'Decisions needed, budget and forecast, top risks, phase gate readiness.',
        kind: 'steering'
      });
    }
    if (isActive(p) && p.phase !== 'Closed') {
      const titles = p.phase === 'Initiation' ? ['kick-off', 'scope workshop'] : p.phase === 'Planning' ? ['planning workshop', 'vendor demo'] : p.phase === 'Closing' ? ['lessons learned', 'handover to operations'] : ['design review', 'UAT readiness review'];
      for (const t of titles) {
        const s = at(workday(clock.day(r.int(-40, 40))), r.pick([9, 10, 13, 14]));
        events.push({ project: p, calendar: { group: p }, subject: `${p.title} – ${t}`, start: s, end: minutes(s, r.pick([60, 90, 120])), organizer: p.manager, attendees: team, categories: [], online: r.chance(0.6), body: `Agenda: ${t}.`, kind: 'workshop' });
      }
    }
    if (isRunning(p) && (r.chance(0.5) || p.code === 'PRJ-0042')) {
      // On the manager's own calendar: found through the [PRJ-nnnn] tag or the category, not the group.
      for (const offset of [r.int(-30, -1), r.int(1, 30)]) {
        const s = at(workday(clock.day(offset)), r.pick([8, 12, 16]), 30);
        const viaCategory = p.code !== 'PRJ-0042' && r.chance(0.3);
        const topic = r.pick(['Vendor call', 'Risk review', 'Budget check-in', 'Sponsor one-to-one', 'Architecture review']);
        events.push({
          project: p,
          calendar: { user: p.manager },
          subject: viaCategory ? `${topic} – ${p.title}` : `[${p.code}] ${topic}`,
          start: s,
          end: minutes(s, 30),
          organizer: p.manager,
          attendees: [r.pick(p.team.filter((x) => x !== p.manager && x.kind !== 'Support department').concat(p.sponsor))],
          categories: viaCategory ? [p.code] : [],
          online: true,
          body: '',
          kind: 'tagged'
        });
      }
    }
  }
  // The minutes journey's meeting: PRJ-0042's manager held a tagged vendor call on the last working day,
  // on their own calendar (so publishing attaches the minutes to it). Fixed, so it draws no random numbers.
  const demo = projects.find((p) => p.code === 'PRJ-0042');
  if (demo) {
    const y = clock.day(-1);
    const s = at(addDays(y, y.getDay() === 6 ? -1 : y.getDay() === 0 ? -2 : 0), 11);
    const guests = [demo.sponsor, ...demo.team.filter((x) => x !== demo.manager && x.kind === 'Employee').slice(0, 2)];
    events.push({ project: demo, calendar: { user: demo.manager }, subject: `[${demo.code}] Vendor selection call`, start: s, end: minutes(s, 45), organizer: demo.manager, attendees: guests, categories: [], online: true, body: 'Compare the two integration offers and decide.', kind: 'tagged' });
  }
  // Meetings on people's calendars that belong to no project: the matcher must leave them alone.
  const r = rnd.fork('other-events');
  const employees = people.filter((x) => x.kind === 'Employee');
  const managers = [...new Set(projects.map((p) => p.manager))].filter((m) => m !== pmo);
  const other = (organizer: DemoPerson, subject: string, attendees: DemoPerson[], days: number, hour: number, length: number, interval?: number) => {
    const s = at(workday(clock.day(days)), hour);
    events.push({
      calendar: { user: organizer },
      subject,
      start: s,
      end: minutes(s, length),
      organizer,
      attendees,
      categories: [],
      online: true,
      recurrence: interval ? { pattern: 'weekly', interval, until: isoDate(addDays(windowEnd, 60)) } : undefined,
      body: '',
      kind: 'other'
    });
  };
  const coo = people.find((x) => x.jobTitle === 'Chief Operating Officer') ?? pmo;
  other(coo, 'All hands', employees.filter((x) => x !== coo), r.int(-60, -50), 16, 60, 4);
  other(pmo, "Project managers' forum", managers, r.int(-60, -50), 9, 45, 1);
  managers.forEach((m) => other(pmo, `One-to-one – ${m.displayName}`, [m], r.int(-60, -45), r.pick([11, 14, 15]), 30, 2));
  other(pmo, 'Lunch and learn: Copilot tips', employees.filter((x) => x !== pmo), r.int(5, 20), 12, 45);
  return events;
}
