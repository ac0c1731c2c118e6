/**
 * GET web/lists with its query options: $filter, $orderby, $top and $select on the lists (entities.ts),
 * plus `$expand=Fields`, SharePoint Online's way to read the columns of several lists in one request
 * (the data layer's setup check asks `$select=Id,Title,Fields/InternalName,Fields/Indexed&$expand=Fields`
 * with a $filter on Title). Each list then carries a "Fields" array of field entities, reduced to the
 * `Fields/x` properties selected, as SPO answers in JSON light (verbose: `Fields: {results: [...]}`).
 */
import type { LocalResponse } from '../http.ts';
import type { SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { queryEntities, selectProps } from './entities.ts';
import { fieldEntity } from './fieldsRoute.ts';
import { listEntity } from './lists.ts';
import { collectionResponse, type Entity } from './responseFormats.ts';
import { allLists, type ListSchema } from './listCatalogue.ts';

const names = (s: string | null): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
const isFields = (name: string): boolean => name.toLowerCase() === 'fields';

interface ListsShape {
  /** The list's own properties named in $select ('all' without $select; none when it names only Fields). */
  own: string[] | 'all';
  /** Whether each list gets its "Fields" array. */
  fields: boolean;
  /** Field properties to keep (empty: all of them). */
  fieldProps: string[];
}

function planLists(r: SpRequest): ListsShape {
  const expand = names(r.query.get('$expand'));
  for (const e of expand) if (!isFields(e)) throw fail.notImplemented(`$expand of '${e}' on lists (only Fields)`);
  const expanded = expand.length > 0;
  const select = names(r.query.get('$select'));
  const own: string[] = [];
  const fieldProps: string[] = [];
  let fieldsNamed = false;
  for (const n of select) {
    const [head, sub, ...deeper] = n.split('/');
    if (sub === undefined) {
      if (isFields(head)) fieldsNamed = true;
      else own.push(n);
      continue;
    }
    if (!isFields(head) || deeper.length) throw fail.notImplemented(`$select of '${n}' on lists`);
    // As for items: a sub-property of a navigation property needs that property expanded (SPO 400).
    if (!expanded) {
      throw fail.notExpanded(n, head);
    }
    fieldProps.push(sub);
  }
  // Without $select everything comes back, the expanded Fields included; with one, only what it names.
  const everything = !select.length || select.includes('*');
  return {
    own: everything ? 'all' : own,
    fields: expanded && (everything || fieldsNamed || fieldProps.length > 0),
    fieldProps: fieldsNamed || everything ? [] : fieldProps
  };
}

function fieldsOf(r: SpRequest, s: ListSchema, props: string[]): Entity[] {
  const all = s.fields.map((d) => fieldEntity(r, s, d));
  // Lenient: fields are of mixed types (Choices exists on SP.FieldChoice only); unknown names are checked below.
  return props.length ? all.map((e) => selectProps(e, props.join(','), String(e['odata.type']), true)) : all;
}

export function getLists(r: SpRequest): LocalResponse {
  const shape = planLists(r);
  const schemas = allLists(r.db);
  const entities = schemas.map((s) => listEntity(r, s));
  const schemaOf = new Map(entities.map((e, i) => [e, schemas[i]]));
  // Filter, order and cut on whole entities (selectProps keeps them as they are without $select), so
  // each row still maps to its list; $select is applied after.
  const q = new URLSearchParams(r.query);
  q.delete('$expand');
  q.delete('$select');
  const rows = queryEntities(entities, q, 'SP.List');
  const select = shape.own === 'all' ? '' : shape.own.join(',');
  // Every list has the same properties: an unknown name is a 400 even when the filter matched nothing.
  if (select && entities.length) selectProps(entities[0], select, 'SP.List');

  const out = rows.map((e) => {
    const own =
      shape.own === 'all' ? e : select ? selectProps(e, select, 'SP.List') : Object.fromEntries(Object.entries(e).filter(([k]) => k.startsWith('odata.')));
    if (!shape.fields) return own;
    return { ...own, Fields: fieldsOf(r, schemaOf.get(e)!, shape.fieldProps) };
  });
  for (const p of shape.fieldProps) {
    const known = out.some((l) => (l.Fields as Entity[]).some((f) => Object.keys(f).some((k) => k.toLowerCase() === p.toLowerCase())));
    if (out.length && !known) throw fail.badQuery(`The field or property '${p}' does not exist on type 'SP.Field'.`);
  }
  return collectionResponse(r.out, out, 'SP.ApiData.Lists');
}
