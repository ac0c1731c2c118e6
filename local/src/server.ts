/**
 * The local tenant's HTTPS server: one loopback port for SharePoint REST (/sites/pmo/_api/),
 * Microsoft Graph (/v1.0/), the control endpoints (/__pmo/) and the local PMO page (/).
 */
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Faults, type FaultConfig } from './faults.ts';
import { RequestLog } from './log.ts';
import { graphError, json, spError, text, type Handler, type LocalRequest, type LocalResponse } from './http.ts';
import type { Db } from './store.ts';
import { findPerson, listPeople } from './directory.ts';
import { bodyLimitOf, checkHost, checkOrigin, forbidden, headBytes, headTooLarge, MAX_HEAD_BYTES, misdirected, PARSER_HEAD_BYTES, parserRefusal, tooLarge } from './requestGuard.ts';

export const SITE_PATH = '/sites/pmo';
/** Who the local tenant acts as when a request names nobody: the PMO manager of the demo. */
export const DEFAULT_USER = 'pmo.manager@contoso.com';

export interface TenantContext {
  db: Db;
  log: RequestLog;
  faults: Faults;
  /** Control routes modules add (e.g. GET /__pmo/outbox). */
  control: Map<string, Handler>;
  /** Restores the demo data (set by main.ts). */
  reset?: () => Promise<void>;
}

export interface LocalTenantOptions {
  host?: string;
  port: number;
  key: string;
  cert: string;
  ctx: TenantContext;
  /** Tried in order; the first that returns a response wins. */
  handlers: Handler[];
}

function resolveUser(req: IncomingMessage, db: Db): string {
  const auth = String(req.headers.authorization ?? '');
  const bearer = /^Bearer\s+(\S+@\S+)$/i.exec(auth)?.[1];
  if (bearer && findPerson(db, bearer)) return bearer;
  const cookie = /(?:^|;\s*)pmo_user=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
  if (cookie && findPerson(db, decodeURIComponent(cookie))) return decodeURIComponent(cookie);
  const header = String(req.headers['x-pmo-user'] ?? '');
  if (header && findPerson(db, header)) return header;
  return DEFAULT_USER;
}

/**
 * Reads the body, keeping at most `limit` bytes: past it the rest is drained (so the client can read the
 * 413 instead of a reset connection) and the result is undefined.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

/** Host, Origin and body size checks (requestGuard.ts) → the request's body and normalised host, or the refusal. */
async function admit(req: IncomingMessage, port: number): Promise<{ body: Buffer; host: string } | { refused: LocalResponse }> {
  const pathname = (req.url ?? '/').split('?')[0];
  const limit = bodyLimitOf(pathname);
  const host = checkHost(req.headers.host, port);
  const denied = host.ok ? checkOrigin(req.headers, host.host) : undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  const headTooBig = headBytes(req.method ?? '', req.url ?? '', req.rawHeaders) > MAX_HEAD_BYTES;
  const body = await readBody(req, headTooBig || !host.ok || denied || declared > limit ? 0 : limit);
  if (headTooBig) return { refused: headTooLarge(pathname, req.headers) };
  if (!host.ok) return { refused: misdirected(pathname, req.headers, host.status, host.message) };
  if (denied) return { refused: forbidden(pathname, req.headers, denied) };
  if (!body) return { refused: tooLarge(pathname, req.headers, limit) };
  return { body, host: host.host };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function controlHandler(ctx: TenantContext): Handler {
  return async (req) => {
    const p = req.url.pathname;
    if (!p.startsWith('/__pmo/')) return undefined;
    const custom = ctx.control.get(`${req.method} ${p}`);
    if (custom) return custom(req);
    if (p === '/__pmo/faults' && req.method === 'GET') return json(200, ctx.faults.get());
    if (p === '/__pmo/faults' && (req.method === 'POST' || req.method === 'PUT')) {
      try {
        return json(200, ctx.faults.set(JSON.parse(req.body.toString('utf8') || '{}') as Partial<FaultConfig>));
      } catch (e) {
        return json(400, { error: `Bad fault configuration: ${(e as Error).message}` });
      }
    }
    if (p === '/__pmo/log' && req.method === 'GET') return json(200, ctx.log.since(Number(req.url.searchParams.get('since') ?? 0)));
    if (p === '/__pmo/log' && req.method === 'DELETE') {
      ctx.log.clear();
      return { status: 204 };
    }
    if (p === '/__pmo/people' && req.method === 'GET') return json(200, listPeople(ctx.db));
    if (p === '/__pmo/whoami' && req.method === 'GET') return json(200, findPerson(ctx.db, req.user) ?? null);
    if (p === '/__pmo/reset' && req.method === 'POST' && ctx.reset) {
      await ctx.reset();
      return json(200, { reset: true });
    }
    return undefined;
  };
}

function notImplemented(req: LocalRequest): LocalResponse {
  const route = `${req.method} ${req.url.pathname}`;
  const message = `The local tenant does not implement ${route}. See local/README.md for what it covers.`;
  if (req.url.pathname.startsWith('/v1.0/')) return graphError(501, 'NotImplemented', message);
  if (req.url.pathname.includes('/_api/')) return spError(req, 501, '-1, System.NotImplementedException', message);
  return text(501, message);
}

function send(res: ServerResponse, response: LocalResponse): Buffer | undefined {
  const payload = response.body === undefined ? undefined : Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...(response.headers ?? {}), ...(payload ? { 'Content-Length': String(payload.length) } : {}) });
  res.end(payload);
  return payload;
}

export async function startLocalTenant(opts: LocalTenantOptions): Promise<{ server: https.Server; origin: string; close(): Promise<void> }> {
  const { ctx } = opts;
  const handlers: Handler[] = [controlHandler(ctx), ...opts.handlers];

  const server = https.createServer({ key: opts.key, cert: opts.cert, maxHeaderSize: PARSER_HEAD_BYTES }, (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    void (async () => {
      const admitted = await admit(req, (server.address() as AddressInfo).port);
      if ('refused' in admitted) {
        send(res, admitted.refused);
        return;
      }
      const { body, host } = admitted;
      const origin = `https://${host}`;
      // The target is a path on this origin: `new URL('//other.host/x', origin)` would switch hosts, and an
      // absolute-form target (`GET https://other.host/x`) names another server.
      const target = req.url ?? '/';
      let url: URL | undefined;
      try {
        url = target.startsWith('/') ? new URL(origin + target) : undefined;
      } catch {
        url = undefined;
      }
      if (!url || url.host !== host) {
        send(res, text(400, 'The request target must be a path on this server.'));
        return;
      }
      const local: LocalRequest = { method: (req.method ?? 'GET').toUpperCase(), url, headers: req.headers, body, origin, user: resolveUser(req, ctx.db) };
      let response: LocalResponse | undefined;
      const isControl = url.pathname.startsWith('/__pmo/');
      const decision = isControl ? { latencyMs: 0 } : ctx.faults.decide(local.method, url.pathname + url.search);
      if (decision.latencyMs) await sleep(decision.latencyMs);
      if (decision.fault) {
        const f = decision.fault;
        const headers: Record<string, string> = f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {};
        response = url.pathname.startsWith('/v1.0/')
          ? graphError(f.status, f.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'Fault injected by the local tenant.', headers)
          : spError(local, f.status, '-1, Microsoft.SharePoint.SPException', 'Fault injected by the local tenant.', headers);
      } else {
        try {
          for (const h of handlers) {
            response = await h(local);
            if (response) break;
          }
          response ??= notImplemented(local);
        } catch (e) {
          console.error(`[local tenant] ${local.method} ${url.pathname} failed:`, e);
          response = url.pathname.startsWith('/v1.0/')
            ? graphError(500, 'InternalServerError', (e as Error).message)
            : spError(local, 500, '-1, System.Exception', (e as Error).message);
        }
      }
      const payload = send(res, response);
      if (!isControl) {
        ctx.log.add({
          at: started,
          method: local.method,
          path: url.pathname + url.search,
          status: response.status,
          bytesIn: body.length,
          bytesOut: payload?.length ?? 0,
          ms: Date.now() - started,
          user: local.user
        });
      }
    })().catch((e) => {
      console.error('[local tenant] request failed', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (!socket.writable) return socket.destroy();
    socket.end(parserRefusal(err.code, err.rawPacket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the local tenant is a development tool and must never be reachable from the network.
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    origin: `https://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
