/**
 * File attachments of events in user calendars (POST < 3 MB, list, get, delete). Events in group
 * calendars do not take attachments in Graph, so those routes answer with an error.
 */
import { graphError } from '../http.ts';
import { applySelect, badRequest, collection, context, gjson, isResponse, noContent, notImplemented, parseJsonBody } from './protocol.ts';
import { route, type RouteFactory } from './router.ts';
import { attachmentId } from './ids.ts';
import { eventOn, itemNotFound, ownerOf } from './calendar.ts';
import type { EventRow, Owner } from './eventsStore.ts';
import type { TenantContext } from '../server.ts';
import { materializeException, touchEvent } from './eventsWrite.ts';
import { transaction } from '../store.ts';

/** Largest attachment one POST may carry: anything of 3 MB or more needs an upload session. */
export const MAX_INLINE_ATTACHMENT = 3 * 1024 * 1024;

const USER_EVENT = '(?:me|users/([^/]+))(?:/calendar)?/events/([^/]+)/attachments';
const GROUP_EVENT = 'groups/([^/]+)(?:/calendar)?/events/([^/]+)/attachments(?:/[^/]+)?';

export interface AttachmentRow {
  id: string;
  eventId: string;
  name: string;
  contentType: string;
  size: number;
  isInline: number;
  contentBytes: string;
  lastModifiedDateTime: string;
}

function resource(a: AttachmentRow): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.fileAttachment',
    '@odata.mediaContentType': a.contentType,
    id: a.id,
    lastModifiedDateTime: a.lastModifiedDateTime,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: Boolean(a.isInline),
    contentId: null,
    contentLocation: null,
    contentBytes: a.contentBytes
  };
}

const frag = (o: Owner, eventId: string) => `users('${o.id}')/events('${eventId}')/attachments`;

const groupRefusal = () =>
  graphError(400, 'ErrorInvalidRequest', 'Attachments are not supported on events in group calendars. Attach to the event in a user calendar, or share a link instead.');

/**
 * Stores a file attachment on an event (an occurrence becomes an exception first, as any change to an
 * occurrence does) and bumps the event's change key. Shared by the POST and the upload sessions.
 */
export function storeAttachment(ctx: TenantContext, target: EventRow, a: { name: string; contentType: string; bytes: Buffer; isInline: boolean }): AttachmentRow {
  const row: AttachmentRow = {
    id: attachmentId(),
    eventId: target.id,
    name: a.name,
    contentType: a.contentType || 'application/octet-stream',
    size: a.bytes.length,
    isInline: a.isInline ? 1 : 0,
    contentBytes: a.bytes.toString('base64'),
    lastModifiedDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  };
  transaction(ctx.db, () => {
    if (target.type === 'occurrence') row.eventId = materializeException(ctx.db, target).id;
    ctx.db
      .prepare('INSERT INTO graph_attachments (id, eventId, name, contentType, size, isInline, contentBytes, lastModifiedDateTime) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.eventId, row.name, row.contentType, row.size, row.isInline, row.contentBytes, row.lastModifiedDateTime);
    touchEvent(ctx.db, row.eventId);
  });
  return row;
}

export const attachmentRoutes: RouteFactory = (ctx) => [
  route('POST', GROUP_EVENT, groupRefusal),
  route('GET', GROUP_EVENT, groupRefusal),
  route('POST', USER_EVENT, (req, m) => {
    const owner = ownerOf(ctx, req, m[1]);
    if (isResponse(owner)) return owner;
    const target = eventOn(ctx, owner, m[2]);
    if (!target) return itemNotFound();
    const body = parseJsonBody(req);
    if (isResponse(body)) return body;
    const type = body['@odata.type'];
    if (type === undefined) return graphError(422, 'UnableToDeserializePostBody', "Cannot process input of abstract type 'Microsoft.OutlookServices.Attachment'");
    if (type === '#microsoft.graph.itemAttachment' || type === '#microsoft.graph.referenceAttachment') return notImplemented(`${type} on events`);
    if (type !== '#microsoft.graph.fileAttachment') return badRequest(`Unknown attachment type '${String(type)}'.`, 'ErrorInvalidRequest');
    if (typeof body.name !== 'string' || !body.name) return badRequest('The attachment name is required.', 'ErrorInvalidRequest');
    if (typeof body.contentBytes !== 'string' || !/^[A-Za-z0-9+/\r\n]*={0,2}$/.test(body.contentBytes)) {
      return badRequest('contentBytes must be a base64 string.', 'ErrorInvalidRequest');
    }
    const bytes = Buffer.from(body.contentBytes, 'base64');
    if (bytes.length >= MAX_INLINE_ATTACHMENT) {
      return graphError(413, 'ErrorRequestEntityTooLarge', `The attachment is ${bytes.length} bytes; attachments of 3 MB or more must be uploaded with createUploadSession.`);
    }
    const row = storeAttachment(ctx, target, { name: body.name, contentType: typeof body.contentType === 'string' ? body.contentType : '', bytes, isInline: Boolean(body.isInline) });
    return gjson(201, { '@odata.context': context(req, `${frag(owner, row.eventId)}/$entity`), ...resource(row) }, { Location: `${req.origin}/v1.0/${frag(owner, row.eventId)}('${row.id}')` });
  }),
  route('GET', USER_EVENT, (req, m) => {
    const owner = ownerOf(ctx, req, m[1]);
    if (isResponse(owner)) return owner;
    const event = eventOn(ctx, owner, m[2]);
    if (!event) return itemNotFound();
    const id = event.type === 'occurrence' ? event.seriesMasterId! : event.id;
    const rows = ctx.db.prepare('SELECT * FROM graph_attachments WHERE eventId = ? ORDER BY seq').all(id) as unknown as AttachmentRow[];
    return collection(req, frag(owner, event.id), { value: rows.map((a) => applySelect(req, resource(a))) });
  }),
  route('GET', `${USER_EVENT}/([^/]+)`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1]);
    if (isResponse(owner)) return owner;
    const event = eventOn(ctx, owner, m[2]);
    const a = event && (ctx.db.prepare('SELECT * FROM graph_attachments WHERE id = ? AND eventId IN (?, ?)').get(m[3], event.id, event.seriesMasterId ?? '') as AttachmentRow | undefined);
    if (!a) return itemNotFound();
    return gjson(200, { '@odata.context': context(req, `${frag(owner, event!.id)}/$entity`), ...applySelect(req, resource(a)) });
  }),
  route('DELETE', `${USER_EVENT}/([^/]+)`, (req, m) => {
    const owner = ownerOf(ctx, req, m[1]);
    if (isResponse(owner)) return owner;
    const event = eventOn(ctx, owner, m[2]);
    if (!event) return itemNotFound();
    const done = transaction(ctx.db, () => {
      const r = ctx.db.prepare('DELETE FROM graph_attachments WHERE id = ? AND eventId = ?').run(m[3], event.id);
      if (r.changes) touchEvent(ctx.db, event.id);
      return r.changes > 0;
    });
    return done ? noContent() : itemNotFound();
  })
];
