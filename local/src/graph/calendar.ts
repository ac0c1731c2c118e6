/** calendarView and events of user and group calendars. */
import type { LocalRequest, LocalResponse } from '../http.ts';
import { graphError } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { findPerson } from '../directory.ts';
import { applySelect, badRequest, context, gjson, header, isResponse, noContent, notImplemented, option, page, parseJsonBody } from './protocol.ts';
import { route, type RouteFactory } from './router.ts';
import { parseDateTime } from './time.ts';
import { getGroup } from './groupsStore.ts';
import { groupNotFound } from './groups.ts';
import { calendarView, findEvent, insertEvent, listEvents, parseJson, type EventRow, type Owner } from './eventsStore.ts';
import { materializeException, updateEvent } from './eventsWrite.ts';
import { transaction } from '../store.ts';
import { eventResource, ownerAddress, preferenceApplied, viewOptions } from './eventsView.ts';
import { readEventBody } from './eventsInput.ts';
import type { PatternedRecurrence } from './recurrence.ts';

/** `me`, `users/{id}` (group 1) or `groups/{id}` (group 2). */
const CAL = '(?:me|users/([^/]+)|groups/([^/]+))(?:/calendar)?';

export const itemNotFound = () => graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** The calendar a route names: a group's when `groupId` is set, else the user's (`me` when no id). */
export function ownerOf(ctx: TenantContext, req: LocalRequest, userId: string | undefined, groupId?: string): Owner | LocalResponse {
  if (groupId) return getGroup(ctx.db, groupId) ? { kind: 'group', id: groupId } : groupNotFound(groupId);
  const p = findPerson(ctx.db, userId ?? req.user);
  if (!p) return graphError(404, 'ErrorInvalidUser', `The requested user '${userId ?? req.user}' is invalid.`);
  return { kind: 'user', id: p.id };
}

const fragment = (o: Owner) => `${o.kind === 'group' ? 'groups' : 'users'}('${o.id}')`;

/** The event `id` if it lives on `owner`'s calendar. */
export function eventOn(ctx: TenantContext, owner: Owner, id: string): EventRow | undefined {
  const e = findEvent(ctx.db, id);
  return e && e.ownerKind === owner.kind && e.ownerId === owner.id ? e : undefined;
}

const ORDER_KEYS: Record<string, (e: EventRow) => number | string> = {
  'start/datetime': (e) => e.startUtc,
  'end/datetime': (e) => e.endUtc,
  subject: (e) => e.subject.toLowerCase()
};

function ordered(req: LocalRequest, rows: EventRow[]): EventRow[] | LocalResponse {
  const orderby = option(req, '$orderby');
  if (!orderby) return rows;
  const keys: { f: (e: EventRow) => number | string; dir: number }[] = [];
  for (const part of orderby.split(',')) {
    const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const f = m && ORDER_KEYS[m[1].toLowerCase()];
    if (!f) return notImplemented(`$orderby '${orderby}' on events (start/dateTime, end/dateTime and subject are supported)`);
    keys.push({ f, dir: m[2]?.toLowerCase() === 'desc' ? -1 : 1 });
  }
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = k.f(a), y = k.f(b);
      if (x !== y) return (x < y ? -1 : 1) * k.dir;
    }
    return 0;
  });
}

function eventPage(ctx: TenantContext, req: LocalRequest, rows: EventRow[], frag: string): LocalResponse {
  const sorted = ordered(req, rows);
  if (isResponse(sorted)) return sorted;
  const p = page(req, sorted, { defaultTop: 10, maxTop: 1000, style: '$skip' });
  if (isResponse(p)) return p;
  const opts = viewOptions(req);
  return gjson(
    200,
    {
      '@odata.context': `${req.origin}/v1.0/$metadata#${frag}`,
      value: p.value.map((e) => applySelect(req, eventResource(ctx.db, e, opts))),
      ...(p.nextLink ? { '@odata.nextLink': p.nextLink } : {})
    },
    preferenceApplied(opts.applied)
  );
}

function window(req: LocalRequest): { from: number; to: number } | LocalResponse {
  const s = option(req, 'startDateTime');
  const e = option(req, 'endDateTime');
  if (!s || !e) return badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
  const from = parseDateTime(s);
  const to = parseDateTime(e);
  if (from === undefined) return badRequest(`The value '${s}' of parameter 'StartDateTime' is invalid.`, 'ErrorInvalidParameter');
  if (to === undefined) return badRequest(`The value '${e}' of parameter 'EndDateTime' is invalid.`, 'ErrorInvalidParameter');
  return { from, to };
}

function single(ctx: TenantContext, req: LocalRequest, e: EventRow, owner: Owner, status = 200): LocalResponse {
  const opts = viewOptions(req);
  return gjson(status, { '@odata.context': context(req, `${fragment(owner)}/events/$entity`), ...applySelect(req, eventResource(ctx.db, e, opts)) }, preferenceApplied(opts.applied));
}

function ifMatchFails(req: LocalRequest, e: EventRow): boolean {
  const im = header(req, 'if-match');
  if (!im || im === '*') return false;
  return im.replace(/^W\//, '').replace(/"/g, '') !== e.changeKey;
}

export const calendarRoutes: RouteFactory = (ctx) => [
  route('GET', `${CAL}/calendarView`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const w = window(req);
    if (isResponse(w)) return w;
    return eventPage(ctx, req, calendarView(ctx.db, owner, w.from, w.to), `${fragment(owner)}/calendarView`);
  }, ['$orderby']),
  route('GET', `${CAL}/events`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    return eventPage(ctx, req, listEvents(ctx.db, owner), `${fragment(owner)}/events`);
  }, ['$orderby']),
  route('GET', `${CAL}/events/([^/]+)/instances`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const master = eventOn(ctx, owner, m[3]);
    if (!master) return itemNotFound();
    const w = window(req);
    if (isResponse(w)) return w;
    const rows = calendarView(ctx.db, owner, w.from, w.to).filter((e) => e.id === master.id || e.seriesMasterId === master.id);
    return eventPage(ctx, req, rows, `${fragment(owner)}/events('${master.id}')/instances`);
  }, ['$orderby']),
  route('GET', `${CAL}/events/([^/]+)`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const e = eventOn(ctx, owner, m[3]);
    return e ? single(ctx, req, e, owner) : itemNotFound();
  }),
  route('POST', `${CAL}/events`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const body = parseJsonBody(req);
    if (isResponse(body)) return body;
    const c = readEventBody(ctx.db, body, undefined);
    if (isResponse(c)) return c;
    const organizer = ownerAddress(ctx.db, owner)!;
    const created = insertEvent(ctx.db, {
      owner,
      subject: c.subject ?? '',
      bodyType: c.bodyType,
      bodyContent: c.bodyContent,
      startUtc: c.startUtc!,
      endUtc: c.endUtc!,
      startZone: c.startZone,
      endZone: c.endZone,
      isAllDay: Boolean(c.isAllDay),
      organizer,
      attendees: c.attendees ? parseJson(c.attendees) : [],
      categories: c.categories ? parseJson(c.categories) : [],
      location: c.location,
      isOnlineMeeting: Boolean(c.isOnlineMeeting),
      recurrence: c.recurrence ? parseJson<PatternedRecurrence>(c.recurrence) : null
    });
    return single(ctx, req, findEvent(ctx.db, created.id)!, owner, 201);
  }),
  route('PATCH', `${CAL}/events/([^/]+)`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const e = eventOn(ctx, owner, m[3]);
    if (!e) return itemNotFound();
    if (ifMatchFails(req, e)) {
      return graphError(412, 'ErrorIrresolvableConflict', 'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.');
    }
    const body = parseJsonBody(req);
    if (isResponse(body)) return body;
    const c = readEventBody(ctx.db, body, e);
    if (isResponse(c)) return c;
    const target = e;
    const updated = transaction(ctx.db, () => updateEvent(ctx.db, target.type === 'occurrence' ? materializeException(ctx.db, target) : target, c));
    return single(ctx, req, updated, owner);
  }),
  route('DELETE', `${CAL}/events/([^/]+)`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1], m[2]);
    if (isResponse(owner)) return owner;
    const found = eventOn(ctx, owner, m[3]);
    if (!found) return itemNotFound();
    // Deleting an occurrence cancels it; the organizer deleting a meeting cancels the attendees' copies.
    transaction(ctx.db, () => {
      const e = found.type === 'occurrence' ? materializeException(ctx.db, found) : found;
      if (e.type === 'exception' || e.isOrganizer) updateEvent(ctx.db, e, { isCancelled: 1 });
      if (e.type !== 'exception') ctx.db.prepare('DELETE FROM graph_events WHERE id = ? OR (seriesMasterId = ? AND ownerId = ?)').run(e.id, e.id, e.ownerId);
    });
    return noContent();
  })
];
