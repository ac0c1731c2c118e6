/**
 * POST _api/$batch: multipart/mixed with changesets in, flat batchresponse parts out, exactly as
 * PnPjs' parser needs them (one part per inner request in order, a blank line after the status
 * headers even without a body, closing boundary plus newline). Changesets are not transactional
 * (as on SharePoint): each operation runs under its own savepoint and only a failing one is rolled
 * back; the whole batch commits once before the response is sent.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { LocalRequest, LocalResponse } from '../http.ts';
import { spError } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { transaction } from '../store.ts';
import { fail, SpFail } from './spErrors.ts';
import { invalidate } from './listCatalogue.ts';

interface InnerRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string): string | undefined {
  return /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)?.slice(1).find(Boolean);
}

function splitParts(text: string, boundary: string): string[] {
  const chunks = text.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?[ \\t]*\\r?$\\n?`, 'm'));
  // split with a capture group interleaves the captured "--"; keep only the content chunks between boundaries
  const parts: string[] = [];
  for (let i = 2; i < chunks.length; i += 2) {
    if (chunks[i - 1] === '--') break;
    parts.push(chunks[i]);
  }
  return parts;
}

function headBody(part: string): { headers: Record<string, string>; rest: string } {
  const m = /\r?\n\r?\n/.exec(part);
  const head = m ? part.slice(0, m.index) : part;
  const rest = m ? part.slice(m.index + m[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, rest };
}

function parseHttp(content: string): InnerRequest {
  const nl = content.search(/\r?\n/);
  const requestLine = (nl < 0 ? content : content.slice(0, nl)).trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/i.exec(requestLine);
  if (!m) throw fail.badRequest(`The batch request line '${requestLine}' is not valid.`);
  const { headers, rest } = headBody(nl < 0 ? '' : content.slice(nl).replace(/^\r?\n/, ''));
  return { method: m[1].toUpperCase(), url: m[2], headers, body: rest.replace(/(\r?\n)+$/, '') };
}

export function parseBatch(body: string, contentType: string): InnerRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw fail.badRequest('The $batch request needs a multipart/mixed Content-Type with a boundary.');
  const out: InnerRequest[] = [];
  for (const part of splitParts(body, boundary)) {
    const { headers, rest } = headBody(part);
    const type = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      const cs = boundaryOf(type);
      if (!cs) throw fail.badRequest('A changeset needs a boundary.');
      for (const op of splitParts(rest, cs)) out.push(parseHttp(headBody(op).rest));
    } else out.push(parseHttp(rest));
  }
  return out;
}

function partText(res: LocalResponse): string {
  const lines = [`HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? 'Unknown'}`];
  for (const [k, v] of Object.entries(res.headers ?? {})) {
    // PnPjs keeps a part header only if it splits into exactly two pieces on ':'.
    if (v.split(':').length === 1 && /^(content-type|etag)$/i.test(k)) lines.push(`${k.toUpperCase()}: ${v}`);
  }
  const body = res.body === undefined ? '' : Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.body;
  return `Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n${lines.join('\r\n')}\r\n\r\n${body ? `${body}\r\n` : ''}`;
}

export type Dispatch = (req: LocalRequest, apiPath: string) => LocalResponse;

export function runBatch(ctx: TenantContext, req: LocalRequest, dispatch: Dispatch): LocalResponse {
  const inner = parseBatch(req.body.toString('utf8'), String(req.headers['content-type'] ?? ''));
  const site = new URL('/sites/pmo/', req.origin);
  const responses = transaction(ctx.db, () =>
    inner.map((ir) => {
      const started = Date.now();
      const url = new URL(ir.url, site);
      const local: LocalRequest = { method: ir.method, url, headers: ir.headers, body: Buffer.from(ir.body, 'utf8'), origin: url.origin, user: req.user };
      const api = /^\/sites\/pmo\/_api(\/.*)?$/i.exec(url.pathname);
      let res: LocalResponse;
      ctx.db.exec('SAVEPOINT sp_batch_op');
      try {
        if (!api || url.origin !== req.origin) throw fail.badRequest(`A batch request must target the site of the batch: '${ir.url}'.`);
        if (/^\/(\$batch|contextinfo)\/?$/i.test(api[1] ?? '')) throw fail.badRequest(`'${url.pathname}' cannot be part of a batch.`);
        res = dispatch(local, api[1] ?? '');
      } catch (e) {
        res = e instanceof SpFail ? spError(local, e.status, e.code, e.message) : spError(local, 500, '-1, System.Exception', (e as Error).message);
      }
      if (res.status >= 400) {
        ctx.db.exec('ROLLBACK TO sp_batch_op');
        invalidate(ctx.db);
      }
      ctx.db.exec('RELEASE sp_batch_op');
      const bytesOut = res.body === undefined ? 0 : Buffer.byteLength(res.body);
      ctx.log.add({ at: started, method: ir.method, path: url.pathname + url.search, status: res.status, bytesIn: local.body.length, bytesOut, ms: Date.now() - started, user: req.user, inner: true });
      return res;
    })
  );
  const id = `batchresponse_${randomUUID()}`;
  const text = responses.map((r) => `--${id}\r\n${partText(r)}`).join('') + `--${id}--\r\n`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${id}` }, body: text };
}
