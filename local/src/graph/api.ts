/**
 * Store API of the Graph subset, for the demo seed and for test fixtures. Everything here writes the
 * same tables the Graph routes read, inside transactions; people must already be in the directory.
 */
import type { Db } from '../store.ts';
import { findPerson } from '../directory.ts';
import { migrateGraph, clearGraph } from './tables.ts';
import { insertGroup, type NewGroup } from './groupsStore.ts';
import { findEvent, insertEvent, type Attendee } from './eventsStore.ts';
import { materializeException, updateEvent, type EventChanges } from './eventsWrite.ts';
import { occurrenceId } from './ids.ts';
import { ownerAddress } from './eventsView.ts';
import { normaliseRecurrence, recurrenceProblem } from './recurrence.ts';
import { dayOf, formatDay, parseDateTime, resolveZone, utcToWall } from './time.ts';
import { insertBucket, insertPlan, insertTask } from './plannerStore.ts';
import { getGroup } from './groupsStore.ts';

export { clearGraph, migrateGraph };
export { addOnlineMeeting, addTranscript, type NewTranscript } from './onlineMeetings.ts';
export type { NewGroup };

function person(db: Db, key: string) {
  const p = findPerson(db, key);
  if (!p) throw new Error(`Unknown person '${key}' (add people to the directory first)`);
  return p;
}

/**
 * Adds a Microsoft 365 group. Unless `team: false` it is team-enabled, with a General channel and the
 * named `channels`. Owners are members too. Only members can see the group's Planner plans.
 * @returns the group id (a guid; `id` if given).
 */
export function addGroup(db: Db, g: NewGroup): string {
  migrateGraph(db);
  return insertGroup(db, g).id;
}

export interface NewDemoEvent {
  /** Whose calendar the event is on; for a user, the event as that person sees it is returned. */
  calendar: { kind: 'user' | 'group'; ownerId: string };
  subject: string;
  /** ISO date-times; without an offset they are read in `timeZone` (default UTC). */
  start: string | Date;
  end: string | Date;
  /** Zone the event was created in (originalStartTimeZone, and the zone a series recurs in). Windows or IANA name. */
  timeZone?: string;
  /**
   * User calendars: who organizes (default: the calendar's owner). When it is someone else, the
   * organizer's event is created and the owner gets an attendee's copy. Group calendars: ignored,
   * Graph shows the group itself as organizer.
   */
  organizerId?: string;
  attendeeIds?: string[];
  categories?: string[];
  isOnlineMeeting?: boolean;
  body?: string;
  location?: string;
  /** A series: every `interval` days or weeks (on `daysOfWeek`, default the start's weekday) until the date `until` (YYYY-MM-DD, inclusive) or without end. */
  recurrence?: { pattern: 'weekly' | 'daily'; interval?: number; daysOfWeek?: string[]; until?: string };
}

export interface AddedEvent {
  /** The event on `calendar` (an attendee copy when someone else organizes). */
  id: string;
  /** The organizer's event. */
  organizerEventId: string;
  iCalUId: string;
  /** Event id on each invited person's calendar, by Graph user id. */
  copies: Record<string, string>;
}

/** Adds a single event or a series (expanded by calendarView) and the attendees' copies. */
export function addEvent(db: Db, e: NewDemoEvent): AddedEvent {
  migrateGraph(db);
  const zoneName = e.timeZone ?? 'UTC';
  const zone = resolveZone(zoneName);
  if (!zone) throw new Error(`Unknown time zone '${zoneName}'`);
  const at = (v: string | Date) => {
    const ms = v instanceof Date ? v.getTime() : parseDateTime(v, zone);
    if (ms === undefined || Number.isNaN(ms)) throw new Error(`Bad date-time '${String(v)}'`);
    return ms;
  };
  const startUtc = at(e.start);
  const endUtc = at(e.end);
  const isGroup = e.calendar.kind === 'group';
  if (isGroup && !getGroup(db, e.calendar.ownerId)) throw new Error(`Unknown group '${e.calendar.ownerId}'`);
  const ownerPerson = isGroup ? undefined : person(db, e.calendar.ownerId);
  const organizerPerson = isGroup ? undefined : person(db, e.organizerId ?? e.calendar.ownerId);
  const attendeeKeys = [...(e.attendeeIds ?? [])];
  if (ownerPerson && organizerPerson && ownerPerson.id !== organizerPerson.id && !attendeeKeys.some((k) => person(db, k).id === ownerPerson.id)) attendeeKeys.push(ownerPerson.id);
  const attendees: Attendee[] = attendeeKeys.map((k) => {
    const p = person(db, k);
    return { type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: { name: p.displayName, address: p.mail } };
  });
  let recurrence = null;
  if (e.recurrence) {
    const r = {
      pattern: { type: e.recurrence.pattern, interval: e.recurrence.interval ?? 1, daysOfWeek: e.recurrence.daysOfWeek },
      range: { type: e.recurrence.until ? 'endDate' : 'noEnd', startDate: formatDay(dayOf(utcToWall(startUtc, zone))), endDate: e.recurrence.until, recurrenceTimeZone: zoneName }
    };
    const problem = recurrenceProblem(r);
    if (problem) throw new Error(problem);
    recurrence = normaliseRecurrence(r, zoneName, startUtc);
  }
  const owner = isGroup ? { kind: 'group' as const, id: e.calendar.ownerId } : { kind: 'user' as const, id: organizerPerson!.id };
  const created = insertEvent(db, {
    owner,
    subject: e.subject,
    bodyContent: e.body ?? '',
    startUtc,
    endUtc,
    startZone: zoneName,
    endZone: zoneName,
    organizer: ownerAddress(db, owner)!,
    attendees,
    categories: e.categories ?? [],
    location: e.location,
    isOnlineMeeting: e.isOnlineMeeting ?? false,
    recurrence
  });
  const id = ownerPerson && organizerPerson && ownerPerson.id !== organizerPerson.id ? created.copies[ownerPerson.id] : created.id;
  return { id, organizerEventId: created.id, iCalUId: created.iCalUId, copies: created.copies };
}

/**
 * Changes or cancels one occurrence of a series (by the organizer's series id and the occurrence's
 * original start), as an organizer editing one meeting of a series would.
 * @returns the exception's id on the organizer's calendar.
 */
export function addException(db: Db, seriesId: string, originalStart: string, change: { subject?: string; start?: string; end?: string; cancelled?: boolean }): string {
  const at = parseDateTime(originalStart);
  const occ = at === undefined ? undefined : findEvent(db, occurrenceId(seriesId, at));
  if (!occ) throw new Error(`Series '${seriesId}' has no occurrence at ${originalStart}`);
  const row = occ.type === 'occurrence' ? materializeException(db, occ) : occ;
  const c: EventChanges = {};
  if (change.subject !== undefined) c.subject = change.subject;
  if (change.start !== undefined) c.startUtc = parseDateTime(change.start)!;
  if (change.end !== undefined) c.endUtc = parseDateTime(change.end)!;
  if (change.cancelled) c.isCancelled = 1;
  return updateEvent(db, row, c).id;
}

/** Adds a Planner plan to a group. @returns the plan id (28 characters). */
export function addPlan(db: Db, p: { groupId: string; title: string; createdById?: string }): string {
  migrateGraph(db);
  if (!getGroup(db, p.groupId)) throw new Error(`Unknown group '${p.groupId}'`);
  return insertPlan(db, p.groupId, p.title, p.createdById ? person(db, p.createdById).id : null).id;
}

/** Adds a bucket to a plan. @returns the bucket id. */
export function addBucket(db: Db, planId: string, name: string): string {
  return insertBucket(db, planId, name).id;
}

export interface NewDemoTask {
  planId: string;
  bucketId?: string;
  title: string;
  /** 0, 50 or 100 as Planner's UI writes it; 100 sets completedDateTime. */
  percentComplete?: number;
  /** 1 urgent, 3 important, 5 medium (default), 9 low. */
  priority?: number;
  startDateTime?: string;
  dueDateTime?: string;
  assigneeIds?: string[];
  createdById?: string;
  /** Seeding only (read-only over the API): when the task was created and completed; default now. */
  createdDateTime?: string;
  completedDateTime?: string;
  description?: string;
  checklist?: { title: string; isChecked?: boolean }[];
  /** e.g. { category1: true } */
  appliedCategories?: Record<string, boolean>;
}

/** Adds a Planner task with its details. @returns the task id (28 characters). */
export function addTask(db: Db, t: NewDemoTask): string {
  const creator = t.createdById ? person(db, t.createdById).id : null;
  const iso = (v?: string) => (v ? new Date(parseDateTime(v) ?? NaN).toISOString().replace(/\.000Z$/, 'Z') : null);
  const assignments = Object.fromEntries(
    (t.assigneeIds ?? []).map((k) => [person(db, k).id, { '@odata.type': '#microsoft.graph.plannerAssignment', assignedDateTime: new Date().toISOString(), orderHint: ' !', assignedBy: { user: { displayName: null, id: creator ?? person(db, k).id } } }])
  );
  const checklist = Object.fromEntries(
    (t.checklist ?? []).map((c, i) => [String(10000 + i), { isChecked: Boolean(c.isChecked), title: c.title, orderHint: ` ${i}!`, lastModifiedDateTime: new Date().toISOString(), lastModifiedBy: creator ? { user: { displayName: null, id: creator } } : null }])
  );
  return insertTask(
    db,
    {
      planId: t.planId,
      bucketId: t.bucketId ?? null,
      title: t.title,
      percentComplete: t.percentComplete ?? 0,
      priority: t.priority ?? 5,
      startDateTime: iso(t.startDateTime),
      dueDateTime: iso(t.dueDateTime),
      createdDateTime: iso(t.createdDateTime) ?? undefined,
      completedDateTime: iso(t.completedDateTime),
      createdBy: creator,
      assignments: JSON.stringify(assignments),
      appliedCategories: JSON.stringify(t.appliedCategories ?? {})
    },
    { description: t.description ?? '', checklist: JSON.stringify(checklist) }
  ).id;
}
