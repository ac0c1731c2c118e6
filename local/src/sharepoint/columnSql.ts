/**
 * Resolves column paths of $filter/$orderby/$select (Title, OwnerId, Owner/EMail, Project/Id) to
 * SQL over sp_items (alias i), people and lookup target lists.
 */
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { baseOf, isMulti, ITEM_CONTENT_TYPE_ID, type BaseKind, type FieldDef } from './fieldTypes.ts';
import { listById, valueSql, type ListSchema } from './listCatalogue.ts';

/** Properties of an expanded person (User Information List) and their SQL over `people p`. */
export const PERSON_PROPS: Record<string, { sql: string; base: BaseKind }> = {
  Id: { sql: 'p.spId', base: 'number' },
  ID: { sql: 'p.spId', base: 'number' },
  Title: { sql: 'p.displayName', base: 'text' },
  EMail: { sql: 'p.mail', base: 'text' },
  Name: { sql: "('i:0#.f|membership|' || p.userPrincipalName)", base: 'text' },
  UserName: { sql: 'p.userPrincipalName', base: 'text' },
  JobTitle: { sql: 'p.jobTitle', base: 'text' },
  Department: { sql: 'p.department', base: 'text' }
};

/** Field types a lookup can project (SharePoint refuses notes, people and other lookups). */
const PROJECTABLE: BaseKind[] = ['text', 'number', 'datetime', 'choice', 'counter', 'boolean', 'guid'];

export interface Col {
  /** The field the path starts at. */
  def: FieldDef;
  /** Path after the field for expanded columns (Owner/EMail → 'EMail'); undefined for the field's own value. */
  sub?: string;
  /** For lookups with a sub path: the projected field of the target list. */
  subDef?: FieldDef;
  target?: ListSchema;
  /** Type of the compared value (a person's Title is text, a lookup's id is a number). */
  base: BaseKind;
  multi: boolean;
  /** Single value: the value SQL. Multi value: the arguments of json_each(). */
  source: string;
  /** SQL of the compared value given the SQL of one stored element (an id or the value itself). */
  of(elem: string): string;
  /** An index serves comparisons on this column (ID, or an indexed field's own value). */
  indexed: boolean;
}

/** Where system fields live. */
export function systemSql(def: FieldDef, alias = 'i'): string {
  switch (def.Source) {
    case 'id':
      return `${alias}.id`;
    case 'created':
      return `${alias}.created`;
    case 'modified':
      return `${alias}.modified`;
    case 'author':
      return `${alias}.author_id`;
    case 'editor':
      return `${alias}.editor_id`;
    case 'guid':
      return `${alias}.guid`;
    case 'version':
      return `(${alias}.version || '.0')`;
    case 'attachments':
      return '0';
    case 'contenttype':
      return `'${ITEM_CONTENT_TYPE_ID}'`;
    default:
      return valueSql(def, alias);
  }
}

/** Finds the field a name refers to; `XId`/`XStringId` of person and lookup fields count as X. */
export function findField(schema: ListSchema, name: string): { def: FieldDef; idSuffix: boolean } | undefined {
  const lower = name.toLowerCase();
  if (lower === 'id') return { def: schema.byName.get('id')!, idSuffix: false };
  const direct = schema.byName.get(lower);
  if (direct) return { def: direct, idSuffix: false };
  const stem = /^(.*?)(string)?id$/i.exec(name);
  if (stem) {
    const def = schema.byName.get(stem[1].toLowerCase());
    if (def && (baseOf(def) === 'user' || baseOf(def) === 'lookup')) return { def, idSuffix: true };
  }
  return undefined;
}

export function resolveColumn(db: Db, schema: ListSchema, path: string, alias = 'i'): Col {
  const [head, sub, ...rest] = path.split('/');
  const found = findField(schema, head);
  if (!found || rest.length) throw fail.columnMissing(path);
  const def = found.def;
  const base = baseOf(def);
  const multi = isMulti(def);
  const source = multi ? `${alias}.data, '$."${def.InternalName}"'` : systemSql(def, alias);
  const indexed = !multi && (def.Indexed || def.Source === 'id');
  if (sub === undefined) {
    const valueBase: BaseKind = base === 'user' || base === 'lookup' ? 'number' : base;
    return { def, base: valueBase, multi, source, of: (e) => e, indexed };
  }
  if (found.idSuffix) throw fail.columnMissing(path);
  if (base === 'user') {
    const prop = PERSON_PROPS[sub];
    if (!prop) throw fail.columnMissing(path);
    if (sub === 'Id' || sub === 'ID') return { def, sub, base: 'number', multi, source, of: (e) => e, indexed };
    return { def, sub, base: prop.base, multi, source, of: (e) => `(SELECT ${prop.sql} FROM people p WHERE p.spId = ${e})`, indexed: false };
  }
  if (base === 'lookup') {
    const target = listById(db, def.LookupList!);
    if (!target) throw fail.columnMissing(path);
    if (/^id$/i.test(sub)) return { def, sub, target, base: 'number', multi, source, of: (e) => e, indexed };
    const subDef = target.byName.get(sub.toLowerCase());
    if (!subDef || !PROJECTABLE.includes(baseOf(subDef))) throw fail.columnMissing(path);
    const t = `t${Math.random().toString(36).slice(2, 7)}`;
    return {
      def,
      sub: subDef.InternalName,
      subDef,
      target,
      base: baseOf(subDef) === 'counter' ? 'number' : baseOf(subDef),
      multi,
      source,
      of: (e) => `(SELECT ${systemSql(subDef, t)} FROM sp_items ${t} WHERE ${t}.list_id = '${target.list.id}' AND ${t}.id = ${e})`,
      indexed: false
    };
  }
  throw fail.columnMissing(path);
}
