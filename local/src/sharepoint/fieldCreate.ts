/**
 * Builds and changes field definitions from what clients send: the verbose fields POST
 * (fields.add*), fields/AddField (addLookup), createfieldasxml, and field MERGE updates.
 */
import { randomUUID } from 'node:crypto';
import { fail } from './spErrors.ts';
import { baseOf, isKnownType, typeForKind, typeInfo, type FieldDef } from './fieldTypes.ts';
import { internalNameFromTitle } from './names.ts';

/** Settings kept on the definition itself. */
const CORE = new Set([
  'Title', 'Description', 'Group', 'Required', 'Hidden', 'Indexed', 'EnforceUniqueValues', 'DefaultValue', 'MaxLength', 'Choices',
  'FillInChoice', 'LookupList', 'LookupListId', 'LookupField', 'LookupFieldName', 'AllowMultipleValues', 'SelectionMode'
]);
/** Settings accepted and echoed back without effect on the local tenant. */
const EXTRA = new Set([
  'EditFormat', 'DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat', 'MinimumValue', 'MaximumValue', 'CurrencyLocaleId',
  'AllowHyperlink', 'AppendOnly', 'NumberOfLines', 'RestrictedMode', 'RichText', 'UnlimitedLengthInDocumentLibrary', 'ValidationFormula',
  'ValidationMessage', 'JSLink', 'Direction', 'ShowAsPercentage', 'SelectionGroup', 'LookupWebId', 'IsRelationship',
  'RelationshipDeleteBehavior', 'CustomFormatter', 'ClientSideComponentId', 'ClientSideComponentProperties', 'StaticName', 'Decimals'
]);
/** Sent by clients alongside the settings; not settings themselves. */
const IGNORED = new Set(['__metadata', 'FieldTypeKind']);

export interface LookupTarget {
  id: string;
  hasField(name: string): boolean;
}

export interface FieldContext {
  existing: FieldDef[];
  /** Finds a list by guid (with or without braces) or title. */
  findList(ref: string): LookupTarget | undefined;
}

function choicesOf(v: unknown, prop = 'Choices'): string[] {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : undefined;
  if (!arr || !arr.every((c) => typeof c === 'string')) throw fail.wrongType(prop, 'Collection(Edm.String)');
  return arr as string[];
}

function checkBool(prop: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw fail.wrongType(prop, 'Edm.Boolean');
  return v;
}

/** Applies settings onto a definition (creation and MERGE share the rules). */
export function applySettings(def: FieldDef, settings: Record<string, unknown>, ctx: FieldContext, odataType: string): void {
  for (const [k, v] of Object.entries(settings)) {
    if (IGNORED.has(k)) continue;
    if (EXTRA.has(k)) {
      def.Extra[k] = v;
      continue;
    }
    if (!CORE.has(k)) throw fail.unknownProperty(k, odataType);
    switch (k) {
      case 'Title':
      case 'Description':
      case 'Group':
        if (typeof v !== 'string') throw fail.wrongType(k, 'Edm.String');
        def[k] = v;
        break;
      case 'Required':
      case 'Hidden':
      case 'Indexed':
      case 'EnforceUniqueValues':
      case 'FillInChoice':
        def[k] = checkBool(k, v);
        break;
      case 'AllowMultipleValues': {
        const multi = checkBool(k, v);
        const base = baseOf(def);
        if (base === 'user' || base === 'lookup') {
          def.AllowMultipleValues = multi;
          def.TypeAsString = `${base === 'user' ? 'User' : 'Lookup'}${multi ? 'Multi' : ''}`;
        } else if (multi) throw fail.badRequest(`A field of type '${def.TypeAsString}' cannot allow multiple values.`);
        break;
      }
      case 'DefaultValue':
        if (v !== null && typeof v !== 'string') throw fail.wrongType(k, 'Edm.String');
        def.DefaultValue = v as string | null;
        break;
      case 'MaxLength':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 255) throw fail.badValue('MaxLength must be a whole number from 1 to 255.');
        def.MaxLength = v;
        break;
      case 'Choices':
        def.Choices = choicesOf(v);
        break;
      case 'SelectionMode':
        if (v !== 0 && v !== 1) throw fail.wrongType(k, 'Edm.Int32');
        def.SelectionMode = v;
        break;
      case 'LookupList':
      case 'LookupListId': {
        const target = typeof v === 'string' ? ctx.findList(v) : undefined;
        if (!target) throw fail.badValue(`The lookup list '${String(v)}' does not exist.`);
        def.LookupList = target.id;
        break;
      }
      case 'LookupField':
      case 'LookupFieldName':
        if (typeof v !== 'string') throw fail.wrongType(k, 'Edm.String');
        def.LookupField = v;
        break;
    }
  }
}

/** Rules SharePoint enforces on a field as a whole after its settings change. */
export function checkConsistent(def: FieldDef): void {
  if (def.EnforceUniqueValues && !def.Indexed) throw fail.badValue(`The field '${def.InternalName}' must be indexed to enforce unique values.`);
}

export interface NewField {
  typeAsString: string;
  settings: Record<string, unknown>;
  /** Internal name asked for (createfieldasxml with AddFieldInternalNameHint); else derived from Title. */
  internalName?: string;
  id?: string;
}

/** Turns a FieldTypeKind (fields POST, AddField) into the TypeAsString the local tenant stores. */
export function typeFromKind(kind: unknown, settings: Record<string, unknown>): string {
  const t = typeof kind === 'number' ? typeForKind(kind) : undefined;
  if (!t) throw fail.notImplemented(`fields of FieldTypeKind ${String(kind)}`);
  if ((t === 'User' || t === 'Lookup') && settings.AllowMultipleValues === true) return `${t}Multi`;
  return t;
}

export function createField(nf: NewField, ctx: FieldContext): FieldDef {
  if (!isKnownType(nf.typeAsString)) throw fail.notImplemented(`fields of type '${nf.typeAsString}'`);
  const title = nf.settings.Title;
  if (typeof title !== 'string' || !title.trim()) throw fail.badRequest('The field needs a Title.');
  const info = typeInfo({ TypeAsString: nf.typeAsString });
  const internalName = nf.internalName || internalNameFromTitle(title);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(internalName)) throw fail.badRequest(`'${internalName}' is not a valid internal field name.`);
  const taken = ctx.existing.some((f) => f.InternalName.toLowerCase() === internalName.toLowerCase());
  if (taken) throw fail.fieldExists(internalName);
  const def: FieldDef = {
    Id: nf.id ?? randomUUID(),
    InternalName: internalName,
    Title: title,
    FieldTypeKind: info.kind,
    TypeAsString: nf.typeAsString,
    Required: false,
    Hidden: false,
    Indexed: false,
    ReadOnlyField: false,
    FromBaseType: false,
    EnforceUniqueValues: false,
    Description: '',
    Group: 'Custom Columns',
    DefaultValue: null,
    Extra: {}
  };
  if (info.base === 'text') def.MaxLength = 255;
  if (info.base === 'choice' || info.base === 'multichoice') {
    def.Choices = [];
    def.FillInChoice = false;
  }
  if (info.base === 'user') {
    def.SelectionMode = 1;
    def.LookupField = 'ImnName';
  }
  if (info.base === 'user' || info.base === 'lookup') def.AllowMultipleValues = nf.typeAsString.endsWith('Multi');
  applySettings(def, nf.settings, ctx, info.odata);
  checkConsistent(def);
  if (info.base === 'lookup') {
    if (!def.LookupList) throw fail.badRequest('A lookup field needs LookupListId (or List in its schema XML).');
    def.LookupField ??= 'Title';
    const target = ctx.findList(def.LookupList)!;
    if (!target.hasField(def.LookupField)) throw fail.badValue(`The lookup field '${def.LookupField}' does not exist in the lookup list.`);
  }
  return def;
}
