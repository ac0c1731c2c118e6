/**
 * SharePoint REST of the PMO site (/sites/pmo/_api/) as PnPjs v4 speaks it: lists, fields, items
 * with OData queries and paging, ETags, digests, $batch, site users. See local/README.md
 * ("SharePoint") for what is covered and what is not. Unknown routes return undefined so the core
 * answers 501 naming them.
 */
import type { Handler, LocalRequest, LocalResponse } from '../http.ts';
import { json, spError } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { runBatch } from './batch.ts';
import { makeRequest } from './context.ts';
import { checkDigest, contextInfo } from './digest.ts';
import { SpFail } from './spErrors.ts';
import { route } from './router.ts';
import { invalidate, migrateSharePoint } from './listCatalogue.ts';
import { addItems } from './api.ts';
import { setStorageEntity } from './storageEntities.ts';

const API = /^\/sites\/pmo\/_api(\/.*)?$/i;
/**
 * Tenant properties are tenant-wide: SharePoint answers GetStorageEntity on every site, the root site
 * included (a Teams personal app's page context is the root site), not only on the PMO site.
 */
const TENANT_WIDE = /^(?:\/sites\/[^/]+)?\/_api\/web\/getstorageentity\('([^']*)'\)\/?$/i;

function toResponse(ctx: TenantContext, req: LocalRequest, fn: () => LocalResponse | undefined): LocalResponse | undefined {
  try {
    return fn();
  } catch (e) {
    // A failed write may have cached schema that its rollback undid.
    invalidate(ctx.db);
    if (!(e instanceof SpFail)) throw e;
    return spError(req, e.status, e.code, e.message, e.headers);
  }
}

/** One request (top level or inside a $batch) → response; undefined when no route matches. */
function dispatch(ctx: TenantContext, req: LocalRequest, apiPath: string): LocalResponse | undefined {
  return toResponse(ctx, req, () => route(makeRequest(ctx.db, req, apiPath)));
}

function notImplemented(req: LocalRequest): LocalResponse {
  return spError(req, 501, '-1, System.NotImplementedException', `The local tenant does not implement ${req.method} ${req.url.pathname}. See local/README.md for what it covers.`);
}

export function createSharePoint(ctx: TenantContext): Handler {
  migrateSharePoint(ctx.db);
  ctx.control.set('GET /__pmo/integrity', () => {
    const rows = ctx.db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    return json(200, { result: rows.map((r) => r.integrity_check).join('; ') });
  });
  // An admin sets a tenant property (m365 spo storageentity set): {key, value, description?, comment?}.
  ctx.control.set('POST /__pmo/storage-entity', (req) => {
    const body = JSON.parse(req.body.toString('utf8') || '{}') as { key?: string; value?: string; description?: string; comment?: string };
    if (!body.key || typeof body.value !== 'string') return json(400, { error: 'key and value are required' });
    setStorageEntity(ctx.db, body.key, { Value: body.value, Description: body.description, Comment: body.comment });
    return { status: 204 };
  });
  // Bulk seeding for benchmarks and tests: {list, rows, author?} → ids, validated like items.add.
  ctx.control.set('POST /__pmo/sp/items', (req) => {
    try {
      const body = JSON.parse(req.body.toString('utf8')) as { list: string; rows: Record<string, unknown>[]; authorSpId?: number };
      return json(200, { ids: addItems(ctx.db, body.list, body.rows, body.authorSpId ?? 1) });
    } catch (e) {
      return json(400, { error: (e as Error).message });
    }
  });
  return (req) => {
    const m = API.exec(req.url.pathname);
    const wide = m ? null : TENANT_WIDE.exec(req.url.pathname);
    if (wide && req.method === 'GET') return dispatch(ctx, req, `/web/getstorageentity('${wide[1]}')`);
    if (!m) return undefined;
    const apiPath = (m[1] ?? '').replace(/\/+$/, '');
    return toResponse(ctx, req, () => {
      if (/^\/contextinfo$/i.test(apiPath) && req.method === 'POST') return contextInfo(ctx.db, req, `${req.origin}/sites/pmo`);
      checkDigest(ctx.db, req);
      if (/^\/\$batch$/i.test(apiPath) && req.method === 'POST') {
        return runBatch(ctx, req, (inner, path) => dispatch(ctx, inner, path) ?? notImplemented(inner));
      }
      return dispatch(ctx, req, apiPath);
    });
  };
}
