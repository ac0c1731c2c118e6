/** Graph's JSON flavour: content type, errors, $select, $top/$skip/$skiptoken paging and absolute nextLinks. */
import { graphError, type LocalRequest, type LocalResponse } from '../http.ts';

export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function gjson(status: number, value: unknown, headers: Record<string, string> = {}): LocalResponse {
  return { status, headers: { 'Content-Type': GRAPH_JSON, 'Cache-Control': 'no-cache', ...headers }, body: JSON.stringify(value) };
}

export function noContent(headers: Record<string, string> = {}): LocalResponse {
  return { status: 204, headers };
}

export const badRequest = (message: string, code = 'BadRequest') => graphError(400, code, message);
export const notFound = (message: string, code = 'ResourceNotFound') => graphError(404, code, message);
/** Something Graph supports but the local tenant does not: loud, never a made-up answer. */
export const notImplemented = (what: string) =>
  graphError(501, 'NotImplemented', `The local tenant does not implement ${what}. See local/README.md for what it covers.`);

/** `$metadata` context URL on our own origin, as Graph writes it on graph.microsoft.com. */
export function context(req: LocalRequest, fragment: string): string {
  return `${req.origin}/v1.0/$metadata#${fragment}`;
}

/** Query option, case-insensitively and with or without `$` (Graph accepts both on v1.0). */
export function option(req: LocalRequest, name: string): string | undefined {
  const bare = name.replace(/^\$/, '').toLowerCase();
  for (const [k, v] of req.url.searchParams) if (k.replace(/^\$/, '').toLowerCase() === bare) return v;
  return undefined;
}

/**
 * Applies `$select`. `@odata.*` annotations always stay; so does `id` for Outlook and Planner
 * resources (`keepId`), while directory objects return exactly what was selected.
 */
export function applySelect<T extends Record<string, unknown>>(req: LocalRequest, item: T, keepId = true): Record<string, unknown> {
  const select = option(req, '$select');
  if (!select) return item;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (k.startsWith('@odata.') || (keepId && k === 'id') || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}

function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%(24|2C|3A|2F|27|40)/gi, (m) => decodeURIComponent(m));
}

/** Absolute https nextLink that keeps every original query option and overrides some. */
export function nextLink(req: LocalRequest, overrides: Record<string, string>): string {
  const params: [string, string][] = [];
  const seen = new Set<string>();
  for (const [k, v] of req.url.searchParams) {
    const bare = k.replace(/^\$/, '').toLowerCase();
    const hit = Object.keys(overrides).find((o) => o.replace(/^\$/, '').toLowerCase() === bare);
    if (hit) {
      if (!seen.has(hit)) params.push([hit, overrides[hit]]);
      seen.add(hit);
    } else params.push([k, v]);
  }
  for (const [k, v] of Object.entries(overrides)) if (!seen.has(k)) params.push([k, v]);
  const qs = params.map(([k, v]) => `${encodeValue(k)}=${encodeValue(v)}`).join('&');
  return `${req.origin}${req.url.pathname}?${qs}`;
}

export interface PageOptions {
  defaultTop: number;
  maxTop: number;
  /** How the next page is addressed: Outlook uses $skip, directory and Planner an opaque $skiptoken. */
  style: '$skip' | '$skiptoken';
}

/** One page of `items` plus the wrapper fields (`@odata.nextLink` when more remain). */
export function page<T>(req: LocalRequest, items: T[], opts: PageOptions): { value: T[]; nextLink?: string } | LocalResponse {
  const topRaw = option(req, '$top');
  const top = topRaw === undefined ? opts.defaultTop : Number(topRaw);
  if (!Number.isInteger(top) || top < 0) return badRequest(`Invalid value '${topRaw}' for query option $top.`);
  if (top > opts.maxTop) return badRequest(`Invalid page size specified: '${top}'. Must be between 1 and ${opts.maxTop} inclusive.`, 'Request_UnsupportedQuery');
  let skip = 0;
  if (opts.style === '$skip') {
    const raw = option(req, '$skip');
    skip = raw === undefined ? 0 : Number(raw);
    if (!Number.isInteger(skip) || skip < 0) return badRequest(`Invalid value '${raw}' for query option $skip.`);
  } else {
    const token = option(req, '$skiptoken');
    if (token !== undefined) {
      const m = /^X'(\d+)'$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
      if (!m) return badRequest('The $skiptoken is invalid.', 'Directory_ExpiredPageToken');
      skip = Number(m[1]);
    }
  }
  const value = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { value };
  const next = skip + top;
  const overrides: Record<string, string> =
    opts.style === '$skip' ? { $top: String(top), $skip: String(next) } : { $skiptoken: Buffer.from(`X'${next}'`, 'utf8').toString('base64url') };
  if (opts.style === '$skiptoken' && topRaw !== undefined) overrides.$top = String(top);
  return { value, nextLink: nextLink(req, overrides) };
}

export function isResponse(x: unknown): x is LocalResponse {
  return typeof x === 'object' && x !== null && typeof (x as LocalResponse).status === 'number';
}

/** Collection wrapper in Graph's key order. */
export function collection(req: LocalRequest, ctxFragment: string, p: { value: unknown[]; nextLink?: string }, extra: Record<string, unknown> = {}): LocalResponse {
  return gjson(200, {
    '@odata.context': context(req, ctxFragment),
    ...extra,
    value: p.value,
    ...(p.nextLink ? { '@odata.nextLink': p.nextLink } : {})
  });
}

export function parseJsonBody(req: LocalRequest): Record<string, unknown> | LocalResponse {
  const raw = req.body.toString('utf8').trim();
  if (!raw) return badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return badRequest('The request body must be a JSON object.');
    return v as Record<string, unknown>;
  } catch {
    return badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

export function header(req: LocalRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(',') : v;
}
