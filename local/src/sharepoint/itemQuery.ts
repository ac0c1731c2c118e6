/**
 * GET .../items: $filter, $orderby, $top and $skiptoken paging translated to one SQL query, then
 * shaped by $select/$expand. Without $orderby the token is SharePoint's own `Paged=TRUE&p_ID=n`;
 * with $orderby it also carries the sort values of the last row (keyset paging, stable under writes).
 */
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { isTextLike } from './fieldTypes.ts';
import { parseFilter } from './filterParser.ts';
import { compileFilter } from './sqlFilter.ts';
import { resolveColumn } from './columnSql.ts';
import { planShape, shapeRows, type ItemRow } from './shape.ts';
import type { ListSchema } from './listCatalogue.ts';
import type { Entity } from './responseFormats.ts';

/**
 * 100 items without $top, at most 5,000 with it (SharePoint/sp-dev-docs#3323, #7138). A larger $top is
 * not refused: it is capped at 5,000 a page ("a max of 5,000 items at a single time", answered to a
 * caller who had been using $top=1000000 without an error: SharePoint/sp-dev-docs#7138), so a caller
 * asking for more gets 5,000 and a next link. On a list over the threshold the threshold rules decide
 * (PnP-JS-Core#203: top(10000) there fails with the list view threshold error, as any unindexed query).
 */
export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;
/** SharePoint's list view threshold. */
export const THRESHOLD = 5000;

interface SortKey {
  sql: string;
  desc: boolean;
  collate: string;
  indexed: boolean;
}

function parseOrderBy(db: Db, schema: ListSchema, s: string | null): SortKey[] {
  const keys: SortKey[] = [];
  for (const part of (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw fail.syntax(`Syntax error in $orderby '${s}'.`);
    const col = resolveColumn(db, schema, m[1]);
    if (col.multi) throw fail.badQuery(`The multi-value column '${m[1]}' cannot be used in $orderby.`);
    keys.push({ sql: col.of(col.source), desc: /^desc$/i.test(m[2] ?? ''), collate: isTextLike(col.base) ? ' COLLATE NOCASE' : '', indexed: col.indexed });
  }
  return keys;
}

function parseTop(s: string | null): number {
  if (s === null || s === '') return DEFAULT_TOP;
  if (!/^\d+$/.test(s.trim())) throw fail.syntax(`Invalid $top value '${s}'.`);
  const n = Number(s);
  return Math.min(n, MAX_TOP);
}

interface Token {
  lastId: number;
  keys?: unknown[];
}

function parseToken(s: string | null): Token | undefined {
  if (!s) return undefined;
  const t = new URLSearchParams(s);
  if (/^true$/i.test(t.get('PagedPrev') ?? '')) throw fail.notImplemented('backward paging ($skiptoken with PagedPrev=TRUE)');
  const id = Number(t.get('p_ID'));
  if (!Number.isInteger(id)) throw fail.syntax(`Invalid $skiptoken '${s}'.`);
  const keys = t.get('pmo_sort');
  return { lastId: id, keys: keys ? (JSON.parse(keys) as unknown[]) : undefined };
}

/** Rows strictly after the token in (keys..., id asc) order. NULLs sort first ascending, last descending. */
function afterToken(keys: SortKey[], token: Token, params: (string | number | null)[]): string {
  const all: SortKey[] = [...keys, { sql: 'i.id', desc: false, collate: '', indexed: true }];
  const values = [...(token.keys ?? []), token.lastId];
  const ors: string[] = [];
  for (let j = 0; j < all.length; j++) {
    const ands: string[] = [];
    for (let m = 0; m < j; m++) {
      if (values[m] === null) ands.push(`${all[m].sql} IS NULL`);
      else {
        ands.push(`${all[m].sql}${all[m].collate} = ?`);
        params.push(values[m] as string | number);
      }
    }
    const k = all[j];
    const v = values[j];
    if (v === null) ands.push(k.desc ? '0' : `${k.sql} IS NOT NULL`);
    else {
      ands.push(k.desc ? `(${k.sql}${k.collate} < ? OR ${k.sql} IS NULL)` : `${k.sql}${k.collate} > ?`);
      params.push(v as string | number);
    }
    ors.push(`(${ands.join(' AND ')})`);
  }
  return `(${ors.join(' OR ')})`;
}

export interface ItemsPage {
  entities: Entity[];
  /** The $skiptoken of the next page, when there is one. */
  nextToken?: string;
}

export function queryItems(db: Db, schema: ListSchema, q: URLSearchParams, only?: number): ItemsPage {
  const top = only !== undefined ? 1 : parseTop(q.get('$top'));
  const plan = planShape(db, schema, q.get('$select'), q.get('$expand'));
  const params: (string | number | null)[] = [];
  const where = [`i.list_id = '${schema.list.id}'`];
  if (only !== undefined) {
    where.push('i.id = ?');
    params.push(only);
  }
  const filterText = only === undefined ? q.get('$filter') : null;
  const filter = filterText?.trim() ? compileFilter(db, schema, parseFilter(filterText)) : undefined;
  if (filter) {
    where.push(filter.sql);
    params.push(...filter.params);
  }
  const keys = only === undefined ? parseOrderBy(db, schema, q.get('$orderby')) : [];
  if (schema.list.item_count > THRESHOLD && only === undefined) {
    const unindexedSort = keys.some((k) => !k.indexed);
    if ((filter && !filter.indexed) || (!filter?.indexed && unindexedSort)) throw fail.throttled();
  }
  const token = only === undefined ? parseToken(q.get('$skiptoken')) : undefined;
  if (token) where.push(keys.length && token.keys ? afterToken(keys, token, params) : 'i.id > ?');
  if (token && !(keys.length && token.keys)) params.push(token.lastId);
  const sortCols = keys.map((k, n) => `, ${k.sql} AS k${n}`).join('');
  const orderBy = [...keys.map((k) => `${k.sql}${k.collate} ${k.desc ? 'DESC' : 'ASC'}`), 'i.id ASC'].join(', ');
  const sql = `SELECT i.id, i.guid, i.version, i.created, i.modified, i.author_id, i.editor_id, json(i.data) AS data${sortCols}
    FROM sp_items i WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${top + 1}`;
  const rows = db.prepare(sql).all(...params) as unknown as (ItemRow & Record<string, unknown>)[];
  const more = rows.length > top;
  const page = more ? rows.slice(0, top) : rows;
  let nextToken: string | undefined;
  if (more && page.length) {
    const last = page[page.length - 1];
    const t = new URLSearchParams({ Paged: 'TRUE', p_ID: String(last.id) });
    if (keys.length) t.set('pmo_sort', JSON.stringify(keys.map((_, n) => last[`k${n}`] ?? null)));
    nextToken = t.toString();
  }
  return { entities: shapeRows(db, schema, plan, page), nextToken };
}
