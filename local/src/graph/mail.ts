/** POST /me/sendMail (202, nothing is delivered: every message lands in the outbox), and the outbox control routes. */
import { graphError, json, type LocalResponse } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { findPerson } from '../directory.ts';
import { badRequest, isResponse, parseJsonBody } from './protocol.ts';
import { route, type RouteFactory } from './router.ts';
import { transaction } from '../store.ts';

/** Graph's request size cap for sendMail; bigger messages need a draft and an upload session. */
const MAX_SEND_MAIL = 4 * 1024 * 1024;

interface Recipient { emailAddress?: { address?: string; name?: string } }
interface Message {
  subject?: string;
  body?: { contentType?: string; content?: string };
  toRecipients?: Recipient[];
  ccRecipients?: Recipient[];
  bccRecipients?: Recipient[];
  attachments?: { '@odata.type'?: string; name?: string; contentType?: string; contentBytes?: string }[];
}

export interface OutboxEntry {
  id: number;
  sentAt: string;
  from: { name: string; address: string };
  subject: string;
  body: { contentType: string; content: string };
  to: string[];
  cc: string[];
  bcc: string[];
  attachments: { name: string; contentType: string; size: number }[];
  saveToSentItems: boolean;
  /** The message exactly as posted. */
  message: Message;
}

const addresses = (r: Recipient[] | undefined) => (r ?? []).map((x) => x.emailAddress?.address ?? '').filter(Boolean);

export function listOutbox(ctx: TenantContext): OutboxEntry[] {
  const rows = ctx.db.prepare('SELECT * FROM graph_outbox ORDER BY seq').all() as { seq: number; sentAt: string; sender: string; message: string; saveToSentItems: number }[];
  return rows.map((r) => {
    const m = JSON.parse(r.message) as Message;
    const p = findPerson(ctx.db, r.sender);
    return {
      id: r.seq,
      sentAt: r.sentAt,
      from: { name: p?.displayName ?? r.sender, address: p?.mail ?? r.sender },
      subject: m.subject ?? '',
      body: { contentType: m.body?.contentType ?? 'text', content: m.body?.content ?? '' },
      to: addresses(m.toRecipients),
      cc: addresses(m.ccRecipients),
      bcc: addresses(m.bccRecipients),
      attachments: (m.attachments ?? []).map((a) => ({ name: a.name ?? '', contentType: a.contentType ?? 'application/octet-stream', size: Buffer.from(a.contentBytes ?? '', 'base64').length })),
      saveToSentItems: Boolean(r.saveToSentItems),
      message: m
    };
  });
}

export function registerOutbox(ctx: TenantContext): void {
  ctx.control.set('GET /__pmo/outbox', () => json(200, listOutbox(ctx)));
  ctx.control.set('DELETE /__pmo/outbox', () => {
    ctx.db.exec('DELETE FROM graph_outbox');
    return { status: 204 };
  });
}

export const mailRoutes: RouteFactory = (ctx) => [
  route('POST', '(?:me|users/([^/]+))/sendMail', (req, m): LocalResponse => {
    const me = findPerson(ctx.db, req.user);
    const sender = m[1] ? findPerson(ctx.db, m[1]) : me;
    if (!sender) return graphError(404, 'ErrorInvalidUser', `The requested user '${m[1]}' is invalid.`);
    if (sender.id !== me?.id) return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    if (req.body.length > MAX_SEND_MAIL) return graphError(413, 'ErrorRequestEntityTooLarge', 'The request exceeds the 4 MB limit of sendMail; create a draft and upload attachments instead.');
    const body = parseJsonBody(req);
    if (isResponse(body)) return body;
    const message = body.message as Message | undefined;
    if (!message || typeof message !== 'object') return badRequest('The message is required.', 'ErrorInvalidRequest');
    const all = [...addresses(message.toRecipients), ...addresses(message.ccRecipients), ...addresses(message.bccRecipients)];
    if (!all.length) return badRequest('At least one recipient is not valid., Recipient is missing.', 'ErrorInvalidRecipients');
    if (all.some((a) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a))) return badRequest('At least one recipient is not valid.', 'ErrorInvalidRecipients');
    transaction(ctx.db, () => {
      ctx.db
        .prepare('INSERT INTO graph_outbox (sentAt, sender, message, saveToSentItems) VALUES (?, ?, ?, ?)')
        .run(new Date().toISOString(), sender.mail, JSON.stringify(message), body.saveToSentItems === false ? 0 : 1);
    });
    return { status: 202, headers: {} };
  })
];
