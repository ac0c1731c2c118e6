/**
 * $filter tree → SQL WHERE over sp_items, with bound parameters. Also reports whether an index
 * serves the filter, which decides SharePoint's list view threshold on lists over 5,000 items.
 */
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { isTextLike, type BaseKind } from './fieldTypes.ts';
import type { FilterNode, Literal } from './filterParser.ts';
import { resolveColumn, type Col } from './columnSql.ts';
import type { ListSchema } from './listCatalogue.ts';
import { normalizeDate } from './itemInput.ts';

export interface SqlFilter {
  sql: string;
  params: (string | number)[];
  /** True when an indexed column narrows the rows (AND: any side; OR: both sides). */
  indexed: boolean;
}

const OPS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

function mismatch(col: string, base: BaseKind, lit: Literal): never {
  const shown = lit.type === 'null' ? 'null' : String((lit as { value: unknown }).value);
  throw fail.badQuery(`The value '${shown}' cannot be compared with column '${col}' of type ${base}.`);
}

/** A literal as the stored form of the column's type. */
export function toParam(column: string, base: BaseKind, lit: Literal): string | number {
  if (lit.type === 'null') return mismatch(column, base, lit);
  const v = lit.value;
  switch (base) {
    case 'number':
    case 'counter':
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
      return mismatch(column, base, lit);
    case 'boolean':
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v === 1 || v === 0) return v;
      if (typeof v === 'string' && /^(1|0|true|false)$/i.test(v)) return /^(1|true)$/i.test(v) ? 1 : 0;
      return mismatch(column, base, lit);
    case 'datetime': {
      const d = typeof v === 'string' ? normalizeDate(v) : undefined;
      return d ?? mismatch(column, base, lit);
    }
    default:
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
      return mismatch(column, base, lit);
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function compileFilter(db: Db, schema: ListSchema, node: FilterNode): SqlFilter {
  const params: (string | number)[] = [];
  const column = (name: string): Col => {
    const col = resolveColumn(db, schema, name);
    if (col.base === 'note' && !col.sub) throw fail.badQuery(`The field '${col.def.InternalName}' of type 'Note' cannot be used in the query filter expression.`);
    return col;
  };
  const walk = (n: FilterNode): { sql: string; indexed: boolean } => {
    if (n.kind === 'and' || n.kind === 'or') {
      const l = walk(n.left);
      const r = walk(n.right);
      const indexed = n.kind === 'and' ? l.indexed || r.indexed : l.indexed && r.indexed;
      return { sql: `(${l.sql} ${n.kind.toUpperCase()} ${r.sql})`, indexed };
    }
    if (n.kind === 'not') return { sql: `(NOT ${walk(n.expr).sql})`, indexed: false };
    const col = column(n.column);
    const collate = isTextLike(col.base) ? ' COLLATE NOCASE' : '';
    if (n.kind === 'func') {
      if (!isTextLike(col.base)) throw fail.badQuery(`${n.name}() needs a text column; '${n.column}' is not one.`);
      const pattern = n.name === 'startswith' ? `${likeEscape(n.value)}%` : n.name === 'endswith' ? `%${likeEscape(n.value)}` : `%${likeEscape(n.value)}%`;
      params.push(pattern);
      const test = (e: string) => `${col.of(e)} LIKE ? ESCAPE '\\'`;
      const sql = col.multi ? `EXISTS (SELECT 1 FROM json_each(${col.source}) je WHERE ${test('je.value')})` : test(col.source);
      return { sql: n.negate ? `(NOT ${sql})` : sql, indexed: col.indexed && n.name === 'startswith' && !n.negate };
    }
    if (n.value.type === 'null') {
      if (n.op !== 'eq' && n.op !== 'ne') throw fail.badQuery(`Only eq and ne can compare '${n.column}' with null.`);
      const isNull = col.multi ? `(json_array_length(${col.source}) IS NULL OR json_array_length(${col.source}) = 0)` : `${col.of(col.source)} IS NULL`;
      return { sql: n.op === 'eq' ? isNull : `(NOT ${isNull})`, indexed: col.indexed && n.op === 'eq' };
    }
    const value = toParam(n.column, col.base, n.value);
    params.push(value);
    if (col.multi) {
      if (n.op !== 'eq' && n.op !== 'ne') throw fail.badQuery(`Only eq and ne can be used on the multi-value column '${n.column}'.`);
      const exists = `EXISTS (SELECT 1 FROM json_each(${col.source}) je WHERE ${col.of('je.value')}${collate} = ?)`;
      return { sql: n.op === 'eq' ? exists : `(NOT ${exists})`, indexed: false };
    }
    const expr = col.of(col.source);
    // The collation goes on the column side: that is what lets SQLite use the NOCASE expression index.
    // ne keeps empty values: an empty Status is "not Done".
    if (n.op === 'ne') return { sql: `(${expr} IS NULL OR ${expr}${collate} <> ?)`, indexed: false };
    return { sql: `${expr}${collate} ${OPS[n.op]} ?`, indexed: col.indexed };
  };
  const out = walk(node);
  return { sql: out.sql, params, indexed: out.indexed };
}
