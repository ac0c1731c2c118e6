/** Reads event bodies of POST/PATCH requests into store changes, refusing what the local tenant cannot honour. */
import type { Db } from '../store.ts';
import type { LocalResponse } from '../http.ts';
import { graphError } from '../http.ts';
import { findPerson } from '../directory.ts';
import { badRequest, notImplemented } from './protocol.ts';
import { parseDateTime, resolveZone } from './time.ts';
import { normaliseRecurrence, recurrenceProblem, type PatternedRecurrence } from './recurrence.ts';
import { joinUrlFor, type Attendee, type EventRow } from './eventsStore.ts';
import type { EventChanges } from './eventsWrite.ts';

const STORED = new Set(['subject', 'body', 'start', 'end', 'location', 'attendees', 'categories', 'isOnlineMeeting', 'onlineMeetingProvider', 'isAllDay', 'recurrence']);
const READ_ONLY = new Set(['id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'iCalUId', 'uid', 'type', 'seriesMasterId', 'organizer', 'isOrganizer', 'webLink', 'hasAttachments', 'onlineMeeting', 'responseStatus', 'originalStart', 'originalStartTimeZone', 'originalEndTimeZone', 'bodyPreview']);
// Real event properties the local tenant does not store: refused loudly rather than silently dropped.
const NOT_STORED = new Set(['reminderMinutesBeforeStart', 'isReminderOn', 'importance', 'sensitivity', 'showAs', 'responseRequested', 'allowNewTimeProposals', 'hideAttendees', 'locations', 'transactionId', 'isCancelled', 'isDraft', 'attachments', 'extensions', 'singleValueExtendedProperties', 'multiValueExtendedProperties']);

type Time = { utc: number; zone: string };

function readTime(v: unknown, name: string): Time | LocalResponse {
  const t = v as { dateTime?: string; timeZone?: string } | undefined;
  if (!t || typeof t.dateTime !== 'string') return badRequest(`${name}.dateTime is required.`, 'ErrorInvalidRequest');
  const zoneName = t.timeZone ?? 'UTC';
  const zone = resolveZone(zoneName);
  if (!zone) return graphError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zoneName}'.`);
  const utc = parseDateTime(t.dateTime, zone);
  if (utc === undefined) return badRequest(`The value '${t.dateTime}' of ${name}.dateTime is not a valid date-time.`, 'ErrorInvalidRequest');
  return { utc, zone: zoneName };
}

function readAttendees(db: Db, v: unknown): Attendee[] | LocalResponse {
  if (!Array.isArray(v)) return badRequest('attendees must be an array.', 'ErrorInvalidRequest');
  const out: Attendee[] = [];
  for (const a of v as { type?: string; emailAddress?: { address?: string; name?: string } }[]) {
    const address = a?.emailAddress?.address;
    if (!address) return badRequest('Every attendee needs emailAddress.address.', 'ErrorInvalidRequest');
    const p = findPerson(db, address);
    out.push({ type: a.type ?? 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: { name: a.emailAddress?.name ?? p?.displayName ?? address, address: p?.mail ?? address } });
  }
  return out;
}

/**
 * Turns a POST/PATCH body into column changes. `current` is the event being patched (undefined on
 * create, where start and end are required).
 */
export function readEventBody(db: Db, body: Record<string, unknown>, current: EventRow | undefined): EventChanges | LocalResponse {
  for (const k of Object.keys(body)) {
    if (k.startsWith('@odata.')) continue;
    if (READ_ONLY.has(k)) return badRequest(`The property '${k}' is read-only and cannot be set.`, 'ErrorInvalidPropertyUpdateSentToServer');
    if (NOT_STORED.has(k)) return notImplemented(`the event property '${k}' on create or update`);
    if (!STORED.has(k)) return badRequest(`The property '${k}' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use property names that are defined by the type or mark the type as open type.`, 'RequestBodyRead');
  }
  const c: EventChanges = {};
  if (body.subject !== undefined) c.subject = String(body.subject ?? '');
  if (body.body !== undefined) {
    const b = body.body as { contentType?: string; content?: string };
    c.bodyType = (b?.contentType ?? 'html').toLowerCase() === 'text' ? 'text' : 'html';
    c.bodyContent = b?.content ?? '';
  }
  for (const name of ['start', 'end'] as const) {
    if (body[name] === undefined) {
      if (!current) return badRequest(`The event ${name} is required.`, 'ErrorInvalidRequest');
      continue;
    }
    const t = readTime(body[name], name);
    if ('status' in t) return t;
    if (name === 'start') {
      c.startUtc = t.utc;
      c.startZone = t.zone;
    } else {
      c.endUtc = t.utc;
      c.endZone = t.zone;
    }
  }
  const start = c.startUtc ?? current!.startUtc;
  const end = c.endUtc ?? current!.endUtc;
  if (end < start) return badRequest('The end time of the event must be later than its start time.', 'ErrorInvalidRequest');
  if (body.location !== undefined) c.location = String((body.location as { displayName?: string } | null)?.displayName ?? '');
  if (body.attendees !== undefined) {
    const a = readAttendees(db, body.attendees);
    if ('status' in a) return a;
    c.attendees = JSON.stringify(a);
  }
  if (body.categories !== undefined) {
    if (!Array.isArray(body.categories)) return badRequest('categories must be an array of strings.', 'ErrorInvalidRequest');
    c.categories = JSON.stringify(body.categories.map(String));
  }
  if (body.isAllDay !== undefined) c.isAllDay = body.isAllDay ? 1 : 0;
  if (body.isOnlineMeeting !== undefined) {
    c.isOnlineMeeting = body.isOnlineMeeting ? 1 : 0;
    c.joinUrl = body.isOnlineMeeting ? (current?.joinUrl ?? joinUrlFor()) : null;
  }
  if (body.recurrence !== undefined) {
    if (current && (current.type === 'occurrence' || current.type === 'exception')) return badRequest('The recurrence of an occurrence cannot be set.', 'ErrorInvalidRequest');
    if (body.recurrence === null) {
      c.recurrence = null;
      c.type = 'singleInstance';
    } else {
      c.type = 'seriesMaster';
      const r = body.recurrence as PatternedRecurrence;
      const problem = recurrenceProblem(r);
      if (problem) return /pattern '|range '/.test(problem) ? notImplemented(problem) : badRequest(problem, 'ErrorInvalidRequest');
      c.recurrence = JSON.stringify(normaliseRecurrence(r, c.startZone ?? current?.startZone ?? 'UTC', start));
    }
  }
  return c;
}
