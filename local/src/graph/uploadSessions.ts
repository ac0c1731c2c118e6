/**
 * Upload sessions for event attachments of 3 MB and more (createUploadSession, then PUT byte ranges).
 * Wire format after https://learn.microsoft.com/graph/api/attachment-createuploadsession and
 * https://learn.microsoft.com/graph/outlook-large-attachments: POST …/attachments/createUploadSession with
 * { AttachmentItem: { attachmentType: 'file', name, size } } answers 201 with an uploadSession whose
 * uploadUrl is pre-authenticated (an outlook.office.com URL in Microsoft 365; here this origin's
 * /api/v2.0/… path); each PUT carries Content-Range, at most 4 MB, in order; the PUTs must NOT carry an
 * Authorization header (401). Intermediate PUTs answer 200 with nextExpectedRanges ["{next}-"]; the last
 * answers 201 with a Location naming the new attachment. DELETE on the uploadUrl cancels the session.
 */
import { graphError, type LocalRequest, type LocalResponse } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { badRequest, context, gjson, isResponse, noContent, parseJsonBody } from './protocol.ts';
import { route, type RouteFactory } from './router.ts';
import { eventOn, itemNotFound, ownerOf } from './calendar.ts';
import { MAX_INLINE_ATTACHMENT, storeAttachment } from './attachments.ts';

/** Largest attachment an upload session takes, and the largest range one PUT may carry. */
const MAX_SESSION_ATTACHMENT = 150 * 1024 * 1024;
const MAX_RANGE = 4 * 1024 * 1024;
const SESSION_MINUTES = 15;
export const UPLOAD_PREFIX = '/api/v2.0/';

interface Session {
  id: string;
  token: string;
  userId: string;
  eventId: string;
  name: string;
  contentType: string;
  size: number;
  chunks: Buffer[];
  received: number;
  expires: number;
}

const expiry = (s: Session) => new Date(s.expires).toISOString();

export function uploadSessionRoutes(ctx: TenantContext, sessions: Map<string, Session>): ReturnType<RouteFactory> {
  return [
    route('POST', '(?:me|users/([^/]+))(?:/calendar)?/events/([^/]+)/attachments/(?:microsoft\\.graph\\.)?createUploadSession', (req, m) => {
      const owner = ownerOf(ctx, req, m[1]);
      if (isResponse(owner)) return owner;
      const event = eventOn(ctx, owner, m[2]);
      if (!event) return itemNotFound();
      const body = parseJsonBody(req);
      if (isResponse(body)) return body;
      const item = body.AttachmentItem as { attachmentType?: string; name?: string; size?: number; contentType?: string } | undefined;
      if (!item || typeof item !== 'object') return badRequest("The parameter 'AttachmentItem' is missing.", 'ErrorInvalidRequest');
      if (item.attachmentType !== 'file') return badRequest("Only attachmentType 'file' can be uploaded in a session.", 'ErrorInvalidRequest');
      if (typeof item.name !== 'string' || !item.name) return badRequest('The attachment name is required.', 'ErrorInvalidRequest');
      if (typeof item.size !== 'number' || !Number.isInteger(item.size) || item.size <= 0) return badRequest('The attachment size is required.', 'ErrorInvalidRequest');
      if (item.size > MAX_SESSION_ATTACHMENT) return graphError(413, 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', 'Attachments over 150 MB cannot be uploaded.');
      const s: Session = {
        id: crypto.randomUUID(),
        token: crypto.randomUUID().replace(/-/g, ''),
        userId: owner.id,
        eventId: event.id,
        name: item.name,
        contentType: typeof item.contentType === 'string' && item.contentType ? item.contentType : 'application/octet-stream',
        size: item.size,
        chunks: [],
        received: 0,
        expires: Date.now() + SESSION_MINUTES * 60000
      };
      sessions.set(s.id, s);
      const uploadUrl = `${req.origin}${UPLOAD_PREFIX}Users('${owner.id}')/Events('${event.id}')/AttachmentSessions('${s.id}')?authtoken=${s.token}`;
      return gjson(201, { '@odata.context': context(req, 'microsoft.graph.uploadSession'), uploadUrl, expirationDateTime: expiry(s), nextExpectedRanges: ['0-'] });
    })
  ];
}

const SESSION_PATH = /^\/api\/v2\.0\/Users\('([^']+)'\)\/Events\('([^']+)'\)\/AttachmentSessions\('([^']+)'\)$/;

/** The handler of the pre-authenticated upload URLs (PUT a range, DELETE to cancel). */
export function uploadUrlHandler(ctx: TenantContext, sessions: Map<string, Session>) {
  return (req: LocalRequest): LocalResponse | undefined => {
    if (!req.url.pathname.startsWith(UPLOAD_PREFIX)) return undefined;
    const m = SESSION_PATH.exec(decodeURIComponent(req.url.pathname));
    const s = m ? sessions.get(m[3]) : undefined;
    if (!m || !s || s.token !== req.url.searchParams.get('authtoken') || s.eventId !== m[2]) return itemNotFound();
    if (s.expires < Date.now()) {
      sessions.delete(s.id);
      return graphError(404, 'ErrorItemNotFound', 'The upload session has expired.');
    }
    // The URL carries its own token; Outlook refuses a second credential.
    if (req.headers.authorization) return graphError(401, 'InvalidAuthenticationToken', 'Do not send an Authorization header with the upload URL: it is pre-authenticated.');
    if (req.method === 'DELETE') {
      sessions.delete(s.id);
      return noContent();
    }
    if (req.method !== 'PUT') return graphError(405, 'ErrorInvalidRequest', `${req.method} is not allowed on an upload URL.`);
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    if (!range) return badRequest('The Content-Range header is missing or malformed (bytes start-end/total).', 'ErrorInvalidRequest');
    const [from, to, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (total !== s.size) return badRequest(`The total size ${total} does not match the session's ${s.size} bytes.`, 'ErrorInvalidRequest');
    if (from !== s.received) return graphError(416, 'ErrorInvalidRange', `The next expected range starts at ${s.received}.`);
    if (to < from || to >= total || to - from + 1 !== req.body.length) return badRequest('The Content-Range does not match the body.', 'ErrorInvalidRequest');
    if (req.body.length > MAX_RANGE) return graphError(413, 'ErrorRequestEntityTooLarge', 'One PUT may carry at most 4 MB.');
    s.chunks.push(req.body);
    s.received = to + 1;
    s.expires = Date.now() + SESSION_MINUTES * 60000;
    if (s.received < s.size) return gjson(200, { expirationDateTime: expiry(s), nextExpectedRanges: [`${s.received}-`] });
    sessions.delete(s.id);
    const owner = { kind: 'user' as const, id: s.userId };
    const event = eventOn(ctx, owner, s.eventId);
    if (!event) return itemNotFound();
    const stored = storeAttachment(ctx, event, { name: s.name, contentType: s.contentType, bytes: Buffer.concat(s.chunks), isInline: false });
    return { status: 201, headers: { Location: `${req.origin}${UPLOAD_PREFIX}Users('${s.userId}')/Events('${stored.eventId}')/Attachments('${stored.id}')`, 'Content-Length': '0' } };
  };
}

export { MAX_INLINE_ATTACHMENT };
export type { Session as UploadSession };
