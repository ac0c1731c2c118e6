/**
 * Microsoft Graph v1.0 subset of the local tenant: directory (users, groups, teams, channels),
 * calendars (calendarView, events, attachments), Planner, sendMail and JSON $batch. Routes it does not
 * know return undefined so the core answers 501 naming them. See local/README.md.
 */
import { json, type Handler, type LocalRequest, type LocalResponse } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { migrateGraph } from './tables.ts';
import { GUARDED_OPTIONS, graphPath, type Route } from './router.ts';
import { usersRoutes } from './users.ts';
import { groupsRoutes } from './groups.ts';
import { calendarRoutes } from './calendar.ts';
import { attachmentRoutes } from './attachments.ts';
import { plannerRoutes } from './planner.ts';
import { mailRoutes, registerOutbox } from './mail.ts';
import { onlineMeetingRoutes } from './onlineMeetings.ts';
import { runBatch } from './batch.ts';
import { registerFixtures } from './fixture.ts';
import { uploadSessionRoutes, uploadUrlHandler, type UploadSession } from './uploadSessions.ts';
import { header, notImplemented, option } from './protocol.ts';
import { Consent } from './consent.ts';

export function createGraph(ctx: TenantContext): Handler {
  migrateGraph(ctx.db);
  registerOutbox(ctx);
  registerFixtures(ctx);
  const consent = registerConsent(ctx);
  const sessions = new Map<string, UploadSession>();
  const uploads = uploadUrlHandler(ctx, sessions);
  const routes: Route[] = [
    ...usersRoutes(ctx),
    ...uploadSessionRoutes(ctx, sessions),
    ...groupsRoutes(ctx),
    ...attachmentRoutes(ctx),
    ...calendarRoutes(ctx),
    ...plannerRoutes(ctx),
    ...mailRoutes(ctx),
    ...onlineMeetingRoutes(ctx)
  ];

  const dispatch = async (req: LocalRequest): Promise<LocalResponse | undefined> => {
    const path = graphPath(req);
    for (const r of routes) {
      if (r.method !== req.method) continue;
      const m = r.path.exec(path);
      if (!m) continue;
      const denied = consent.check(req.method, path);
      if (denied) return withRequestIds(req, denied);
      const unsupported = GUARDED_OPTIONS.find((o) => option(req, o) !== undefined && !r.options.includes(o));
      if (unsupported) return withRequestIds(req, notImplemented(`${unsupported} on ${req.method} ${req.url.pathname}`));
      return withRequestIds(req, await r.run(req, m));
    }
    return undefined;
  };

  return async (req) => {
    const upload = uploads(req);
    if (upload) return upload;
    if (!req.url.pathname.startsWith('/v1.0/')) return undefined;
    if (req.method === 'POST' && graphPath(req) === '/$batch') return withRequestIds(req, await runBatch(ctx, req, dispatch));
    return dispatch(req);
  };
}

/** PMO_DENY_SCOPES at start; GET/POST /__pmo/consent ({"deny": [scopes]}) reads and replaces the denied set. */
function registerConsent(ctx: TenantContext): Consent {
  const consent = new Consent(process.env.PMO_DENY_SCOPES ?? '');
  ctx.control.set('GET /__pmo/consent', () => json(200, { deny: consent.list() }));
  ctx.control.set('POST /__pmo/consent', (req) => {
    let deny: unknown;
    try {
      deny = (JSON.parse(req.body.toString('utf8') || '{}') as { deny?: unknown }).deny;
    } catch {
      return json(400, { error: 'The body must be JSON: {"deny": ["Calendars.ReadWrite", …]}.' });
    }
    if (!Array.isArray(deny) || !deny.every((s) => typeof s === 'string')) return json(400, { error: '"deny" must be an array of scope names.' });
    return json(200, { deny: consent.set(deny) });
  });
  return consent;
}

/** Graph answers every request with request-id and echoes client-request-id (the SDK sends one). */
function withRequestIds(req: LocalRequest, res: LocalResponse): LocalResponse {
  const client = header(req, 'client-request-id');
  return { ...res, headers: { ...(res.headers ?? {}), 'request-id': crypto.randomUUID(), ...(client ? { 'client-request-id': client } : {}) } };
}

export { clearGraph } from './tables.ts';
