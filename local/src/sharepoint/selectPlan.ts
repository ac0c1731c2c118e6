/** $select and $expand of an items query → which properties and expansions each entity gets. */
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { baseOf, type FieldDef } from './fieldTypes.ts';
import { findField, resolveColumn } from './columnSql.ts';
import { entityPropertyName } from './names.ts';
import { listById, type ListSchema } from './listCatalogue.ts';

export type Pick = { def: FieldDef; as: 'value' | 'id' | 'stringId' } | { def: FieldDef; as: 'expand' };

export interface ShapePlan {
  all: boolean;
  picks: Pick[];
  /** Expanded field → sub properties to output. */
  expands: Map<FieldDef, string[]>;
}

/**
 * Navigation properties of SP.ListItem (ListItem resource, SharePoint REST reference:
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/dn531433(v=office.15)).
 * SharePoint expands them (`$expand=ParentList`); the local tenant does not, and says so with a 501
 * rather than the misleading 400 "Column 'ParentList' does not exist" a column look-up would give.
 */
const ITEM_NAVIGATION = new Set(
  ['AttachmentFiles', 'ContentType', 'FieldValuesAsHtml', 'FieldValuesAsText', 'FieldValuesForEdit', 'File', 'FirstUniqueAncestorSecurableObject',
    'Folder', 'GetDlpPolicyTip', 'LikedByInformation', 'ParentList', 'Properties', 'RoleAssignments', 'Versions'].map((n) => n.toLowerCase())
);
const isNavigation = (schema: ListSchema, name: string): boolean => ITEM_NAVIGATION.has(name.toLowerCase()) && !findField(schema, name);
const navigationNotImplemented = (name: string) => fail.notImplemented(`the SP.ListItem navigation property '${name}' in $select/$expand`);

const splitList = (s: string | null): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export function planShape(db: Db, schema: ListSchema, select: string | null, expand: string | null): ShapePlan {
  const expands = new Map<FieldDef, string[]>();
  const explicitSubs = new Map<FieldDef, string[]>();
  for (const name of splitList(expand)) {
    if (name.includes('/')) throw fail.notImplemented(`nested $expand ('${name}')`);
    if (isNavigation(schema, name)) throw navigationNotImplemented(name);
    const found = findField(schema, name);
    if (!found || found.idSuffix) throw fail.columnMissing(name);
    const base = baseOf(found.def);
    if (base !== 'user' && base !== 'lookup') throw fail.badQuery(`The field or property '${name}' cannot be expanded: only person and lookup fields can.`);
    expands.set(found.def, []);
  }
  const picks: Pick[] = [];
  let all = select === null || select.trim() === '';
  for (const name of splitList(select)) {
    if (name === '*') {
      all = true;
      continue;
    }
    const [head, sub] = name.split('/');
    if (isNavigation(schema, head)) {
      // As SharePoint: a sub-property needs the property expanded; an expanded one was refused above.
      if (sub === undefined) throw navigationNotImplemented(head);
      throw fail.notExpanded(name, head);
    }
    if (sub !== undefined) {
      const col = resolveColumn(db, schema, name);
      if (!expands.has(col.def)) {
        throw fail.notExpanded(name, head);
      }
      const subs = explicitSubs.get(col.def) ?? [];
      subs.push(sub === 'ID' ? 'ID' : baseOf(col.def) === 'user' ? sub : (col.subDef ? entityPropertyName(col.subDef.InternalName) : 'Id'));
      explicitSubs.set(col.def, subs);
      continue;
    }
    const found = findField(schema, head);
    if (!found) throw fail.columnMissing(name);
    const base = baseOf(found.def);
    if (found.idSuffix) picks.push({ def: found.def, as: /stringid$/i.test(head) ? 'stringId' : 'id' });
    else if ((base === 'user' || base === 'lookup') && expands.has(found.def)) picks.push({ def: found.def, as: 'expand' });
    else if (base === 'user' || base === 'lookup') picks.push({ def: found.def, as: 'id' });
    else picks.push({ def: found.def, as: 'value' });
  }
  for (const [def] of expands) {
    const subs = explicitSubs.get(def);
    if (subs) {
      expands.set(def, [...new Set(subs)]);
      if (!picks.some((p) => p.def === def && p.as === 'expand')) picks.push({ def, as: 'expand' });
    } else if (baseOf(def) === 'user') expands.set(def, ['Id', 'Title', 'EMail', 'Name']);
    else {
      const target = listById(db, def.LookupList!);
      const show = target?.byName.get((def.LookupField ?? 'Title').toLowerCase());
      expands.set(def, ['Id', ...(show && show.InternalName !== 'ID' ? [entityPropertyName(show.InternalName)] : [])]);
    }
  }
  return { all, picks, expands };
}

