/**
 * Teams online meetings and their transcripts, as Graph v1.0 serves them to a delegated caller:
 * - `GET /me/onlineMeetings?$filter=JoinWebUrl eq '{url-encoded joinWebUrl}'` answers a collection with the
 *   one meeting of that join URL (learn.microsoft.com/graph/api/onlinemeeting-get, example 3: "joinWebUrl must be
 *   URL encoded"); listing without that filter is not supported (Q&A 1669186: only id, joinWebUrl or
 *   joinMeetingId). Only the organizer finds it: an attendee's filter is refused 403 Forbidden
 *   (microsoft-graph-docs-contrib#436, microsoft-graph-docs#16776). A URL of no meeting gives an empty collection.
 * - `GET /me/onlineMeetings/{id}`: the organizer's meeting; someone else's is 404 "Organizer Id mismatch User
 *   Id: …" (microsoft-graph-docs#10770), an unknown id 404 NotFound.
 * - `GET /me/onlineMeetings/{id}/transcripts`: the callTranscript collection (onlinemeeting-list-transcripts,
 *   callTranscript resource: id, meetingId, callId, contentCorrelationId, transcriptContentUrl, createdDateTime,
 *   endDateTime, meetingOrganizer); no OData options.
 * - `GET …/transcripts/{tid}` and `…/transcripts/{tid}/content` (text/vtt, also with `$format=text/vtt`;
 *   calltranscript-get examples 1-3; the docx format is deprecated, so any other $format is 400).
 * A recurring meeting has one join URL and one online meeting: every occurrence's transcript is listed under
 * it, told apart by time. Which scopes the routes need (OnlineMeetings.Read, OnlineMeetingTranscript.Read.All;
 * without them 403 Forbidden with an empty message) is consent.ts's. Where the online meeting's organizer
 * comes from: a user calendar's event is organized by its owner; a group calendar's event needs
 * `addOnlineMeeting` (Graph shows the group as the event's organizer, but Teams knows who scheduled it).
 */
import type { LocalRequest, LocalResponse } from '../http.ts';
import type { Db } from '../store.ts';
import { findPerson, type Person } from '../directory.ts';
import { badRequest, collection, context, gjson, notFound, option } from './protocol.ts';
import { route, USER, type RouteFactory } from './router.ts';
import { graphError } from '../http.ts';

export interface OnlineMeetingRow {
  id: string;
  joinUrl: string;
  organizerId: string;
  subject: string;
  startUtc: number;
  endUtc: number;
  createdDateTime: string;
}

interface TranscriptRow {
  id: string;
  meetingId: string;
  callId: string;
  contentCorrelationId: string;
  createdDateTime: string;
  endDateTime: string;
  content: string;
}

const forbidden = (message = '') => graphError(403, 'Forbidden', message);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

/** Thread id of a Teams join URL (`19%3ameeting_…%40thread.v2` → `19:meeting_…@thread.v2`). */
function threadOf(joinUrl: string): string {
  const m = /meetup-join\/([^/]+)/.exec(joinUrl);
  try {
    return m ? decodeURIComponent(m[1]) : joinUrl;
  } catch {
    return m ? m[1] : joinUrl;
  }
}

/** Graph's online meeting ids are base64 of `1*{organizer oid}*0**{thread id}` (url-safe here, so they route). */
export function onlineMeetingId(organizerId: string, joinUrl: string): string {
  return Buffer.from(`1*${organizerId}*0**${threadOf(joinUrl)}`, 'utf8').toString('base64url');
}

/** The online meeting of a join URL: a registered one, else the one a user calendar's organizer event implies. */
export function findOnlineMeeting(db: Db, joinUrl: string): OnlineMeetingRow | undefined {
  const kept = db.prepare('SELECT * FROM graph_online_meetings WHERE joinUrl = ?').get(joinUrl) as OnlineMeetingRow | undefined;
  if (kept) return kept;
  const e = db
    .prepare("SELECT ownerId, subject, startUtc, endUtc, createdDateTime FROM graph_events WHERE joinUrl = ? AND ownerKind = 'user' AND isOrganizer = 1 AND type IN ('singleInstance', 'seriesMaster') LIMIT 1")
    .get(joinUrl) as { ownerId: string; subject: string; startUtc: number; endUtc: number; createdDateTime: string } | undefined;
  if (!e) return undefined;
  return { id: onlineMeetingId(e.ownerId, joinUrl), joinUrl, organizerId: e.ownerId, subject: e.subject, startUtc: e.startUtc, endUtc: e.endUtc, createdDateTime: e.createdDateTime };
}

function meetingById(db: Db, id: string): OnlineMeetingRow | undefined {
  const kept = db.prepare('SELECT * FROM graph_online_meetings WHERE id = ?').get(id) as OnlineMeetingRow | undefined;
  if (kept) return kept;
  let decoded = '';
  try {
    decoded = Buffer.from(id, 'base64url').toString('utf8');
  } catch {
    return undefined;
  }
  const m = /^1\*([^*]+)\*0\*\*(.+)$/.exec(decoded);
  if (!m) return undefined;
  const thread = encodeURIComponent(m[2]).replace(/%3A/g, '%3a');
  const row = db.prepare("SELECT joinUrl FROM graph_events WHERE joinUrl LIKE ? AND ownerKind = 'user' AND ownerId = ? AND isOrganizer = 1 LIMIT 1").get(`%${thread}%`, m[1]) as { joinUrl: string } | undefined;
  const found = row ? findOnlineMeeting(db, row.joinUrl) : undefined;
  return found && found.id === id ? found : undefined;
}

function identity(p: Person | undefined, id: string) {
  return { user: { id, displayName: p?.displayName ?? null, tenantId: TENANT_ID, identityProvider: 'AAD' } };
}

/** A stable 12-digit meeting id (what people type to join by phone or id). */
function joinMeetingIdOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 1e12;
  return String(h).padStart(12, '1');
}

const TENANT_ID = '0c0a3e1f-0000-4000-8000-00000000c0de';

function meetingResource(db: Db, m: OnlineMeetingRow): Record<string, unknown> {
  const organizer = findPerson(db, m.organizerId);
  return {
    id: m.id,
    creationDateTime: m.createdDateTime,
    startDateTime: iso(m.startUtc),
    endDateTime: iso(m.endUtc),
    joinWebUrl: m.joinUrl,
    subject: m.subject,
    isEntryExitAnnounced: true,
    allowedPresenters: 'everyone',
    videoTeleconferenceId: null,
    participants: {
      organizer: { upn: organizer?.userPrincipalName ?? null, role: 'presenter', identity: identity(organizer, m.organizerId) },
      attendees: [],
      producers: [],
      contributors: []
    },
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    joinMeetingIdSettings: { isPasscodeRequired: false, joinMeetingId: joinMeetingIdOf(m.id), passcode: null }
  };
}

function transcriptResource(req: LocalRequest, db: Db, t: TranscriptRow, m: OnlineMeetingRow, userSegment: string): Record<string, unknown> {
  return {
    id: t.id,
    meetingId: t.meetingId,
    callId: t.callId,
    contentCorrelationId: t.contentCorrelationId,
    transcriptContentUrl: `${req.origin}/v1.0/${userSegment}/onlineMeetings/${t.meetingId}/transcripts/${t.id}/content`,
    createdDateTime: t.createdDateTime,
    endDateTime: t.endDateTime,
    meetingOrganizer: {
      application: null,
      device: null,
      user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: m.organizerId, displayName: null, userIdentityType: 'aadUser', tenantId: TENANT_ID }
    }
  };
}

/**
 * `JoinWebUrl eq '…'` (property name in any case, '' escapes a quote) → the join URL; else the error. The URL
 * must be URL-encoded inside the query, so the one decoding of the query string gives it back; an URL sent
 * as is (its `%3a` decoded to `:`) matches no meeting.
 */
function joinUrlFilter(filter: string): string | LocalResponse {
  const m = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  if (!m) return badRequest(`Invalid filter clause: '${filter}'. Only JoinWebUrl eq '{joinWebUrl}' is supported.`);
  if (m[1].toLowerCase() !== 'joinweburl') return badRequest(`The query specified in the URI is not valid. Could not find a property named '${m[1]}' on type 'microsoft.graph.onlineMeeting'.`);
  return m[2].replace(/''/g, "'");
}

export const onlineMeetingRoutes: RouteFactory = (ctx) => {
  const db = ctx.db;
  const me = (req: LocalRequest, m: RegExpExecArray) => findPerson(db, m[1] ?? req.user);
  const segment = (req: LocalRequest, m: RegExpExecArray) => (m[1] ? `users/${m[1]}` : 'me');
  /** The caller's own online meeting by id, or the error Graph answers. */
  const own = (req: LocalRequest, m: RegExpExecArray): OnlineMeetingRow | LocalResponse => {
    const caller = me(req, m);
    const meeting = meetingById(db, m[2]);
    if (!meeting) return notFound(`Meeting ${m[2]} not found.`, 'NotFound');
    if (!caller || caller.id !== meeting.organizerId) return notFound(`Organizer Id mismatch User Id: ${caller?.id ?? ''}.`, 'NotFound');
    return meeting;
  };
  const transcripts = (meetingId: string) =>
    db.prepare('SELECT * FROM graph_transcripts WHERE meetingId = ? ORDER BY createdDateTime').all(meetingId) as unknown as TranscriptRow[];
  const transcript = (req: LocalRequest, m: RegExpExecArray): { t: TranscriptRow; meeting: OnlineMeetingRow } | LocalResponse => {
    const meeting = own(req, m);
    if ('status' in meeting) return meeting;
    const t = transcripts(meeting.id).find((x) => x.id === m[3]);
    return t ? { t, meeting } : notFound(`Transcript ${m[3]} not found.`, 'NotFound');
  };

  return [
    route(
      'GET',
      `${USER}/onlineMeetings`,
      (req, m) => {
        const filter = option(req, '$filter');
        if (filter === undefined) return badRequest('This API requires a filter: JoinWebUrl, joinMeetingIdSettings/joinMeetingId or VideoTeleconferenceId.');
        const url = joinUrlFilter(filter);
        if (typeof url !== 'string') return url;
        const meeting = findOnlineMeeting(db, url);
        const caller = me(req, m);
        if (meeting && caller?.id !== meeting.organizerId) return forbidden();
        return collection(req, `${m[1] ? `users('${m[1]}')` : `users('${caller?.id ?? ''}')`}/onlineMeetings`, { value: meeting ? [meetingResource(db, meeting)] : [] });
      },
      ['$filter']
    ),
    route('GET', `${USER}/onlineMeetings/([^/]+)`, (req, m) => {
      const meeting = own(req, m);
      if ('status' in meeting) return meeting;
      return gjson(200, { '@odata.context': context(req, `users('${meeting.organizerId}')/onlineMeetings/$entity`), ...meetingResource(db, meeting) });
    }),
    route('GET', `${USER}/onlineMeetings/([^/]+)/transcripts`, (req, m) => {
      const meeting = own(req, m);
      if ('status' in meeting) return meeting;
      const value = transcripts(meeting.id).map((t) => transcriptResource(req, db, t, meeting, segment(req, m)));
      return collection(req, `users('${meeting.organizerId}')/onlineMeetings('${meeting.id}')/transcripts`, { value }, { '@odata.count': value.length });
    }),
    route('GET', `${USER}/onlineMeetings/([^/]+)/transcripts/([^/]+)`, (req, m) => {
      const found = transcript(req, m);
      if ('status' in found) return found;
      return gjson(200, {
        '@odata.context': context(req, `users('${found.meeting.organizerId}')/onlineMeetings('${found.meeting.id}')/transcripts/$entity`),
        ...transcriptResource(req, db, found.t, found.meeting, segment(req, m))
      });
    }),
    route('GET', `${USER}/onlineMeetings/([^/]+)/transcripts/([^/]+)/content`, (req, m) => {
      const format = option(req, '$format');
      if (format !== undefined && format.toLowerCase() !== 'text/vtt') return badRequest(`Unsupported $format '${format}': transcripts are served as text/vtt.`);
      const found = transcript(req, m);
      if ('status' in found) return found;
      return { status: 200, headers: { 'Content-Type': 'text/vtt', 'Cache-Control': 'no-cache' }, body: found.t.content };
    })
  ];
};

export interface NewTranscript {
  /** The join URL of the meeting (an event's onlineMeeting.joinUrl). */
  joinUrl: string;
  /** WebVTT text as Teams writes it. */
  content: string;
  /** When the transcription started and ended (ISO). */
  createdDateTime: string;
  endDateTime: string;
}

/**
 * Adds a transcript to the online meeting of a join URL. The meeting is found as the routes find it,
 * or registered with `organizerId` (needed for group calendar events).
 * @returns the transcript id.
 */
export function addTranscript(db: Db, t: NewTranscript, organizerId?: string): string {
  const meeting = findOnlineMeeting(db, t.joinUrl) ?? (organizerId ? addOnlineMeeting(db, { joinUrl: t.joinUrl, organizerId }) : undefined);
  if (!meeting) throw new Error(`No online meeting with join URL '${t.joinUrl}' (give the organizer for a group calendar's event)`);
  const id = Buffer.from(`1##0##${crypto.randomUUID()}`, 'utf8').toString('base64');
  db.prepare('INSERT INTO graph_transcripts (id, meetingId, callId, contentCorrelationId, createdDateTime, endDateTime, content) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    meeting.id,
    crypto.randomUUID(),
    crypto.randomUUID(),
    iso(Date.parse(t.createdDateTime)),
    iso(Date.parse(t.endDateTime)),
    t.content
  );
  return id;
}

/** Registers who organized the Teams meeting of a join URL (group calendar events); returns the meeting. */
export function addOnlineMeeting(db: Db, m: { joinUrl: string; organizerId: string }): OnlineMeetingRow {
  const p = findPerson(db, m.organizerId);
  if (!p) throw new Error(`Unknown person '${m.organizerId}'`);
  const e = db.prepare('SELECT subject, startUtc, endUtc, createdDateTime FROM graph_events WHERE joinUrl = ? ORDER BY isOrganizer DESC LIMIT 1').get(m.joinUrl) as
    | { subject: string; startUtc: number; endUtc: number; createdDateTime: string }
    | undefined;
  if (!e) throw new Error(`No event has the join URL '${m.joinUrl}'`);
  const row: OnlineMeetingRow = { id: onlineMeetingId(p.id, m.joinUrl), joinUrl: m.joinUrl, organizerId: p.id, subject: e.subject, startUtc: e.startUtc, endUtc: e.endUtc, createdDateTime: e.createdDateTime };
  db.prepare('INSERT OR REPLACE INTO graph_online_meetings (id, joinUrl, organizerId, subject, startUtc, endUtc, createdDateTime) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.id, row.joinUrl, row.organizerId, row.subject, row.startUtc, row.endUtc, row.createdDateTime
  );
  return row;
}
