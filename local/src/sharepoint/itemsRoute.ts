/** list/items: query with paging, add, and one item (GET, MERGE, DELETE, recycle). */
import type { LocalResponse } from '../http.ts';
import { transaction } from '../store.ts';
import type { Segment, SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { queryItems } from './itemQuery.ts';
import { addItem, deleteItem, etagHeader, getItem, recycleItem, updateItem } from './items.ts';
import { collectionResponse, emptyOk, entityResponse, noContent, primitiveResponse } from './responseFormats.ts';
import type { ListSchema } from './listCatalogue.ts';
import { planShape, shapeRows } from './shape.ts';

const metadataOf = (s: ListSchema): string => `SP.ListData.${s.entity}ListItems`;

function nextLink(r: SpRequest, token: string): string {
  const q = new URLSearchParams(r.query);
  q.set('$skiptoken', token);
  return `${r.req.url.origin}${r.req.url.pathname}?${q.toString()}`;
}

function ifMatch(r: SpRequest): string | undefined {
  const v = r.req.headers['if-match'];
  return v === undefined ? undefined : String(v);
}

function itemId(arg: string | undefined): number {
  if (arg === undefined || !/^\d+$/.test(arg)) throw fail.badRequest(`'${arg ?? ''}' is not a valid item id.`);
  return Number(arg);
}

export function itemsRoutes(r: SpRequest, s: ListSchema, seg: Segment, rest: Segment[]): LocalResponse | undefined {
  // items or items(n)
  if (seg.arg === undefined) {
    if (rest.length) {
      if (rest[0].name === 'getbyid' && rest.length <= 2) return itemRoutes(r, s, itemId(rest[0].arg), rest.slice(1));
      return undefined;
    }
    if (r.method === 'GET') {
      const page = queryItems(r.db, s, r.query);
      return collectionResponse(r.out, page.entities, metadataOf(s), page.nextToken ? nextLink(r, page.nextToken) : undefined);
    }
    if (r.method === 'POST') {
      const body = r.json();
      const row = transaction(r.db, () => addItem(r.db, s, body, r.user.spId, { verbose: r.verboseBody }));
      const fresh = { ...s, list: { ...s.list, item_count: s.list.item_count + 1 } };
      const [entity] = shapeRows(r.db, fresh, planShape(r.db, fresh, null, null), [row]);
      return entityResponse(r.out, entity, `${metadataOf(s)}/@Element`, 201, {
        ETag: etagHeader(row),
        Location: `${r.out.apiBase}/Web/Lists(guid'${s.list.id}')/Items(${row.id})`
      });
    }
    return undefined;
  }
  return itemRoutes(r, s, itemId(seg.arg), rest);
}

function itemRoutes(r: SpRequest, s: ListSchema, id: number, rest: Segment[]): LocalResponse | undefined {
  if (rest.length === 1 && rest[0].name === 'recycle' && r.method === 'POST') {
    const guid = transaction(r.db, () => recycleItem(r.db, s, id, r.user.spId));
    return primitiveResponse(r.out, guid, 'Edm.Guid', 'Recycle');
  }
  if (rest.length) return undefined;
  if (r.method === 'GET') {
    const row = getItem(r.db, s, id);
    if (!row) throw fail.itemNotFound();
    const [entity] = queryItems(r.db, s, r.query, id).entities;
    return entityResponse(r.out, entity, `${metadataOf(s)}/@Element`, 200, { ETag: etagHeader(row) });
  }
  if (r.method === 'MERGE' || r.method === 'PUT') {
    const body = r.json();
    const row = transaction(r.db, () => updateItem(r.db, s, id, body, r.user.spId, ifMatch(r), { verbose: r.verboseBody }));
    return noContent({ ETag: etagHeader(row) });
  }
  if (r.method === 'DELETE') {
    transaction(r.db, () => deleteItem(r.db, s, id, ifMatch(r)));
    return emptyOk();
  }
  return undefined;
}
