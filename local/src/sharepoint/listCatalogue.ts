/**
 * SQLite tables of the SharePoint module and the list/field catalogue on top of them.
 * sp_lists: one row per list. sp_fields: one row per field, definition as JSON. sp_items: one row
 * per item, keyed (list_id, id), field values as JSONB keyed by internal name; indexed fields get
 * an expression index so $filter on them is an index seek, as on SharePoint.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store.ts';
import { isTextLike, baseOf, systemFields, type FieldDef } from './fieldTypes.ts';
import { entityNameFromUrl, entityPropertyName, urlNameFromTitle } from './names.ts';

export interface ListRow {
  id: string;
  title: string;
  url_name: string;
  description: string;
  base_template: number;
  settings: string;
  next_item_id: number;
  item_count: number;
  created: string;
  modified: string;
  last_item_modified: string;
}

export interface ListSchema {
  list: ListRow;
  /** Entity name part, e.g. PMO_x0020_Projects (fixed at creation). */
  entity: string;
  fields: FieldDef[];
  /** By lower-cased internal name and entity property name. */
  byName: Map<string, FieldDef>;
}

const migrated = new WeakSet<Db>();

export function migrateSharePoint(db: Db): void {
  if (migrated.has(db)) return;
  db.exec(`
    CREATE TABLE IF NOT EXISTS sp_lists (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL UNIQUE COLLATE NOCASE,
      url_name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      base_template INTEGER NOT NULL DEFAULT 100,
      settings TEXT NOT NULL DEFAULT '{}',
      next_item_id INTEGER NOT NULL DEFAULT 1,
      item_count INTEGER NOT NULL DEFAULT 0,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      last_item_modified TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS sp_fields (
      list_id TEXT NOT NULL REFERENCES sp_lists(id) ON DELETE CASCADE,
      internal_name TEXT NOT NULL COLLATE NOCASE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      def TEXT NOT NULL,
      PRIMARY KEY (list_id, internal_name)
    );
    CREATE TABLE IF NOT EXISTS sp_items (
      list_id TEXT NOT NULL REFERENCES sp_lists(id) ON DELETE CASCADE,
      id INTEGER NOT NULL,
      guid TEXT NOT NULL,
      version INTEGER NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      author_id INTEGER NOT NULL,
      editor_id INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (list_id, id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS sp_recycle (
      id TEXT PRIMARY KEY,
      list_id TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      deleted TEXT NOT NULL,
      deleted_by INTEGER NOT NULL,
      item TEXT NOT NULL
    );
  `);
  migrated.add(db);
}

/** SharePoint's timestamp form: UTC, seconds, Z. */
export const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const cache = new WeakMap<Db, Map<string, ListSchema>>();

/** Drops cached schemas; called by every list or field write. */
export function invalidate(db: Db): void {
  cache.delete(db);
}

function buildSchema(db: Db, list: ListRow): ListSchema {
  const rows = db.prepare('SELECT def FROM sp_fields WHERE list_id = ? ORDER BY seq').all(list.id) as { def: string }[];
  const fields = rows.map((r) => JSON.parse(r.def) as FieldDef);
  const byName = new Map<string, FieldDef>();
  for (const f of fields) {
    byName.set(f.InternalName.toLowerCase(), f);
    byName.set(entityPropertyName(f.InternalName).toLowerCase(), f);
  }
  return { list, entity: entityNameFromUrl(list.url_name), fields, byName };
}

function schemaOf(db: Db, list: ListRow | undefined): ListSchema | undefined {
  if (!list) return undefined;
  let byId = cache.get(db);
  if (!byId) cache.set(db, (byId = new Map()));
  const hit = byId.get(list.id);
  // item_count and next_item_id change with every item write; keep the cached fields, refresh the row.
  if (hit) return { ...hit, list };
  const schema = buildSchema(db, list);
  byId.set(list.id, schema);
  return schema;
}

export function listByTitle(db: Db, title: string): ListSchema | undefined {
  return schemaOf(db, db.prepare('SELECT * FROM sp_lists WHERE title = ?').get(title) as ListRow | undefined);
}

export function listById(db: Db, id: string): ListSchema | undefined {
  const clean = id.replace(/[{}]/g, '').toLowerCase();
  return schemaOf(db, db.prepare('SELECT * FROM sp_lists WHERE id = ?').get(clean) as ListRow | undefined);
}

export function allLists(db: Db): ListSchema[] {
  return (db.prepare('SELECT * FROM sp_lists ORDER BY created, title').all() as unknown as ListRow[]).map((l) => schemaOf(db, l)!);
}

/** By guid (braces optional) or title; used to resolve lookup targets. */
export function findList(db: Db, ref: string): ListSchema | undefined {
  const guid = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i.exec(ref)?.[1];
  if (guid) return listById(db, guid);
  return listByTitle(db, ref.replace(/^Lists\//i, ''));
}

export function insertList(db: Db, title: string, description: string, baseTemplate: number, settings: Record<string, unknown>): ListSchema {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    'INSERT INTO sp_lists (id, title, url_name, description, base_template, settings, created, modified, last_item_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(id, title, urlNameFromTitle(title), description, baseTemplate, JSON.stringify(settings), now, now, now);
  systemFields().forEach((f) => insertField(db, id, f));
  invalidate(db);
  return listById(db, id)!;
}

export function updateList(db: Db, id: string, set: { title?: string; description?: string; settings?: Record<string, unknown> }): void {
  const row = db.prepare('SELECT * FROM sp_lists WHERE id = ?').get(id) as unknown as ListRow;
  db.prepare('UPDATE sp_lists SET title = ?, description = ?, settings = ?, modified = ? WHERE id = ?').run(
    set.title ?? row.title,
    set.description ?? row.description,
    JSON.stringify({ ...(JSON.parse(row.settings) as object), ...(set.settings ?? {}) }),
    nowIso(),
    id
  );
  invalidate(db);
}

export function deleteList(db: Db, id: string): void {
  for (const f of db.prepare('SELECT def FROM sp_fields WHERE list_id = ?').all(id) as { def: string }[]) dropFieldIndex(db, id, JSON.parse(f.def) as FieldDef);
  db.prepare('DELETE FROM sp_items WHERE list_id = ?').run(id);
  db.prepare('DELETE FROM sp_lists WHERE id = ?').run(id);
  invalidate(db);
}

/** The SQL expression of a data field's value; expression indexes use exactly this text. */
export function valueSql(def: FieldDef, alias = ''): string {
  return `json_extract(${alias ? `${alias}.` : ''}data, '$."${def.InternalName}"')`;
}

function indexName(listId: string, def: FieldDef): string {
  return `sp_ix_${listId.replace(/-/g, '')}_${def.InternalName}`;
}

function syncFieldIndex(db: Db, listId: string, def: FieldDef): void {
  if (def.Source) return;
  if (!def.Indexed) return dropFieldIndex(db, listId, def);
  const collate = isTextLike(baseOf(def)) ? ' COLLATE NOCASE' : '';
  // A partial index per list keeps each list's index small and lets the planner pick it on list_id = '<id>'.
  db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(listId, def)}" ON sp_items (${valueSql(def)}${collate}, id) WHERE list_id = '${listId}'`);
}

function dropFieldIndex(db: Db, listId: string, def: FieldDef): void {
  db.exec(`DROP INDEX IF EXISTS "${indexName(listId, def)}"`);
}

export function insertField(db: Db, listId: string, def: FieldDef): void {
  const seq = (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM sp_fields WHERE list_id = ?').get(listId) as { n: number }).n;
  db.prepare('INSERT INTO sp_fields (list_id, internal_name, id, seq, def) VALUES (?, ?, ?, ?, ?)').run(listId, def.InternalName, def.Id, seq, JSON.stringify(def));
  syncFieldIndex(db, listId, def);
  invalidate(db);
}

export function saveField(db: Db, listId: string, def: FieldDef): void {
  db.prepare('UPDATE sp_fields SET def = ? WHERE list_id = ? AND internal_name = ?').run(JSON.stringify(def), listId, def.InternalName);
  syncFieldIndex(db, listId, def);
  invalidate(db);
}

export function deleteField(db: Db, listId: string, def: FieldDef): void {
  db.prepare('DELETE FROM sp_fields WHERE list_id = ? AND internal_name = ?').run(listId, def.InternalName);
  dropFieldIndex(db, listId, def);
  db.prepare(`UPDATE sp_items SET data = jsonb_remove(data, '$."${def.InternalName}"') WHERE list_id = ?`).run(listId);
  invalidate(db);
}
