/**
 * Outlook events: rows for single instances, series masters and exceptions on a user's or a group's
 * calendar, plus each invited person's own copy (own id, same iCalUId), as Exchange keeps them.
 * Occurrences are computed from the master.
 */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { findPerson } from '../directory.ts';
import { changeKey, eventId, iCalUId, occurrenceICalUId, occurrenceId, parseOccurrenceId } from './ids.ts';
import { isOccurrence, occurrenceStarts, type PatternedRecurrence } from './recurrence.ts';

export interface EmailAddress {
  name: string;
  address: string;
}
export interface Attendee {
  type: string;
  status: { response: string; time: string };
  emailAddress: EmailAddress;
}

export interface EventRow {
  id: string;
  ownerKind: 'user' | 'group';
  ownerId: string;
  type: 'singleInstance' | 'seriesMaster' | 'exception' | 'occurrence';
  seriesMasterId: string | null;
  originalStart: number | null;
  organizerEventId: string | null;
  iCalUId: string;
  subject: string;
  bodyType: string;
  bodyContent: string;
  startUtc: number;
  endUtc: number;
  startZone: string;
  endZone: string;
  isAllDay: number;
  isCancelled: number;
  isOrganizer: number;
  organizer: string;
  attendees: string;
  categories: string;
  location: string;
  isOnlineMeeting: number;
  joinUrl: string | null;
  recurrence: string | null;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface Owner {
  kind: 'user' | 'group';
  id: string;
}

export interface NewEvent {
  owner: Owner;
  subject: string;
  bodyType?: string;
  bodyContent?: string;
  startUtc: number;
  endUtc: number;
  startZone?: string;
  endZone?: string;
  isAllDay?: boolean;
  organizer: EmailAddress;
  attendees?: Attendee[];
  categories?: string[];
  location?: string;
  isOnlineMeeting?: boolean;
  recurrence?: PatternedRecurrence | null;
}

export const nowIso = () => new Date().toISOString().replace(/Z$/, '0000Z');
const ZERO_TIME = '0001-01-01T00:00:00Z';

export const parseJson = <T>(s: string | null): T => (s ? (JSON.parse(s) as T) : (null as T));

export function joinUrlFor(): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${Buffer.from(crypto.randomUUID()).toString('base64url').slice(0, 44)}%40thread.v2/0`;
}

/** Inserts the event on its owner's calendar and a copy on each invited directory person's calendar. */
export function insertEvent(db: Db, e: NewEvent): { id: string; iCalUId: string; copies: Record<string, string> } {
  return transaction(db, () => {
    const uid = iCalUId();
    const now = nowIso();
    const attendees = (e.attendees ?? []).map((a) => ({ ...a, status: a.status ?? { response: 'none', time: ZERO_TIME } }));
    const insert = db.prepare(`INSERT INTO graph_events (id, ownerKind, ownerId, type, organizerEventId, iCalUId, subject, bodyType, bodyContent,
      startUtc, endUtc, startZone, endZone, isAllDay, isOrganizer, organizer, attendees, categories, location, isOnlineMeeting, joinUrl,
      recurrence, changeKey, createdDateTime, lastModifiedDateTime) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const joinUrl = e.isOnlineMeeting ? joinUrlFor() : null;
    const row = (id: string, owner: Owner, organizerEventId: string | null, isOrganizer: boolean) =>
      insert.run(
        id, owner.kind, owner.id, e.recurrence ? 'seriesMaster' : 'singleInstance', organizerEventId, uid, e.subject,
        e.bodyType ?? 'html', e.bodyContent ?? '', e.startUtc, e.endUtc, e.startZone ?? 'UTC', e.endZone ?? e.startZone ?? 'UTC',
        e.isAllDay ? 1 : 0, isOrganizer ? 1 : 0, JSON.stringify(e.organizer), JSON.stringify(attendees), JSON.stringify(e.categories ?? []),
        e.location ?? '', e.isOnlineMeeting ? 1 : 0, joinUrl, e.recurrence ? JSON.stringify(e.recurrence) : null, changeKey(), now, now
      );
    const id = eventId();
    row(id, e.owner, null, true);
    const copies: Record<string, string> = {};
    const organizerPerson = findPerson(db, e.organizer.address);
    for (const a of attendees) {
      const p = findPerson(db, a.emailAddress.address);
      if (!p || copies[p.id] || p.id === organizerPerson?.id || (e.owner.kind === 'user' && p.id === e.owner.id)) continue;
      copies[p.id] = eventId();
      row(copies[p.id], { kind: 'user', id: p.id }, id, false);
    }
    return { id, iCalUId: uid, copies };
  });
}

export function getRow(db: Db, id: string): EventRow | undefined {
  return db.prepare('SELECT * FROM graph_events WHERE id = ?').get(id) as EventRow | undefined;
}

/** The occurrence of `master` that starts at `originalStart`, as calendarView would show it. */
export function occurrenceOf(master: EventRow, originalStart: number): EventRow {
  return {
    ...master,
    id: occurrenceId(master.id, originalStart),
    type: 'occurrence',
    seriesMasterId: master.id,
    originalStart,
    iCalUId: occurrenceICalUId(master.iCalUId, originalStart),
    startUtc: originalStart,
    endUtc: originalStart + (master.endUtc - master.startUtc),
    recurrence: null
  };
}

/** A stored event, an exception, or a computed occurrence; undefined when no such item exists. */
export function findEvent(db: Db, id: string): EventRow | undefined {
  const row = getRow(db, id);
  if (row) return row.isCancelled && row.type === 'exception' ? undefined : row;
  const occ = parseOccurrenceId(id);
  if (!occ) return undefined;
  const master = getRow(db, occ.masterId);
  if (!master || master.type !== 'seriesMaster') return undefined;
  if (!isOccurrence(parseJson<PatternedRecurrence>(master.recurrence), master.startUtc, occ.originalStart)) return undefined;
  return occurrenceOf(master, occ.originalStart);
}

/** Events of one calendar overlapping [from, to): singles, occurrences and exceptions, by start. */
export function calendarView(db: Db, owner: Owner, from: number, to: number): EventRow[] {
  const rows = db.prepare('SELECT * FROM graph_events WHERE ownerKind = ? AND ownerId = ? ORDER BY seq').all(owner.kind, owner.id) as unknown as EventRow[];
  const overlaps = (s: number, e: number) => s < to && (e > from || (s === e && s >= from));
  const out: EventRow[] = [];
  const exceptions = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.type !== 'exception') continue;
    if (!exceptions.has(r.seriesMasterId!)) exceptions.set(r.seriesMasterId!, new Set());
    exceptions.get(r.seriesMasterId!)!.add(r.originalStart!);
    if (!r.isCancelled && overlaps(r.startUtc, r.endUtc)) out.push(r);
  }
  for (const r of rows) {
    if (r.type === 'singleInstance' && overlaps(r.startUtc, r.endUtc)) out.push(r);
    if (r.type !== 'seriesMaster') continue;
    const dur = r.endUtc - r.startUtc;
    const replaced = exceptions.get(r.id) ?? new Set<number>();
    for (const s of occurrenceStarts(parseJson<PatternedRecurrence>(r.recurrence), r.startUtc, to)) {
      if (!replaced.has(s) && overlaps(s, s + dur)) out.push(occurrenceOf(r, s));
    }
  }
  return out.sort((a, b) => a.startUtc - b.startUtc || a.endUtc - b.endUtc);
}

/** Series masters and single instances of a calendar (what /events lists, unexpanded). */
export function listEvents(db: Db, owner: Owner): EventRow[] {
  return db
    .prepare("SELECT * FROM graph_events WHERE ownerKind = ? AND ownerId = ? AND type != 'exception' ORDER BY seq")
    .all(owner.kind, owner.id) as unknown as EventRow[];
}

/** Attendee copies of an organizer's row. */
export function copiesOf(db: Db, id: string): EventRow[] {
  return db.prepare('SELECT * FROM graph_events WHERE organizerEventId = ?').all(id) as unknown as EventRow[];
}
