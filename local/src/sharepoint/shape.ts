/**
 * Item rows → OData entities as planned by selectPlan.ts: system properties, the selected fields,
 * person and lookup expansion (people and target lists read in one query per expanded field, not per item).
 */
import type { Db } from '../store.ts';
import { baseOf, isMulti, ITEM_CONTENT_TYPE_ID, type FieldDef } from './fieldTypes.ts';
import { PERSON_PROPS } from './columnSql.ts';
import { entityPropertyName, itemTypeName } from './names.ts';
import { listById, type ListSchema } from './listCatalogue.ts';
import type { Entity } from './responseFormats.ts';
import type { Pick, ShapePlan } from './selectPlan.ts';

export { planShape } from './selectPlan.ts';

export interface ItemRow {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  /** JSON text of the stored values. */
  data: string;
}

/** The value of a field on a row, in stored form (ids for people and lookups). */
function rawValue(def: FieldDef, row: ItemRow, data: Record<string, unknown>): unknown {
  switch (def.Source) {
    case 'id':
      return row.id;
    case 'created':
      return row.created;
    case 'modified':
      return row.modified;
    case 'author':
      return row.author_id;
    case 'editor':
      return row.editor_id;
    case 'guid':
      return row.guid;
    case 'version':
      return `${row.version}.0`;
    case 'attachments':
      return false;
    case 'contenttype':
      return ITEM_CONTENT_TYPE_ID;
    default:
      return data[def.InternalName] ?? null;
  }
}

export interface Expansions {
  people: Map<number, Record<string, unknown>>;
  /** Expanded lookup field → target item id → entity. */
  lookups: Map<FieldDef, Map<number, Entity>>;
}

function loadExpansions(db: Db, plan: ShapePlan, rows: ItemRow[], parsed: Record<string, unknown>[]): Expansions {
  const out: Expansions = { people: new Map(), lookups: new Map() };
  if (!plan.expands.size) return out;
  for (const p of db.prepare('SELECT * FROM people').all() as Record<string, unknown>[]) out.people.set(p.spId as number, p);
  for (const [def, subs] of plan.expands) {
    if (baseOf(def) !== 'lookup') continue;
    const target = listById(db, def.LookupList!);
    const ids = new Set<number>();
    rows.forEach((r, i) => {
      const v = rawValue(def, r, parsed[i]);
      for (const id of Array.isArray(v) ? v : v == null ? [] : [v]) ids.add(id as number);
    });
    const byId = new Map<number, Entity>();
    if (target && ids.size) {
      const trows = db
        .prepare('SELECT id, guid, version, created, modified, author_id, editor_id, json(data) AS data FROM sp_items WHERE list_id = ? AND id IN (SELECT value FROM json_each(?))')
        .all(target.list.id, JSON.stringify([...ids])) as unknown as ItemRow[];
      for (const tr of trows) {
        const td = JSON.parse(tr.data) as Record<string, unknown>;
        const e: Entity = { 'odata.type': itemTypeName(target.entity), 'odata.id': tr.guid };
        for (const s of subs) {
          const sd = /^id$/i.test(s) ? target.byName.get('id')! : target.byName.get(s.toLowerCase())!;
          e[s] = rawValue(sd, tr, td);
        }
        byId.set(tr.id, e);
      }
    }
    out.lookups.set(def, byId);
  }
  return out;
}

function personEntity(p: Record<string, unknown> | undefined, subs: string[]): Entity | null {
  if (!p) return null;
  const e: Entity = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': String(p.id) };
  for (const s of subs) {
    const prop = PERSON_PROPS[s];
    const col = prop.sql.replace(/^p\./, '');
    e[s] = s === 'Name' ? `i:0#.f|membership|${String(p.userPrincipalName)}` : p[col];
  }
  return e;
}

function expanded(def: FieldDef, v: unknown, plan: ShapePlan, exp: Expansions): unknown {
  const subs = plan.expands.get(def)!;
  const one = (id: number): Entity | null =>
    baseOf(def) === 'user' ? personEntity(exp.people.get(id), subs) : exp.lookups.get(def)?.get(id) ?? null;
  if (isMulti(def)) return ((v as number[] | null) ?? []).map(one).filter(Boolean);
  return v == null ? null : one(v as number);
}

function put(out: Entity, def: FieldDef, as: Pick['as'], v: unknown, plan: ShapePlan, exp: Expansions): void {
  const ep = entityPropertyName(def.InternalName);
  if (as === 'expand') out[ep] = expanded(def, v, plan, exp);
  else if (as === 'id') out[`${ep}Id`] = isMulti(def) ? (v ?? []) : v;
  else if (as === 'stringId') out[`${ep}StringId`] = isMulti(def) ? ((v as number[] | null) ?? []).map(String) : v == null ? null : String(v);
  else out[ep] = v;
}

function entityOf(schema: ListSchema, plan: ShapePlan, row: ItemRow, data: Record<string, unknown>, exp: Expansions): Entity {
  const out: Entity = {
    'odata.type': itemTypeName(schema.entity),
    'odata.id': row.guid,
    'odata.etag': `"${row.version}"`,
    'odata.editLink': `Web/Lists(guid'${schema.list.id}')/Items(${row.id})`
  };
  if (plan.all) {
    for (const [def] of plan.expands) put(out, def, 'expand', rawValue(def, row, data), plan, exp);
    out.FileSystemObjectType = 0;
    out.Id = row.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = ITEM_CONTENT_TYPE_ID;
    for (const def of schema.fields) {
      if (def.Source) continue;
      const base = baseOf(def);
      const v = rawValue(def, row, data);
      if (base === 'user' || base === 'lookup') {
        put(out, def, 'id', v, plan, exp);
        if (base === 'user') put(out, def, 'stringId', v, plan, exp);
      } else put(out, def, 'value', v, plan, exp);
    }
    out.ID = row.id;
    out.Modified = row.modified;
    out.Created = row.created;
    out.AuthorId = row.author_id;
    out.EditorId = row.editor_id;
    out.OData__UIVersionString = `${row.version}.0`;
    out.Attachments = false;
    out.GUID = row.guid;
  }
  for (const p of plan.picks) {
    if (p.def.Source === 'id' && p.as === 'value') {
      out.Id = row.id;
      out.ID = row.id;
    } else put(out, p.def, p.as, rawValue(p.def, row, data), plan, exp);
  }
  return out;
}

export function shapeRows(db: Db, schema: ListSchema, plan: ShapePlan, rows: ItemRow[]): Entity[] {
  const parsed = rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
  const exp = loadExpansions(db, plan, rows, parsed);
  return rows.map((r, i) => entityOf(schema, plan, r, parsed[i], exp));
}
