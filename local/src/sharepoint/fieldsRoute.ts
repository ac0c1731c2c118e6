/** list/fields: the collection, creation (verbose POST, AddField, createfieldasxml), one field (GET, MERGE, DELETE). */
import type { LocalResponse } from '../http.ts';
import { transaction } from '../store.ts';
import type { Segment, SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { queryEntities, selectProps } from './entities.ts';
import { applySettings, checkConsistent, createField, typeFromKind, type FieldContext } from './fieldCreate.ts';
import { parseFieldXml, xmlToSettings } from './fieldXmlReader.ts';
import { baseOf, typeInfo, type FieldDef } from './fieldTypes.ts';
import { entityPropertyName } from './names.ts';
import { collectionResponse, emptyOk, entityResponse, noContent, type Entity } from './responseFormats.ts';
import { deleteField, findList, insertField, saveField, listById, type ListSchema } from './listCatalogue.ts';

function schemaXml(d: FieldDef): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = [`Type="${d.TypeAsString}"`, `DisplayName="${esc(d.Title)}"`, `Required="${d.Required ? 'TRUE' : 'FALSE'}"`, `ID="{${d.Id}}"`, `StaticName="${d.InternalName}"`, `Name="${d.InternalName}"`];
  if (d.Indexed) attrs.push('Indexed="TRUE"');
  if (d.AllowMultipleValues) attrs.push('Mult="TRUE"');
  if (d.LookupList) attrs.push(`List="{${d.LookupList}}"`, `ShowField="${d.LookupField ?? 'Title'}"`);
  if (d.MaxLength && baseOf(d) === 'text') attrs.push(`MaxLength="${d.MaxLength}"`);
  const choices = d.Choices?.length ? `<CHOICES>${d.Choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return choices ? `<Field ${attrs.join(' ')}>${choices}</Field>` : `<Field ${attrs.join(' ')} />`;
}

export function fieldEntity(r: SpRequest, s: ListSchema, d: FieldDef): Entity {
  const base = baseOf(d);
  const e: Entity = {
    'odata.type': typeInfo(d).odata,
    'odata.id': `${r.out.apiBase}/Web/Lists(guid'${s.list.id}')/Fields(guid'${d.Id}')`,
    'odata.editLink': `Web/Lists(guid'${s.list.id}')/Fields(guid'${d.Id}')`,
    AutoIndexed: false,
    CanBeDeleted: !d.FromBaseType,
    DefaultValue: d.DefaultValue,
    Description: d.Description,
    Direction: 'none',
    EnforceUniqueValues: d.EnforceUniqueValues,
    EntityPropertyName: entityPropertyName(d.InternalName),
    Filterable: base !== 'note',
    FromBaseType: d.FromBaseType,
    Group: d.Group,
    Hidden: d.Hidden,
    Id: d.Id,
    Indexed: d.Indexed,
    InternalName: d.InternalName,
    ReadOnlyField: d.ReadOnlyField,
    Required: d.Required,
    SchemaXml: schemaXml(d),
    Scope: `/sites/pmo/Lists/${s.list.url_name}`,
    Sealed: d.FromBaseType,
    Sortable: base !== 'note' && !d.AllowMultipleValues,
    StaticName: d.InternalName,
    Title: d.Title,
    FieldTypeKind: d.FieldTypeKind,
    TypeAsString: d.TypeAsString,
    TypeDisplayName: typeInfo(d).display,
    ValidationFormula: null,
    ValidationMessage: null
  };
  if (d.MaxLength !== undefined) e.MaxLength = d.MaxLength;
  if (d.Choices !== undefined) Object.assign(e, { Choices: d.Choices, FillInChoice: Boolean(d.FillInChoice), EditFormat: 0 });
  if (base === 'lookup' || base === 'user') {
    Object.assign(e, { AllowMultipleValues: Boolean(d.AllowMultipleValues), LookupField: d.LookupField ?? 'Title', LookupList: d.LookupList ? `{${d.LookupList}}` : '', LookupWebId: '00000000-0000-0000-0000-000000000000' });
  }
  if (base === 'user') Object.assign(e, { SelectionMode: d.SelectionMode ?? 1, SelectionGroup: 0 });
  return { ...e, ...d.Extra };
}

function fieldContext(r: SpRequest, s: ListSchema): FieldContext {
  return {
    existing: s.fields,
    findList: (ref) => {
      const t = findList(r.db, ref);
      return t && { id: t.list.id, hasField: (n: string) => t.byName.has(n.toLowerCase()) };
    }
  };
}

function saveNew(r: SpRequest, s: ListSchema, build: () => FieldDef, status: number): LocalResponse {
  const def = transaction(r.db, () => {
    const d = build();
    insertField(r.db, s.list.id, d);
    return d;
  });
  return entityResponse(r.out, fieldEntity(r, listById(r.db, s.list.id)!, def), 'SP.ApiData.Fields/@Element', status);
}

function findByNameOrTitle(s: ListSchema, name: string): FieldDef | undefined {
  return s.fields.find((f) => f.InternalName === name) ?? s.fields.find((f) => f.Title === name) ?? s.fields.find((f) => f.InternalName.toLowerCase() === name.toLowerCase());
}

function fieldResource(r: SpRequest, s: ListSchema, d: FieldDef): LocalResponse | undefined {
  if (r.method === 'GET') return entityResponse(r.out, selectProps(fieldEntity(r, s, d), r.query.get('$select'), typeInfo(d).odata), 'SP.ApiData.Fields/@Element');
  if (r.method === 'MERGE' || r.method === 'PUT') {
    const body = r.json();
    const kind = body.FieldTypeKind ?? body.TypeAsString;
    if (kind !== undefined && kind !== d.FieldTypeKind && kind !== d.TypeAsString) throw fail.notImplemented('changing the type of a field');
    transaction(r.db, () => {
      const next: FieldDef = { ...d, Extra: { ...d.Extra } };
      const wasMulti = Boolean(d.AllowMultipleValues);
      applySettings(next, body, fieldContext(r, s), typeInfo(d).odata);
      checkConsistent(next);
      if (wasMulti !== Boolean(next.AllowMultipleValues)) convertMulti(r, s, next);
      saveField(r.db, s.list.id, next);
    });
    return noContent();
  }
  if (r.method === 'DELETE') {
    if (d.FromBaseType) throw fail.badValue(`The field '${d.InternalName}' belongs to the list's base type and cannot be deleted.`);
    transaction(r.db, () => deleteField(r.db, s.list.id, d));
    return emptyOk();
  }
  return undefined;
}

/** Single ↔ multi person/lookup: stored values become arrays (or their first element). */
function convertMulti(r: SpRequest, s: ListSchema, d: FieldDef): void {
  const path = `'$."${d.InternalName}"'`;
  const sql = d.AllowMultipleValues
    ? `UPDATE sp_items SET data = jsonb_set(data, ${path}, json_array(json_extract(data, ${path}))) WHERE list_id = ? AND json_extract(data, ${path}) IS NOT NULL`
    : `UPDATE sp_items SET data = jsonb_set(data, ${path}, json_extract(data, '$."${d.InternalName}"[0]')) WHERE list_id = ? AND json_extract(data, ${path}) IS NOT NULL`;
  r.db.prepare(sql).run(s.list.id);
}

export function fieldsRoutes(r: SpRequest, s: ListSchema, rest: Segment[]): LocalResponse | undefined {
  const [seg, ...more] = rest;
  if (!seg) {
    if (r.method === 'GET') {
      const all = s.fields.map((d) => fieldEntity(r, s, d));
      return collectionResponse(r.out, queryEntities(all, r.query, 'SP.Field'), 'SP.ApiData.Fields');
    }
    if (r.method === 'POST') {
      const body = r.json();
      const { FieldTypeKind, __metadata, ...settings } = body;
      void __metadata;
      return saveNew(r, s, () => createField({ typeAsString: typeFromKind(FieldTypeKind, settings), settings }, fieldContext(r, s)), 201);
    }
    return undefined;
  }
  if (more.length) return undefined;
  if (seg.name === 'addfield' && r.method === 'POST') {
    const p = (r.json().parameters ?? {}) as Record<string, unknown>;
    const { FieldTypeKind, ...settings } = p;
    return saveNew(r, s, () => createField({ typeAsString: typeFromKind(FieldTypeKind, settings), settings }, fieldContext(r, s)), 200);
  }
  if (seg.name === 'createfieldasxml' && r.method === 'POST') {
    const p = (r.json().parameters ?? {}) as { SchemaXml?: unknown; Options?: unknown };
    if (typeof p.SchemaXml !== 'string') throw fail.badRequest('createfieldasxml needs parameters.SchemaXml.');
    const x = xmlToSettings(parseFieldXml(p.SchemaXml));
    const hint = typeof p.Options === 'number' && (p.Options & 8) !== 0;
    const internalName = hint && x.internalName ? x.internalName : undefined;
    return saveNew(r, s, () => createField({ typeAsString: x.typeAsString, settings: x.settings, internalName, id: x.id }, fieldContext(r, s)), 200);
  }
  let def: FieldDef | undefined;
  if (seg.name === 'getbyinternalnameortitle' && seg.arg !== undefined) def = findByNameOrTitle(s, seg.arg);
  else if (seg.name === 'getbytitle' && seg.arg !== undefined) def = s.fields.find((f) => f.Title === seg.arg);
  else if (seg.name === 'getbyid' && seg.arg !== undefined) def = s.fields.find((f) => f.Id === seg.arg!.toLowerCase());
  else return undefined;
  if (!def) throw fail.fieldNotFound(seg.arg!, s.list.url_name);
  return fieldResource(r, s, def);
}

/** `fields('<guid>')` addresses a field by id. */
export function fieldByIdRoute(r: SpRequest, s: ListSchema, id: string): LocalResponse | undefined {
  const def = s.fields.find((f) => f.Id === id.replace(/[{}]/g, '').toLowerCase());
  if (!def) throw fail.fieldNotFound(id, s.list.url_name);
  return fieldResource(r, s, def);
}
