/** /me and /users: the people directory as Graph user resources. */
import type { LocalRequest } from '../http.ts';
import { listPeople, type Person } from '../directory.ts';
import { graphError } from '../http.ts';
import { applySelect, badRequest, collection, context, gjson, header, isResponse, notImplemented, option, page } from './protocol.ts';
import { FilterTooComplex, parseFilter, UnsupportedFilter } from './directoryFilter.ts';
import { personOf, route, type RouteFactory } from './router.ts';

/** The properties /users returns without $select (department, for one, needs $select in v1.0). */
const DEFAULT_PROPS = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

export function userResource(p: Person): Record<string, unknown> {
  const space = p.displayName.indexOf(' ');
  const personal = p.kind !== 'Support department' && space > 0;
  return {
    businessPhones: [],
    displayName: p.displayName,
    givenName: personal ? p.displayName.slice(0, space) : null,
    jobTitle: p.jobTitle || null,
    mail: p.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: personal ? p.displayName.slice(space + 1) : null,
    userPrincipalName: p.userPrincipalName,
    id: p.id,
    department: p.department || null,
    employeeType: p.kind,
    accountEnabled: true,
    userType: 'Member'
  };
}

/** A user as Graph returns it: the default property set, or exactly the $select-ed properties. */
export function userView(req: LocalRequest, p: Person): Record<string, unknown> {
  const full = userResource(p);
  if (option(req, '$select')) return applySelect(req, full, false);
  return Object.fromEntries(DEFAULT_PROPS.map((k) => [k, full[k]]));
}

function words(v: unknown): string[] {
  const s = String(v ?? '').toLowerCase();
  return [s, ...s.split(/[\s._@-]+/)].filter(Boolean);
}

/** `"displayName:meg" OR "mail:meg"`: tokenised prefix match, as directory $search does. */
function searchPredicate(expr: string): ((u: Record<string, unknown>) => boolean) | undefined {
  const clauses = [...expr.matchAll(/"(\w+):([^"]*)"|\b(AND|OR)\b/gi)];
  if (!clauses.length) return undefined;
  let pred: ((u: Record<string, unknown>) => boolean) | undefined;
  let op = 'OR';
  for (const c of clauses) {
    if (c[3]) {
      op = c[3].toUpperCase();
      continue;
    }
    const prop = c[1];
    const term = c[2].toLowerCase();
    const one = (u: Record<string, unknown>) => {
      const key = Object.keys(u).find((k) => k.toLowerCase() === prop.toLowerCase());
      return key !== undefined && words(u[key]).some((w) => w.startsWith(term));
    };
    const prev = pred;
    pred = !prev ? one : op === 'AND' ? (u) => prev(u) && one(u) : (u) => prev(u) || one(u);
  }
  return pred;
}

export const usersRoutes: RouteFactory = (ctx) => [
  route('GET', 'me', (req) => {
    const me = personOf(ctx, req, undefined);
    if (!me) return graphError(404, 'Request_ResourceNotFound', `Resource '${req.user}' does not exist or one of its queried reference-property objects are not present.`);
    return gjson(200, { '@odata.context': context(req, 'users/$entity'), ...userView(req, me) });
  }),
  route('GET', 'users/([^/]+)', (req, m) => {
    const p = personOf(ctx, req, m[1]);
    if (!p) return graphError(404, 'Request_ResourceNotFound', `Resource '${m[1]}' does not exist or one of its queried reference-property objects are not present.`);
    return gjson(200, { '@odata.context': context(req, 'users/$entity'), ...userView(req, p) });
  }),
  route('GET', 'users', (req) => {
    const eventual = /^eventual$/i.test(header(req, 'consistencylevel') ?? '');
    let people = listPeople(ctx.db).map((p) => ({ p, r: userResource(p) }));
    const filter = option(req, '$filter');
    if (filter) {
      try {
        const pred = parseFilter(filter);
        people = people.filter((x) => pred(x.r));
      } catch (e) {
        if (e instanceof UnsupportedFilter) return notImplemented(`$filter '${filter}' on /users (${e.message})`);
        if (e instanceof FilterTooComplex) return badRequest(e.message, 'Request_UnsupportedQuery');
        throw e;
      }
    }
    const search = option(req, '$search');
    if (search !== undefined) {
      if (!eventual) return badRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", 'Request_UnsupportedQuery');
      const pred = searchPredicate(search);
      if (!pred) return badRequest(`Syntax error: character '${search[0] ?? ''}' is not valid at position 0 in '${search}'.`, 'Request_UnsupportedQuery');
      people = people.filter((x) => pred(x.r));
    }
    const orderby = option(req, '$orderby');
    if (orderby) {
      const m = /^(displayName|userPrincipalName)(?:\s+(asc|desc))?$/i.exec(orderby.trim());
      if (!m) return notImplemented(`$orderby '${orderby}' on /users`);
      const key = m[1].toLowerCase() === 'displayname' ? 'displayName' : 'userPrincipalName';
      const dir = m[2]?.toLowerCase() === 'desc' ? -1 : 1;
      people.sort((a, b) => dir * String(a.r[key]).localeCompare(String(b.r[key])));
    }
    const count = option(req, '$count');
    if (count === 'true' && !eventual) return badRequest('$count is not currently supported.', 'Request_BadRequest');
    const p = page(req, people, { defaultTop: 100, maxTop: 999, style: '$skiptoken' });
    if (isResponse(p)) return p;
    return collection(req, 'users', { value: p.value.map((x) => userView(req, x.p)), nextLink: p.nextLink }, count === 'true' ? { '@odata.count': people.length } : {});
  }, ['$filter', '$search', '$orderby', '$count'])
];
