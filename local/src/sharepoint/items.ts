/**
 * Item writes against the store: add, update (with ETag check), delete and recycle. Callers run
 * them inside a transaction; the REST handlers and the seed API share them.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { baseOf, isTextLike } from './fieldTypes.ts';
import { nowIso, valueSql, type ListSchema } from './listCatalogue.ts';
import type { ItemRow } from './shape.ts';
import { applyDefaults, normalizeBody, type Stored, type WriteOptions } from './itemInput.ts';

/** The HTTP ETag header form: "<item guid>,<version>". */
export const etagHeader = (row: Pick<ItemRow, 'guid' | 'version'>): string => `"${row.guid},${row.version}"`;

export function getItem(db: Db, schema: ListSchema, id: number): ItemRow | undefined {
  return db
    .prepare('SELECT id, guid, version, created, modified, author_id, editor_id, json(data) AS data FROM sp_items WHERE list_id = ? AND id = ?')
    .get(schema.list.id, id) as ItemRow | undefined;
}

/**
 * IF-Match: `*` always matches; `"3"`, `"<guid>,3"` (and W/ forms) match version 3 only. A missing
 * header fails like a mismatch with the empty string, as SharePoint Online does for MERGE.
 */
export function checkEtag(row: ItemRow, ifMatch: string | undefined): void {
  if (ifMatch !== undefined && ifMatch.trim() === '*') return;
  const sent = (ifMatch ?? '').trim();
  const version = /^(?:W\/)?"?(?:[0-9a-f-]{36},)?(\d+)"?$/i.exec(sent)?.[1];
  if (version === undefined || Number(version) !== row.version) throw fail.etagMismatch(sent, etagHeader(row));
}

function checkUnique(db: Db, schema: ListSchema, data: Stored, exceptId?: number): void {
  for (const f of schema.fields) {
    if (!f.EnforceUniqueValues || f.Source) continue;
    const v = data[f.InternalName];
    if (v === null || v === undefined) continue;
    const collate = isTextLike(baseOf(f)) ? ' COLLATE NOCASE' : '';
    const clash = db
      .prepare(`SELECT 1 FROM sp_items WHERE list_id = '${schema.list.id}' AND ${valueSql(f)}${collate} = ? AND id <> ? LIMIT 1`)
      .get(v as string | number, exceptId ?? -1);
    if (clash) {
      throw fail.badValueWithCode(
        '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${f.InternalName}].`
      );
    }
  }
}

function compact(data: Stored): string {
  const out: Stored = {};
  for (const [k, v] of Object.entries(data)) if (v !== null && v !== undefined) out[k] = v;
  return JSON.stringify(out);
}

export function addItem(db: Db, schema: ListSchema, body: Record<string, unknown>, authorSpId: number, opts: WriteOptions = {}): ItemRow {
  const { data, system } = normalizeBody(db, schema, body, opts);
  applyDefaults(db, schema, data);
  // No Required check, here or on update: SharePoint's REST and CSOM never enforced Required (only its
  // forms do), SharePoint/PnP-JS-Core#376 "Client object model always allowed to ignore required fields".
  // PMO Hub's own validation (src/model) must refuse incomplete records; a stricter tenant would hide it.
  checkUnique(db, schema, data);
  const list = db.prepare('SELECT next_item_id FROM sp_lists WHERE id = ?').get(schema.list.id) as { next_item_id: number };
  const id = list.next_item_id;
  const now = nowIso();
  const created = system.created ?? now;
  const modified = system.modified ?? created;
  const author = system.authorId ?? authorSpId;
  db.prepare('INSERT INTO sp_items (list_id, id, guid, version, created, modified, author_id, editor_id, data) VALUES (?, ?, ?, 1, ?, ?, ?, ?, jsonb(?))').run(
    // Through REST the writer is the editor even when the body names another author; the seed's rows
    // (allowSystem) are edited by whoever authored them unless they say otherwise.
    schema.list.id, id, randomUUID(), created, modified, author, opts.allowSystem ? system.editorId ?? author : authorSpId, compact(data)
  );
  db.prepare('UPDATE sp_lists SET next_item_id = ?, item_count = item_count + 1, last_item_modified = ? WHERE id = ?').run(id + 1, now, schema.list.id);
  return getItem(db, schema, id)!;
}

export function updateItem(
  db: Db, schema: ListSchema, id: number, body: Record<string, unknown>, editorSpId: number, ifMatch: string | undefined, opts: WriteOptions = {}
): ItemRow {
  const row = getItem(db, schema, id);
  if (!row) throw fail.itemNotFound();
  checkEtag(row, ifMatch);
  const { data: changes, system } = normalizeBody(db, schema, body, opts);
  const data = { ...(JSON.parse(row.data) as Stored), ...changes };
  checkUnique(db, schema, changes, id);
  const now = nowIso();
  db.prepare('UPDATE sp_items SET version = version + 1, modified = ?, editor_id = ?, created = ?, author_id = ?, data = jsonb(?) WHERE list_id = ? AND id = ?').run(
    system.modified ?? now, system.editorId ?? editorSpId, system.created ?? row.created, system.authorId ?? row.author_id, compact(data), schema.list.id, id
  );
  db.prepare('UPDATE sp_lists SET last_item_modified = ? WHERE id = ?').run(now, schema.list.id);
  return getItem(db, schema, id)!;
}

export function deleteItem(db: Db, schema: ListSchema, id: number, ifMatch: string | undefined): ItemRow {
  const row = getItem(db, schema, id);
  if (!row) throw fail.itemNotFound();
  if (ifMatch !== undefined) checkEtag(row, ifMatch);
  db.prepare('DELETE FROM sp_items WHERE list_id = ? AND id = ?').run(schema.list.id, id);
  db.prepare('UPDATE sp_lists SET item_count = item_count - 1, last_item_modified = ? WHERE id = ?').run(nowIso(), schema.list.id);
  return row;
}

/** Moves the item to the recycle bin; returns the recycle bin item's guid. */
export function recycleItem(db: Db, schema: ListSchema, id: number, bySpId: number): string {
  const row = deleteItem(db, schema, id, undefined);
  const binId = randomUUID();
  db.prepare('INSERT INTO sp_recycle (id, list_id, item_id, deleted, deleted_by, item) VALUES (?, ?, ?, ?, ?, ?)').run(
    binId, schema.list.id, id, nowIso(), bySpId, JSON.stringify(row)
  );
  return binId;
}
