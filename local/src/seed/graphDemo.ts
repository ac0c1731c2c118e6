/**
 * Writes the Outlook and Planner side of the demo into the Graph store: a group (team) per project
 * with its plan, buckets and tasks, and the meetings. Returns what the SharePoint side needs: group,
 * plan and General channel ids, and the status-meeting occurrences that get minutes.
 */
import type { Db } from '../store.ts';
import { addBucket, addEvent, addGroup, addPlan, addTask } from '../graph/api.ts';
import { calendarView, type EventRow } from '../graph/eventsStore.ts';
import { channelsOf } from '../graph/groupsStore.ts';
import { BUCKETS, generateEvents, generateTasks, type DemoEvent } from './eventsAndTasks.ts';
import type { Occurrence } from './meetingRecords.ts';
import type { DemoPerson } from './people.ts';
import { isRunning, type DemoProject } from './portfolio.ts';
import type { Clock, Random } from './random.ts';

/** Projects whose plan had no task created or completed in the last three weeks. */
export const STALE_PLANS = ['PRJ-0030', 'PRJ-0032', 'PRJ-0037'];

export interface GraphDemo {
  /** By project code: General channel id of the project's team. */
  channels: Map<string, string>;
  /** By project code: bucket ids of the project's plan. */
  buckets: Map<string, Map<string, string>>;
  /** Status-meeting occurrences per project (past oldest first, and the next one). */
  statusSeries: { project: DemoProject; past: Occurrence[]; next?: Occurrence }[];
  figures: { groups: number; plans: number; tasks: number; events: number; series: number; occurrencesInWindow: number };
}

/** A stable guid from the generator, so group ids (and the links built on them) repeat between seeds. */
function guid(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

/** The demo team that no project is linked to (a fixed id, like the people's). */
export const UNLINKED_TEAM_ID = '7eab1e55-0000-4000-8000-00000000a001';

const mails = (people: DemoPerson[]) => people.map((p) => p.mail);

export function writeGraphDemo(db: Db, rnd: Random, clock: Clock, projects: DemoProject[], pmo: DemoPerson, people: DemoPerson[]): GraphDemo {
  const out: GraphDemo = { channels: new Map(), buckets: new Map(), statusSeries: [], figures: { groups: 0, plans: 0, tasks: 0, events: 0, series: 0, occurrencesInWindow: 0 } };
  const ids = rnd.fork('ids');
  for (const p of projects) {
    p.groupId = addGroup(db, {
      id: guid(ids),
      displayName: p.title,
      mail: `${p.mailNickname}@contoso.com`,
      description: p.description,
      visibility: 'Private',
      ownerIds: [p.manager.mail],
      // The PMO is a member of every project team: Planner shows a plan only to its group's members.
      memberIds: mails([...p.team, p.sponsor, pmo]),
      channels: isRunning(p) ? ['Status and reporting'] : []
    });
    out.channels.set(p.code, channelsOf(db, p.groupId).find((c) => c.isGeneral)!.id);
    p.planId = addPlan(db, { groupId: p.groupId, title: p.title, createdById: p.manager.mail });
    out.buckets.set(p.code, new Map(BUCKETS.concat('Actions').map((b) => [b, addBucket(db, p.planId, b)])));
    out.figures.groups++;
    out.figures.plans++;
  }
  // A team no project in the register is linked to yet: its PMO Project tab has no project to show
  // (local page Teams mode, issue 14). The PMO manager and a team member are in it.
  addGroup(db, {
    id: UNLINKED_TEAM_ID,
    displayName: 'Customer portal discovery',
    mail: 'customerportaldiscovery@contoso.com',
    description: 'Early discovery for a customer self-service portal, before a project is registered.',
    visibility: 'Private',
    ownerIds: [people.find((p) => p.mail === 'meganb@contoso.com')?.mail ?? pmo.mail],
    memberIds: mails([pmo, ...people.filter((p) => p.mail === 'isaiahl@contoso.com' || p.mail === 'gradya@contoso.com')])
  });
  out.figures.groups++;
  for (const t of generateTasks(rnd.fork('tasks'), clock, projects)) {
    // A few plans nobody touched for three weeks (the compliance board's stale plans); the others were
    // created when the demo was (Graph keeps no lastModifiedDateTime on tasks, so created/completed is all there is).
    const stale = STALE_PLANS.includes(t.project.code);
    const lastTouched = clock.day(-21 - (t.project.n % 5));
    const quiet = (d: Date) => (d > lastTouched ? lastTouched : d);
    addTask(db, {
      ...(stale ? { createdDateTime: lastTouched.toISOString(), completedDateTime: t.completed ? quiet(t.completed).toISOString() : undefined } : {}),
      planId: t.project.planId,
      bucketId: out.buckets.get(t.project.code)!.get(t.bucket),
      title: t.title,
      percentComplete: t.percentComplete,
      priority: t.bucket === 'Milestones' ? 1 : 5,
      startDateTime: t.start?.toISOString(),
      dueDateTime: t.due?.toISOString(),
      assigneeIds: mails(t.assignees),
      createdById: t.project.manager.mail
    });
    out.figures.tasks++;
  }

  // Series recur in the machine's zone, so a 09:00 meeting stays at 09:00 across daylight saving.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const statusMasters = new Map<string, string>();
  const events = generateEvents(rnd.fork('events'), clock, projects, pmo, people);
  for (const e of events) {
    const added = addEvent(db, toGraphEvent(e, timeZone));
    if (e.kind === 'status' && e.project) statusMasters.set(e.project.code, added.organizerEventId);
    out.figures.events++;
    if (e.recurrence) out.figures.series++;
  }
  out.figures.occurrencesInWindow = countOccurrences(db, events, clock);

  // Occurrences as calendarView computes them: their ids are what PMO Meetings items point at.
  const now = Date.now();
  for (const p of projects) {
    const master = statusMasters.get(p.code);
    if (!master) continue;
    const occ = calendarView(db, { kind: 'group', id: p.groupId }, clock.day(-45).getTime(), clock.day(45).getTime())
      .filter((r) => r.seriesMasterId === master)
      .map((r) => toOccurrence(r, p));
    out.statusSeries.push({ project: p, past: occ.filter((o) => o.end.getTime() < now), next: occ.find((o) => o.start.getTime() > now) });
  }
  return out;
}

function toGraphEvent(e: DemoEvent, timeZone: string) {
  const calendar = 'group' in e.calendar ? { kind: 'group' as const, ownerId: e.calendar.group.groupId } : { kind: 'user' as const, ownerId: e.calendar.user.mail };
  return {
    calendar,
    subject: e.subject,
    start: e.start,
    end: e.end,
    timeZone,
    organizerId: calendar.kind === 'user' ? e.organizer.mail : undefined,
    attendeeIds: mails(e.attendees),
    categories: e.categories,
    isOnlineMeeting: e.online,
    body: e.body ? `<p>${e.body}</p>` : '',
    recurrence: e.recurrence ? { pattern: e.recurrence.pattern, interval: e.recurrence.interval, until: e.recurrence.until } : undefined
  };
}

function toOccurrence(r: EventRow, p: DemoProject): Occurrence {
  return {
    project: p,
    eventId: r.id,
    iCalUId: r.iCalUId,
    seriesMasterId: r.seriesMasterId ?? undefined,
    start: new Date(r.startUtc),
    end: new Date(r.endUtc),
    subject: r.subject,
    organizer: p.manager,
    attendees: p.team,
    joinUrl: r.joinUrl ?? undefined
  };
}

/** Meetings in the three months around today, on group calendars and on users' own calendars (organizer's copy). */
function countOccurrences(db: Db, events: DemoEvent[], clock: Clock): number {
  const from = clock.day(-45).getTime();
  const to = clock.day(45).getTime();
  const owners = new Map<string, { kind: 'user' | 'group'; id: string }>();
  for (const e of events) {
    const o = 'group' in e.calendar ? { kind: 'group' as const, id: e.calendar.group.groupId } : { kind: 'user' as const, id: e.organizer.mail };
    owners.set(`${o.kind}:${o.id}`, o);
  }
  let n = 0;
  for (const o of owners.values()) {
    const id = o.kind === 'user' ? (db.prepare('SELECT id FROM people WHERE mail = ?').get(o.id) as { id: string }).id : o.id;
    // Only the organizer's rows: attendees' copies are the same meetings again.
    n += calendarView(db, { kind: o.kind, id }, from, to).filter((r) => r.isOrganizer).length;
  }
  return n;
}
