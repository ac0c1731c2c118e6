/** Maps the segments after /sites/pmo/_api/ to the handlers of lists, fields, items and users. */
import type { LocalResponse } from '../http.ts';
import { getMeta, setMeta } from '../store.ts';
import { randomUUID } from 'node:crypto';
import type { Segment, SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { selectProps } from './entities.ts';
import { fieldByIdRoute, fieldsRoutes } from './fieldsRoute.ts';
import { itemsRoutes } from './itemsRoute.ts';
import { createList, listResource } from './lists.ts';
import { getLists } from './listsQuery.ts';
import { entityResponse } from './responseFormats.ts';
import { listById, listByTitle, type ListSchema } from './listCatalogue.ts';
import { getStorageEntity } from './storageEntities.ts';
import { userRoutes } from './users.ts';

function webId(r: SpRequest): string {
  let id = getMeta(r.db, 'sp_web_id');
  if (!id) {
    id = randomUUID();
    setMeta(r.db, 'sp_web_id', id);
  }
  return id;
}

function web(r: SpRequest): LocalResponse {
  const e = {
    'odata.type': 'SP.Web',
    'odata.id': `${r.out.apiBase}/Web`,
    'odata.editLink': 'Web',
    Created: '2025-01-01T00:00:00Z',
    Description: 'PMO Hub local tenant',
    Id: webId(r),
    Language: 1033,
    ServerRelativeUrl: '/sites/pmo',
    Title: 'PMO',
    Url: r.webUrl,
    WebTemplate: 'STS'
  };
  return entityResponse(r.out, selectProps(e, r.query.get('$select'), 'SP.Web'), 'SP.ApiData.Webs/@Element');
}

function resolveList(r: SpRequest, seg: Segment, next: Segment | undefined): { list: ListSchema; used: number } | undefined {
  if (seg.name !== 'lists') return undefined;
  if (seg.arg !== undefined) {
    const list = listById(r.db, seg.arg);
    if (!list) throw fail.listIdNotFound();
    return { list, used: 1 };
  }
  if (next?.name === 'getbytitle' && next.arg !== undefined) {
    const list = listByTitle(r.db, next.arg);
    if (!list) throw fail.listNotFound(next.arg, r.webUrl);
    return { list, used: 2 };
  }
  if (next?.name === 'getbyid' && next.arg !== undefined) {
    const list = listById(r.db, next.arg);
    if (!list) throw fail.listIdNotFound();
    return { list, used: 2 };
  }
  return undefined;
}

function listRoutes(r: SpRequest, s: ListSchema, rest: Segment[]): LocalResponse | undefined {
  if (!rest.length) return listResource(r, s);
  const [seg, ...more] = rest;
  if (seg.name === 'items') return itemsRoutes(r, s, seg, more);
  if (seg.name === 'fields') return seg.arg !== undefined ? (more.length ? undefined : fieldByIdRoute(r, s, seg.arg)) : fieldsRoutes(r, s, more);
  return undefined;
}

export function route(r: SpRequest): LocalResponse | undefined {
  const [first, ...rest] = r.segs;
  if (!first || first.name !== 'web') return undefined;
  if (!rest.length) return r.method === 'GET' ? web(r) : undefined;
  const [seg, ...more] = rest;
  if (seg.name === 'getstorageentity' && seg.arg !== undefined && !more.length) return r.method === 'GET' ? getStorageEntity(r, seg.arg) : undefined;
  if (seg.name === 'lists' && seg.arg === undefined && !more.length) {
    if (r.method === 'GET') return getLists(r);
    if (r.method === 'POST') return createList(r);
    return undefined;
  }
  const found = resolveList(r, seg, more[0]);
  if (found) return listRoutes(r, found.list, rest.slice(found.used));
  return userRoutes(r, seg, more);
}
