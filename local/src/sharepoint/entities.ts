/**
 * Plain entity collections (lists, fields, site users, the web): $select, and $filter/$orderby/$top
 * evaluated in JavaScript with the same parser as list items. These collections are small.
 */
import { fail } from './spErrors.ts';
import { parseFilter, type FilterNode, type Literal } from './filterParser.ts';
import type { Entity } from './responseFormats.ts';

function prop(e: Entity, name: string, typeName: string): unknown {
  if (name in e) return e[name];
  const key = Object.keys(e).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw fail.badQuery(`The field or property '${name}' does not exist on type '${typeName}'.`);
  return e[key];
}

function litValue(l: Literal): unknown {
  return l.type === 'null' ? null : l.value;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en', { sensitivity: 'accent' });
  if (typeof a === 'boolean') a = a ? 1 : 0;
  if (typeof b === 'boolean') b = b ? 1 : 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function test(n: FilterNode, e: Entity, typeName: string): boolean {
  switch (n.kind) {
    case 'and':
      return test(n.left, e, typeName) && test(n.right, e, typeName);
    case 'or':
      return test(n.left, e, typeName) || test(n.right, e, typeName);
    case 'not':
      return !test(n.expr, e, typeName);
    case 'func': {
      const v = String(prop(e, n.column, typeName) ?? '').toLowerCase();
      const s = n.value.toLowerCase();
      const r = n.name === 'startswith' ? v.startsWith(s) : n.name === 'endswith' ? v.endsWith(s) : v.includes(s);
      return r !== n.negate;
    }
    case 'cmp': {
      const v = prop(e, n.column, typeName);
      const l = litValue(n.value);
      if (l === null || v === null || v === undefined) {
        const bothNull = l === null && (v === null || v === undefined);
        return n.op === 'eq' ? bothNull : n.op === 'ne' ? !bothNull : false;
      }
      const c = compare(v, typeof v === 'boolean' && typeof l === 'number' ? l === 1 : l);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[n.op];
    }
  }
}

/** $select on one entity; `lenient` skips names this entity lacks (mixed-type collections like fields). */
export function selectProps(e: Entity, select: string | null, typeName: string, lenient = false): Entity {
  const names = (select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.length || names.includes('*')) return e;
  const out: Entity = {};
  for (const [k, v] of Object.entries(e)) if (k.startsWith('odata.')) out[k] = v;
  for (const n of names) {
    if (n.includes('/')) throw fail.notImplemented(`$select of '${n}' on ${typeName}`);
    const key = Object.keys(e).find((k) => k.toLowerCase() === n.toLowerCase());
    if (key === undefined) {
      if (lenient) continue;
      throw fail.badQuery(`The field or property '${n}' does not exist on type '${typeName}'.`);
    }
    out[key] = e[key];
  }
  return out;
}

/** Applies $filter, $orderby, $top and $select of the query to a small collection. */
export function queryEntities(all: Entity[], q: URLSearchParams, typeName: string): Entity[] {
  if (q.get('$expand')) throw fail.notImplemented(`$expand on ${typeName} collections`);
  let rows = all;
  const f = q.get('$filter');
  if (f?.trim()) {
    const tree = parseFilter(f);
    rows = rows.filter((e) => test(tree, e, typeName));
  }
  const order = (q.get('$orderby') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (order.length) {
    const keys = order.map((o) => {
      const [name, dir] = o.split(/\s+/);
      return { name, desc: /^desc$/i.test(dir ?? '') };
    });
    rows = [...rows].sort((a, b) => {
      for (const k of keys) {
        const c = compare(prop(a, k.name, typeName), prop(b, k.name, typeName));
        if (c) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const top = q.get('$top');
  if (top && /^\d+$/.test(top)) rows = rows.slice(0, Number(top));
  const select = q.get('$select');
  // A name is valid when some entity of the collection has it (SP.FieldChoice has Choices, SP.FieldText does not).
  for (const n of (select ?? '').split(',').map((x) => x.trim()).filter((x) => x && x !== '*')) {
    if (all.length && !all.some((e) => Object.keys(e).some((k) => k.toLowerCase() === n.toLowerCase()))) {
      throw fail.badQuery(`The field or property '${n}' does not exist on type '${typeName}'.`);
    }
  }
  return rows.map((e) => selectProps(e, select, typeName, true));
}
