/**
 * The people of the local tenant, shared by SharePoint (site users, ids) and Graph (users, guids).
 * The demo seed fills it; `/me`, `currentuser` and `ensureuser` read it.
 */
import type { Db } from './store.ts';

export interface Person {
  /** SharePoint site user id. */
  spId: number;
  /** Graph user id (guid). */
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
  department: string;
  /** Employee, Contractor or Support department. */
  kind: string;
  isSiteAdmin: boolean;
}

export function migrateDirectory(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS people (
    spId INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    displayName TEXT NOT NULL,
    mail TEXT NOT NULL UNIQUE COLLATE NOCASE,
    userPrincipalName TEXT NOT NULL UNIQUE COLLATE NOCASE,
    jobTitle TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'Employee',
    isSiteAdmin INTEGER NOT NULL DEFAULT 0
  )`);
}

function toPerson(row: Record<string, unknown> | undefined): Person | undefined {
  if (!row) return undefined;
  return { ...(row as unknown as Person), isSiteAdmin: Boolean(row.isSiteAdmin) };
}

export function listPeople(db: Db): Person[] {
  return (db.prepare('SELECT * FROM people ORDER BY spId').all() as Record<string, unknown>[]).map((r) => toPerson(r)!);
}

export function findPerson(db: Db, key: string | number): Person | undefined {
  if (typeof key === 'number') return toPerson(db.prepare('SELECT * FROM people WHERE spId = ?').get(key) as Record<string, unknown>);
  const k = key.replace(/^i:0#\.f\|membership\|/i, '');
  return toPerson(
    db.prepare('SELECT * FROM people WHERE id = ? OR mail = ? OR userPrincipalName = ?').get(k, k, k) as Record<string, unknown>
  );
}

export function addPerson(db: Db, p: Omit<Person, 'spId'>): Person {
  db.prepare(
    'INSERT INTO people (id, displayName, mail, userPrincipalName, jobTitle, department, kind, isSiteAdmin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(p.id, p.displayName, p.mail, p.userPrincipalName, p.jobTitle, p.department, p.kind, p.isSiteAdmin ? 1 : 0);
  return findPerson(db, p.mail)!;
}
