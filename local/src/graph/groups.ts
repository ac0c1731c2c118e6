/** /groups, members/owners, /me/memberOf, /me/joinedTeams and /teams/{id}/channels: what the group and channel pickers need. */
import type { LocalRequest, LocalResponse } from '../http.ts';
import { graphError } from '../http.ts';
import { findPerson } from '../directory.ts';
import { applySelect, badRequest, collection, context, gjson, isResponse, notImplemented, option, page } from './protocol.ts';
import { FilterTooComplex, parseFilter, UnsupportedFilter } from './directoryFilter.ts';
import { personOf, route, USER, type RouteFactory } from './router.ts';
import { userView } from './users.ts';
import { channelResource, channelsOf, getGroup, groupMemberIds, groupResource, groupsOfUser, listGroups, teamResource, type GroupRow } from './groupsStore.ts';
import type { Db } from '../store.ts';

const DIRECTORY_PAGE = { defaultTop: 100, maxTop: 999, style: '$skiptoken' as const };

export const groupNotFound = (id: string) =>
  graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

function filtered<T>(req: LocalRequest, rows: T[], resource: (r: T) => Record<string, unknown>, where: string): T[] | LocalResponse {
  const filter = option(req, '$filter');
  if (!filter) return rows;
  try {
    const pred = parseFilter(filter);
    return rows.filter((r) => pred(resource(r)));
  } catch (e) {
    if (e instanceof UnsupportedFilter) return notImplemented(`$filter '${filter}' on ${where} (${e.message})`);
    if (e instanceof FilterTooComplex) return badRequest(e.message, 'Request_UnsupportedQuery');
    throw e;
  }
}

function groupList(req: LocalRequest, rows: GroupRow[], fragment: string, typed: boolean): LocalResponse {
  const list = filtered(req, rows, groupResource, fragment);
  if (isResponse(list)) return list;
  const p = page(req, list, DIRECTORY_PAGE);
  if (isResponse(p)) return p;
  const value = p.value.map((g) => applySelect(req, { ...(typed ? { '@odata.type': '#microsoft.graph.group' } : {}), ...groupResource(g) }, false));
  return collection(req, fragment, { value, nextLink: p.nextLink });
}

function memberList(req: LocalRequest, db: Db, groupId: string, role: 'member' | 'owner'): LocalResponse {
  const g = getGroup(db, groupId);
  if (!g) return groupNotFound(groupId);
  const people = groupMemberIds(db, groupId, role).map((id) => findPerson(db, id)!).filter(Boolean);
  const p = page(req, people, DIRECTORY_PAGE);
  if (isResponse(p)) return p;
  const value = p.value.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...userView(req, u) }));
  return collection(req, `directoryObjects`, { value, nextLink: p.nextLink });
}

export const groupsRoutes: RouteFactory = (ctx) => {
  const db = ctx.db;
  const teamOr404 = (id: string): GroupRow | LocalResponse => {
    const g = getGroup(db, id);
    if (!g || !g.hasTeam) return graphError(404, 'NotFound', `No team found with Group Id ${id}`);
    return g;
  };
  return [
    route('GET', 'groups', (req) => groupList(req, listGroups(db), 'groups', false), ['$filter']),
    route('GET', 'groups/([^/]+)', (req, m) => {
      const g = getGroup(db, m[1]);
      if (!g) return groupNotFound(m[1]);
      return gjson(200, { '@odata.context': context(req, 'groups/$entity'), ...applySelect(req, groupResource(g), false) });
    }),
    route('GET', 'groups/([^/]+)/members(?:/microsoft\\.graph\\.user)?', (req, m) => memberList(req, db, m[1], 'member')),
    route('GET', 'groups/([^/]+)/owners(?:/microsoft\\.graph\\.user)?', (req, m) => memberList(req, db, m[1], 'owner')),
    route('GET', `${USER}/memberOf(/microsoft\\.graph\\.group)?`, (req, m) => {
      const me = personOf(ctx, req, m[1]);
      if (!me) return groupNotFound(m[1] ?? req.user);
      return groupList(req, groupsOfUser(db, me.id), m[2] ? 'groups' : 'directoryObjects', !m[2]);
    }, ['$filter']),
    route('GET', `${USER}/joinedTeams`, (req, m) => {
      const me = personOf(ctx, req, m[1]);
      if (!me) return groupNotFound(m[1] ?? req.user);
      const teams = groupsOfUser(db, me.id).filter((g) => g.hasTeam);
      const value = teams.map((g) => applySelect(req, teamResource(g, channelsOf(db, g.id)[0]), true));
      return collection(req, 'teams', { value });
    }),
    route('GET', '(?:teams|groups)/([^/]+)/team', (req, m) => {
      const g = teamOr404(m[1]);
      if (isResponse(g)) return g;
      return gjson(200, { '@odata.context': context(req, 'teams/$entity'), ...applySelect(req, teamResource(g, channelsOf(db, g.id)[0])) });
    }),
    route('GET', 'teams/([^/]+)', (req, m) => {
      const g = teamOr404(m[1]);
      if (isResponse(g)) return g;
      return gjson(200, { '@odata.context': context(req, 'teams/$entity'), ...applySelect(req, teamResource(g, channelsOf(db, g.id)[0])) });
    }),
    route('GET', 'teams/([^/]+)/channels', (req, m) => {
      const g = teamOr404(m[1]);
      if (isResponse(g)) return g;
      const rows = filtered(req, channelsOf(db, g.id), (c) => channelResource(c, g.mail), `/teams/${m[1]}/channels`);
      if (isResponse(rows)) return rows;
      const value = rows.map((c) => applySelect(req, channelResource(c, g.mail)));
      return collection(req, `teams('${g.id}')/channels`, { value });
    }, ['$filter']),
    route('GET', 'teams/([^/]+)/(?:primaryChannel|channels/([^/]+))', (req, m) => {
      const g = teamOr404(m[1]);
      if (isResponse(g)) return g;
      const c = channelsOf(db, g.id).find((x) => (m[2] ? x.id === m[2] : x.isGeneral));
      if (!c) return graphError(404, 'NotFound', `Channel ${m[2]} not found in team ${m[1]}`);
      return gjson(200, { '@odata.context': context(req, `teams('${g.id}')/channels/$entity`), ...applySelect(req, channelResource(c, g.mail)) });
    })
  ];
};
