/** Route table of the Graph module: method + regular expression over the path after /v1.0. */
import type { LocalRequest, LocalResponse } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { findPerson, type Person } from '../directory.ts';

export type RouteFn = (req: LocalRequest, m: RegExpExecArray) => LocalResponse | Promise<LocalResponse>;

export interface Route {
  method: string;
  path: RegExp;
  run: RouteFn;
  /** Query options beyond $select/$top/$skip/$skiptoken that the route honours. */
  options: string[];
}

/** Options a route must declare to receive; anything else is refused with 501 rather than ignored. */
export const GUARDED_OPTIONS = ['$filter', '$search', '$orderby', '$count', '$expand'];

/** `me` or `users/{id|upn}`; group 1 is the id when present. */
export const USER = '(?:me|users/([^/]+))';

export function route(method: string, pattern: string, run: RouteFn, options: string[] = []): Route {
  return { method, path: new RegExp(`^/${pattern}/?$`, 'i'), run, options };
}

export type RouteFactory = (ctx: TenantContext) => Route[];

/** The person a `me`/`users/{x}` segment names, or undefined when unknown. */
export function personOf(ctx: TenantContext, req: LocalRequest, idOrUpn: string | undefined): Person | undefined {
  return findPerson(ctx.db, idOrUpn ?? req.user);
}

/** Path after `/v1.0`, percent-decoded (channel ids arrive as 19%3A…%40thread.tacv2). */
export function graphPath(req: LocalRequest): string {
  const raw = req.url.pathname.slice('/v1.0'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
