/** One SharePoint REST request as the module's handlers see it: effective verb, path segments, output shape. */
import type { LocalRequest } from '../http.ts';
import type { Db } from '../store.ts';
import { findPerson, type Person } from '../directory.ts';
import { fail } from './spErrors.ts';
import { modeOf, type OutputContext } from './responseFormats.ts';

export const SITE_PATH = '/sites/pmo';

export interface Segment {
  /** Lower-cased name before any parentheses: getbytitle, lists, items. */
  name: string;
  /** The argument in parentheses, decoded: a title, a guid, a number. */
  arg?: string;
}

export interface SpRequest {
  db: Db;
  req: LocalRequest;
  /** POST with X-HTTP-Method MERGE/DELETE/PATCH/PUT becomes that verb; $batch request lines carry it directly. */
  method: string;
  segs: Segment[];
  query: URLSearchParams;
  out: OutputContext;
  /** https://host:port/sites/pmo */
  webUrl: string;
  user: Person;
  /** The body was sent as odata=verbose. */
  verboseBody: boolean;
  json(): Record<string, unknown>;
}

function parseArg(raw: string): string {
  const s = raw.trim();
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(s);
  if (quoted) return quoted[1].replace(/''/g, "'");
  return s;
}

/**
 * Splits a decoded path on the slashes outside quoted literals: PnPjs's fields.getByTitle() puts the
 * name in the path as it is (`getByTitle('Country/Region')`), lists.getByTitle() percent-encodes it
 * (`%2F`, quotes left as they are), and SharePoint reads the quoted literal in both. Inside a literal
 * a quote is doubled (`'O''Brien'`, OData ABNF SQUOTE-in-string), so toggling on every quote keeps
 * the state right. Undefined for an unterminated literal.
 */
function splitOutsideQuotes(path: string): string[] | undefined {
  const pieces: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    if (path[i] === "'") quoted = !quoted;
    else if (path[i] === '/' && !quoted) {
      pieces.push(path.slice(start, i));
      start = i + 1;
    }
  }
  if (quoted) return undefined;
  pieces.push(path.slice(start));
  return pieces.filter(Boolean);
}

/** Splits the path after /_api/ into segments; quoted arguments may hold slashes, raw or encoded. */
export function parseSegments(apiPath: string): Segment[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(apiPath);
  } catch {
    throw fail.badRequest(`The expression "${apiPath}" is not valid.`);
  }
  const pieces = splitOutsideQuotes(decoded);
  // SharePoint's answer to an unterminated literal: 400 InvalidClientQueryException "The expression … is not valid."
  // (quoted in pnp/pnpjs#937 for getByTitle('~!@#…').
  if (!pieces) throw fail.badRequest(`The expression "${decoded}" is not valid.`);
  return pieces.map((piece) => {
    const m = /^([^(]+)(?:\((.*)\))?$/s.exec(piece);
    if (!m) throw fail.badRequest(`The expression "${piece}" is not valid.`);
    return { name: m[1].toLowerCase(), arg: m[2] === undefined ? undefined : parseArg(m[2]) };
  });
}

export function effectiveMethod(req: LocalRequest): string {
  const tunnel = String(req.headers['x-http-method'] ?? '').toUpperCase();
  if (req.method === 'POST' && tunnel) return tunnel === 'PATCH' ? 'MERGE' : tunnel;
  return req.method === 'PATCH' ? 'MERGE' : req.method;
}

export function makeRequest(db: Db, req: LocalRequest, apiPath: string): SpRequest {
  const user = findPerson(db, req.user);
  if (!user) throw fail.userNotFound();
  const contentType = String(req.headers['content-type'] ?? '');
  let parsed: Record<string, unknown> | undefined;
  return {
    db,
    req,
    method: effectiveMethod(req),
    segs: parseSegments(apiPath),
    query: req.url.searchParams,
    out: { mode: modeOf(req), apiBase: `${req.origin}${SITE_PATH}/_api` },
    webUrl: `${req.origin}${SITE_PATH}`,
    user,
    verboseBody: /odata=verbose/i.test(contentType),
    json() {
      if (parsed) return parsed;
      const text = req.body.toString('utf8').trim();
      if (!text) return (parsed = {});
      try {
        const v = JSON.parse(text) as unknown;
        if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
        return (parsed = v as Record<string, unknown>);
      } catch {
        throw fail.badRequest('Invalid JSON. A token was not recognized in the JSON content.');
      }
    }
  };
}
