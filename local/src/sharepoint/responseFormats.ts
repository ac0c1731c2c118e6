/**
 * OData output in the three shapes SharePoint speaks: JSON light with minimal metadata (the
 * default, what PnPjs v4 asks for), no metadata, and verbose ({"d": ...}, what fields.add* asks for).
 * Entities are built once in the light shape with "odata.*" annotations and converted here.
 */
import type { LocalRequest, LocalResponse } from '../http.ts';

export type Mode = 'light' | 'nometadata' | 'verbose';

export function modeOf(req: Pick<LocalRequest, 'headers'>): Mode {
  const accept = String(req.headers.accept ?? '');
  if (/odata=verbose/i.test(accept)) return 'verbose';
  if (/odata=nometadata/i.test(accept)) return 'nometadata';
  return 'light';
}

const CONTENT_TYPE: Record<Mode, string> = {
  light: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8'
};

export type Entity = Record<string, unknown>;

function isEntity(v: unknown): v is Entity {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Light entity → verbose: annotations become __metadata, arrays become {results}. */
function toVerbose(e: Entity, apiBase: string): Entity {
  const out: Entity = {};
  const editLink = e['odata.editLink'];
  if (e['odata.type'] !== undefined) {
    out.__metadata = {
      id: editLink ? `${apiBase}/${editLink}` : e['odata.id'],
      uri: editLink ? `${apiBase}/${editLink}` : e['odata.id'],
      ...(e['odata.etag'] !== undefined ? { etag: e['odata.etag'] } : {}),
      type: e['odata.type']
    };
  }
  for (const [k, v] of Object.entries(e)) {
    if (k.startsWith('odata.')) continue;
    if (Array.isArray(v)) out[k] = { results: v.map((x) => (isEntity(x) ? toVerbose(x, apiBase) : x)) };
    else if (isEntity(v)) out[k] = toVerbose(v, apiBase);
    else out[k] = v;
  }
  return out;
}

function stripAnnotations(e: Entity): Entity {
  const out: Entity = {};
  for (const [k, v] of Object.entries(e)) {
    if (k.startsWith('odata.')) continue;
    out[k] = Array.isArray(v) ? v.map((x) => (isEntity(x) ? stripAnnotations(x) : x)) : isEntity(v) ? stripAnnotations(v) : v;
  }
  return out;
}

export interface OutputContext {
  mode: Mode;
  /** https://host:port/sites/pmo/_api */
  apiBase: string;
}

function respond(ctx: OutputContext, status: number, value: unknown, headers: Record<string, string> = {}): LocalResponse {
  return { status, headers: { 'Content-Type': CONTENT_TYPE[ctx.mode], ...headers }, body: JSON.stringify(value) };
}

/** One entity; `metadata` is the part after `$metadata#`, e.g. `SP.ListData.ProjectsListItems/@Element`. */
export function entityResponse(ctx: OutputContext, e: Entity, metadata: string, status = 200, headers: Record<string, string> = {}): LocalResponse {
  if (ctx.mode === 'verbose') return respond(ctx, status, { d: toVerbose(e, ctx.apiBase) }, headers);
  if (ctx.mode === 'nometadata') return respond(ctx, status, stripAnnotations(e), headers);
  return respond(ctx, status, { 'odata.metadata': `${ctx.apiBase}/$metadata#${metadata}`, ...e }, headers);
}

export function collectionResponse(ctx: OutputContext, items: Entity[], metadata: string, nextLink?: string): LocalResponse {
  if (ctx.mode === 'verbose') {
    return respond(ctx, 200, { d: { results: items.map((e) => toVerbose(e, ctx.apiBase)), ...(nextLink ? { __next: nextLink } : {}) } });
  }
  if (ctx.mode === 'nometadata') return respond(ctx, 200, { value: items.map(stripAnnotations), ...(nextLink ? { 'odata.nextLink': nextLink } : {}) });
  return respond(ctx, 200, {
    'odata.metadata': `${ctx.apiBase}/$metadata#${metadata}`,
    value: items,
    ...(nextLink ? { 'odata.nextLink': nextLink } : {})
  });
}

/** A primitive result such as the Edm.Guid of a recycled item; `name` is the verbose property name. */
export function primitiveResponse(ctx: OutputContext, value: unknown, edmType: string, name: string): LocalResponse {
  if (ctx.mode === 'verbose') return respond(ctx, 200, { d: { [name]: value } });
  if (ctx.mode === 'nometadata') return respond(ctx, 200, { value });
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}/$metadata#${edmType}`, value });
}

export function noContent(headers: Record<string, string> = {}): LocalResponse {
  return { status: 204, headers };
}

/** SharePoint answers item and list deletes with 200 and an empty body. */
export function emptyOk(): LocalResponse {
  return { status: 200, body: '' };
}
