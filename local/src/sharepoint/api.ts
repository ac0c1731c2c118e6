/**
 * Store-level API of the SharePoint module for the demo seed and reset: no HTTP, same validation
 * and value handling as the REST path (items.add), many rows in one transaction.
 */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { SpFail } from './spErrors.ts';
import { addItem } from './items.ts';
import { invalidate, listByTitle, migrateSharePoint } from './listCatalogue.ts';

/**
 * Adds items to a list in one transaction, as items.add would one by one.
 *
 * @param db the tenant's store
 * @param listTitle title of an existing list
 * @param rows item bodies as a client sends them (Title, Budget, OwnerId, ProjectId...). Seed-only
 *   extras: Created, Modified (ISO dates) and AuthorId, EditorId (site user ids) to give items a history.
 * @param authorSpId site user id (people.spId) of the author when a row names none
 * @returns the new item ids, in row order
 * @throws Error with SharePoint's message when the list is missing or a row is invalid; nothing is added then
 */
export function addItems(db: Db, listTitle: string, rows: Record<string, unknown>[], authorSpId: number): number[] {
  migrateSharePoint(db);
  try {
    return transaction(db, () => {
      const schema = listByTitle(db, listTitle);
      if (!schema) throw new Error(`List '${listTitle}' does not exist.`);
      return rows.map((row, i) => {
        try {
          return addItem(db, schema, row, authorSpId, { allowSystem: true }).id;
        } catch (e) {
          throw e instanceof SpFail ? new Error(`Row ${i} of '${listTitle}': ${e.message}`) : e;
        }
      });
    });
  } finally {
    invalidate(db);
  }
}

/** Drops every list with its fields, items and recycled items (used by reset before the demo is seeded again). */
export function clearSharePoint(db: Db): void {
  migrateSharePoint(db);
  transaction(db, () => {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'sp_ix_%'").all() as { name: string }[]) {
      db.exec(`DROP INDEX IF EXISTS "${name}"`);
    }
    db.exec('DELETE FROM sp_items; DELETE FROM sp_fields; DELETE FROM sp_recycle; DELETE FROM sp_lists;');
  });
  invalidate(db);
}
