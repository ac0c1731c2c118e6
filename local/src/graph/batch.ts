/**
 * JSON $batch: up to 20 requests relative to the version root, dependsOn (a failed dependency gives
 * 424), per-item status/headers/body with the exact "Content-Type" key, and per-item fault injection
 * so throttling can hit one item inside a 200 envelope.
 */
import { graphError, type LocalRequest, type LocalResponse } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { badRequest, gjson, notImplemented, parseJsonBody, isResponse } from './protocol.ts';

/** "JSON batch requests are currently limited to 20 individual requests" (https://learn.microsoft.com/en-us/graph/json-batching). */
export const MAX_BATCH = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface ItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function validate(body: Record<string, unknown>): BatchItem[] | LocalResponse {
  const requests = body.requests;
  if (!Array.isArray(requests)) return badRequest('Invalid batch payload format: a requests array is required.');
  if (requests.length === 0) return badRequest('Invalid batch payload format: the requests array is empty.');
  if (requests.length > MAX_BATCH) return badRequest(`The number of requests in the batch (${requests.length}) exceeds the limit of ${MAX_BATCH}.`);
  const ids = new Set<string>();
  for (const r of requests as BatchItem[]) {
    if (!r || typeof r.id !== 'string' || !r.id) return badRequest('Every request in a batch needs an id.');
    if (typeof r.method !== 'string' || typeof r.url !== 'string') return badRequest(`Request ${r.id}: method and url are required.`);
    if (ids.has(r.id.toLowerCase())) return badRequest(`Batch request contains duplicate request id '${r.id}'.`);
    ids.add(r.id.toLowerCase());
    if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
      return badRequest(`Request ${r.id}: a request with a body must have a Content-Type header.`);
    }
  }
  for (const r of requests as BatchItem[]) {
    for (const d of r.dependsOn ?? []) if (!ids.has(String(d).toLowerCase())) return badRequest(`Request ${r.id} depends on unknown request '${d}'.`);
  }
  return requests as BatchItem[];
}

/** Execution order honouring dependsOn; undefined on a cycle. */
function order(items: BatchItem[]): BatchItem[] | undefined {
  const done = new Set<string>();
  const out: BatchItem[] = [];
  while (out.length < items.length) {
    const ready = items.find((i) => !done.has(i.id.toLowerCase()) && (i.dependsOn ?? []).every((d) => done.has(String(d).toLowerCase())));
    if (!ready) return undefined;
    done.add(ready.id.toLowerCase());
    out.push(ready);
  }
  return out;
}

function toItemResponse(id: string, r: LocalResponse): ItemResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) {
    if (k.toLowerCase() === 'content-length') continue;
    headers[k.toLowerCase() === 'content-type' ? 'Content-Type' : k] = v;
  }
  const out: ItemResponse = { id, status: r.status, headers };
  if (r.body !== undefined && r.body.length > 0) {
    const ct = headers['Content-Type'] ?? '';
    out.body = /^application\/json/i.test(ct) ? JSON.parse(r.body.toString()) : Buffer.from(r.body).toString('base64');
  }
  return out;
}

export async function runBatch(ctx: TenantContext, req: LocalRequest, dispatch: (r: LocalRequest) => Promise<LocalResponse | undefined>): Promise<LocalResponse> {
  const body = parseJsonBody(req);
  if (isResponse(body)) return body;
  const items = validate(body);
  if (isResponse(items)) return items;
  const sequence = order(items);
  if (!sequence) return badRequest('The dependsOn references of the batch form a cycle.');
  const results = new Map<string, ItemResponse>();
  for (const item of sequence) {
    const started = Date.now();
    const url = item.url.startsWith('/') ? item.url : `/${item.url}`;
    const method = item.method.toUpperCase();
    let res: LocalResponse;
    const failed = (item.dependsOn ?? []).find((d) => {
      const s = results.get(String(d).toLowerCase())?.status ?? 0;
      return s < 200 || s >= 300;
    });
    const version = /^\/(v1\.0|beta)(?=\/|\?|$)/i.exec(url);
    const decision = failed || version ? { latencyMs: 0 } : ctx.faults.decide(method, `/v1.0${url}`);
    if (failed) res = graphError(424, 'FailedDependency', `The request depends on request '${failed}', which failed.`);
    else if (version) res = graphError(400, 'BadRequest', `Resource not found for the segment '${version[1]}'.`);
    else if (decision.fault) {
      const f = decision.fault;
      res = graphError(f.status, f.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'Fault injected by the local tenant.', f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {});
    } else if (/^\/\$batch(?=\/|\?|$)/i.test(url)) res = badRequest('A batch cannot contain another batch.');
    else {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && /^(authorization|cookie|x-pmo-user)$/.test(k)) headers[k] = v;
      for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = String(v);
      const payload = item.body === undefined ? Buffer.alloc(0) : typeof item.body === 'string' ? Buffer.from(item.body, 'base64') : Buffer.from(JSON.stringify(item.body), 'utf8');
      const inner: LocalRequest = { method, url: new URL(`/v1.0${url}`, req.origin), headers, body: payload, origin: req.origin, user: req.user };
      try {
        res = (await dispatch(inner)) ?? notImplemented(`${method} ${inner.url.pathname}`);
      } catch (e) {
        res = graphError(500, 'InternalServerError', (e as Error).message);
      }
    }
    const entry = toItemResponse(item.id, res);
    results.set(item.id.toLowerCase(), entry);
    const bytesOut = res.body === undefined ? 0 : Buffer.byteLength(res.body);
    ctx.log.add({ at: started, method, path: `/v1.0${url}`, status: res.status, bytesIn: item.body === undefined ? 0 : JSON.stringify(item.body).length, bytesOut, ms: Date.now() - started, user: req.user, inner: true });
  }
  // Graph does not promise any order; we answer in request order, which clients must not rely on.
  return gjson(200, { responses: items.map((i) => results.get(i.id.toLowerCase())) });
}
