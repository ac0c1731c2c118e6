import type { ConflictSide, IConflict, IConflictField, IConflictRow } from './types';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Default value equality: empty values are equal to each other, others by JSON text. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function equal<T>(field: IConflictField<T>, a: T[keyof T], b: T[keyof T]): boolean {
  return field.equals ? field.equals(a, b) : sameValue(a, b);
}

/** The fields where yours and theirs differ, with who changed what since the base. */
export function conflictRows<T>(conflict: IConflict<T>, fields: IConflictField<T>[]): IConflictRow<T>[] {
  const rows: IConflictRow<T>[] = [];
  for (const field of fields) {
    const base = conflict.base[field.key];
    const mine = conflict.mine[field.key];
    const theirs = conflict.theirs[field.key];
    if (equal(field, mine, theirs)) continue;
    const changedByMe = !equal(field, base, mine);
    const changedByThem = !equal(field, base, theirs);
    rows.push({
      field,
      changedByMe,
      changedByThem,
      defaultSide: changedByThem && !changedByMe ? 'theirs' : 'mine'
    });
  }
  return rows;
}

/** The default choices: a side for every differing field. */
export function defaultChoices<T>(rows: IConflictRow<T>[]): Record<string, ConflictSide> {
  const choices: Record<string, ConflictSide> = {};
  for (const row of rows) choices[row.field.key] = row.defaultSide;
  return choices;
}

/**
 * The resolved values: the server's version, with each differing field taken from the chosen side.
 * Starting from theirs means nothing they changed is dropped unless the person chose so.
 */
export function mergeConflict<T>(conflict: IConflict<T>, choices: Record<string, ConflictSide>): T {
  const merged = { ...conflict.theirs };
  for (const key of Object.keys(choices) as (keyof T & string)[]) {
    if (choices[key] === 'mine') merged[key] = conflict.mine[key];
  }
  return merged;
}

/** A value as display text for the dialog; '' for empty values. */
export function displayValue<T>(field: IConflictField<T>, record: T): string {
  const value = record[field.key];
  if (isEmpty(value)) return '';
  return field.format ? field.format(value, record) : String(value);
}

/** True when two versions agree on every field the dialog compares (a merge equal to theirs needs no write). */
export function sameValues<T>(a: T, b: T, fields: IConflictField<T>[]): boolean {
  return conflictRows({ base: a, mine: a, theirs: b, etag: '' }, fields).length === 0;
}
