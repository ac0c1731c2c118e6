/**
 * Changes to stored events: exceptions made from occurrences, updates that reach the attendees'
 * copies when the organizer makes them, and change keys bumped by attachments.
 */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { changeKey } from './ids.ts';
import { copiesOf, getRow, nowIso, occurrenceOf, type EventRow } from './eventsStore.ts';

/**
 * Turns an occurrence into a stored exception (on the master and on every attendee's copy of the
 * series), as Exchange does when one occurrence is changed. Returns the row for `occ`'s calendar.
 */
export function materializeException(db: Db, occ: EventRow): EventRow {
  return transaction(db, () => {
    const master = getRow(db, occ.seriesMasterId!)!;
    const insert = (m: EventRow, organizerEventId: string | null) => {
      const o = occurrenceOf(m, occ.originalStart!);
      db.prepare(`INSERT INTO graph_events (id, ownerKind, ownerId, type, seriesMasterId, originalStart, organizerEventId, iCalUId, subject,
        bodyType, bodyContent, startUtc, endUtc, startZone, endZone, isAllDay, isOrganizer, organizer, attendees, categories, location,
        isOnlineMeeting, joinUrl, changeKey, createdDateTime, lastModifiedDateTime)
        VALUES (?, ?, ?, 'exception', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        o.id, m.ownerKind, m.ownerId, m.id, o.originalStart, organizerEventId, o.iCalUId, m.subject, m.bodyType, m.bodyContent,
        o.startUtc, o.endUtc, m.startZone, m.endZone, m.isAllDay, m.isOrganizer, m.organizer, m.attendees, m.categories, m.location,
        m.isOnlineMeeting, m.joinUrl, changeKey(), nowIso(), nowIso()
      );
      return o.id;
    };
    const organizerMaster = master.organizerEventId ? getRow(db, master.organizerEventId)! : master;
    const rootId = getRow(db, occurrenceOf(organizerMaster, occ.originalStart!).id)?.id ?? insert(organizerMaster, null);
    for (const copy of copiesOf(db, organizerMaster.id)) {
      if (!getRow(db, occurrenceOf(copy, occ.originalStart!).id)) insert(copy, rootId);
    }
    return getRow(db, occurrenceOf(master, occ.originalStart!).id)!;
  });
}

/** Fields an update may change; the organizer's changes reach the attendees' copies. */
export type EventChanges = Partial<Pick<EventRow, 'subject' | 'bodyType' | 'bodyContent' | 'startUtc' | 'endUtc' | 'startZone' | 'endZone' | 'isAllDay' | 'attendees' | 'categories' | 'location' | 'isOnlineMeeting' | 'joinUrl' | 'recurrence' | 'isCancelled' | 'type'>>;
const PROPAGATED = ['subject', 'bodyType', 'bodyContent', 'startUtc', 'endUtc', 'startZone', 'endZone', 'isAllDay', 'attendees', 'location', 'isOnlineMeeting', 'joinUrl', 'recurrence', 'isCancelled', 'type'];

export function updateEvent(db: Db, row: EventRow, changes: EventChanges): EventRow {
  return transaction(db, () => {
    const apply = (id: string, c: Record<string, unknown>) => {
      const keys = Object.keys(c);
      const sets = [...keys.map((k) => `${k} = ?`), 'changeKey = ?', 'lastModifiedDateTime = ?'].join(', ');
      db.prepare(`UPDATE graph_events SET ${sets} WHERE id = ?`).run(...(keys.map((k) => c[k]) as (string | number | null)[]), changeKey(), nowIso(), id);
    };
    apply(row.id, changes);
    if (row.isOrganizer && !row.organizerEventId) {
      const shared = Object.fromEntries(Object.entries(changes).filter(([k]) => PROPAGATED.includes(k)));
      for (const copy of copiesOf(db, row.id)) {
        apply(copy.id, shared);
        syncAttachments(db, row.id, copy.id);
      }
    }
    return getRow(db, row.id)!;
  });
}

/** Bumps the change key (an attachment was added). */
export function touchEvent(db: Db, id: string): void {
  db.prepare('UPDATE graph_events SET changeKey = ?, lastModifiedDateTime = ? WHERE id = ?').run(changeKey(), nowIso(), id);
}

/** Attendees get the organizer's attachments when the organizer next updates the event. */
function syncAttachments(db: Db, fromId: string, toId: string): void {
  const have = new Set((db.prepare('SELECT name FROM graph_attachments WHERE eventId = ?').all(toId) as { name: string }[]).map((r) => r.name));
  const rows = db.prepare('SELECT * FROM graph_attachments WHERE eventId = ? ORDER BY seq').all(fromId) as Record<string, string | number>[];
  for (const a of rows) {
    if (have.has(String(a.name))) continue;
    db.prepare('INSERT INTO graph_attachments (id, eventId, name, contentType, size, isInline, contentBytes, lastModifiedDateTime) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      `${a.id}C${toId.slice(-6)}`, toId, a.name, a.contentType, a.size, a.isInline, a.contentBytes, a.lastModifiedDateTime
    );
  }
}

export function hasAttachments(db: Db, id: string): boolean {
  return Boolean(db.prepare('SELECT 1 FROM graph_attachments WHERE eventId = ? LIMIT 1').get(id));
}
