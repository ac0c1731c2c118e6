/** Field definitions: the types the local tenant supports, the system fields every list has. */

/** How a field's value is validated, stored and queried. */
export type BaseKind = 'text' | 'note' | 'datetime' | 'choice' | 'multichoice' | 'lookup' | 'user' | 'boolean' | 'number' | 'url' | 'counter' | 'guid' | 'contenttypeid';

/** Where a system field's value lives (columns of sp_items) instead of the item's JSON data. */
export type SystemSource = 'id' | 'created' | 'modified' | 'author' | 'editor' | 'guid' | 'version' | 'attachments' | 'contenttype';

export interface FieldDef {
  Id: string;
  InternalName: string;
  Title: string;
  FieldTypeKind: number;
  TypeAsString: string;
  Required: boolean;
  Hidden: boolean;
  Indexed: boolean;
  ReadOnlyField: boolean;
  FromBaseType: boolean;
  EnforceUniqueValues: boolean;
  Description: string;
  Group: string;
  DefaultValue: string | null;
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
  /** Guid of the target list, without braces. */
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  SelectionMode?: number;
  /** Other accepted settings (DisplayFormat, RichText, MinimumValue...), echoed back unchanged. */
  Extra: Record<string, unknown>;
  Source?: SystemSource;
}

interface TypeInfo {
  kind: number;
  odata: string;
  base: BaseKind;
  display: string;
}

const TYPES: Record<string, TypeInfo> = {
  Text: { kind: 2, odata: 'SP.FieldText', base: 'text', display: 'Single line of text' },
  Note: { kind: 3, odata: 'SP.FieldMultiLineText', base: 'note', display: 'Multiple lines of text' },
  DateTime: { kind: 4, odata: 'SP.FieldDateTime', base: 'datetime', display: 'Date and Time' },
  Counter: { kind: 5, odata: 'SP.Field', base: 'counter', display: 'Counter' },
  Choice: { kind: 6, odata: 'SP.FieldChoice', base: 'choice', display: 'Choice' },
  Lookup: { kind: 7, odata: 'SP.FieldLookup', base: 'lookup', display: 'Lookup' },
  LookupMulti: { kind: 7, odata: 'SP.FieldLookup', base: 'lookup', display: 'Lookup' },
  Boolean: { kind: 8, odata: 'SP.Field', base: 'boolean', display: 'Yes/No' },
  Number: { kind: 9, odata: 'SP.FieldNumber', base: 'number', display: 'Number' },
  Currency: { kind: 10, odata: 'SP.FieldCurrency', base: 'number', display: 'Currency' },
  URL: { kind: 11, odata: 'SP.FieldUrl', base: 'url', display: 'Hyperlink or Picture' },
  Guid: { kind: 14, odata: 'SP.FieldGuid', base: 'guid', display: 'Guid' },
  MultiChoice: { kind: 15, odata: 'SP.FieldMultiChoice', base: 'multichoice', display: 'Choice' },
  User: { kind: 20, odata: 'SP.FieldUser', base: 'user', display: 'Person or Group' },
  UserMulti: { kind: 20, odata: 'SP.FieldUser', base: 'user', display: 'Person or Group' },
  ContentTypeId: { kind: 25, odata: 'SP.Field', base: 'contenttypeid', display: 'Content Type Id' }
};

/** TypeAsString for a FieldTypeKind a client may create. */
const CREATABLE_KINDS: Record<number, string> = { 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency', 11: 'URL', 15: 'MultiChoice', 20: 'User' };

export function typeForKind(kind: number): string | undefined {
  return CREATABLE_KINDS[kind];
}

export function isKnownType(typeAsString: string): boolean {
  return typeAsString in TYPES && typeAsString !== 'Counter' && typeAsString !== 'Guid' && typeAsString !== 'ContentTypeId';
}

export function typeInfo(def: Pick<FieldDef, 'TypeAsString'>): TypeInfo {
  return TYPES[def.TypeAsString] ?? TYPES.Text;
}

export const baseOf = (def: Pick<FieldDef, 'TypeAsString'>): BaseKind => typeInfo(def).base;

/** Multi-valued fields are stored as JSON arrays and filtered by membership. */
export function isMulti(def: FieldDef): boolean {
  const base = baseOf(def);
  return base === 'multichoice' || ((base === 'user' || base === 'lookup') && Boolean(def.AllowMultipleValues));
}

/** Text-like values compare case-insensitively, as SharePoint's SQL collation does. */
export function isTextLike(base: BaseKind): boolean {
  return base === 'text' || base === 'note' || base === 'choice' || base === 'multichoice';
}

function sys(id: string, name: string, title: string, type: string, source: SystemSource | undefined, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    Id: id,
    InternalName: name,
    Title: title,
    FieldTypeKind: TYPES[type].kind,
    TypeAsString: type,
    Required: false,
    Hidden: false,
    Indexed: false,
    ReadOnlyField: source !== undefined,
    FromBaseType: true,
    EnforceUniqueValues: false,
    Description: '',
    Group: '_Hidden',
    DefaultValue: null,
    Extra: {},
    Source: source,
    ...extra
  };
}

/** The fields SharePoint puts on every custom list (ids are SharePoint's well-known field ids). */
export function systemFields(): FieldDef[] {
  return [
    sys('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 'Text', undefined, { Required: true, MaxLength: 255, Group: 'Custom Columns' }),
    sys('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'Counter', 'id', { Indexed: true }),
    sys('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 'ContentTypeId', 'contenttype', { Hidden: true }),
    sys('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'DateTime', 'created'),
    sys('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'DateTime', 'modified'),
    sys('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'User', 'author', { LookupField: 'Title', SelectionMode: 1, AllowMultipleValues: false }),
    sys('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'User', 'editor', { LookupField: 'Title', SelectionMode: 1, AllowMultipleValues: false }),
    sys('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'Boolean', 'attachments'),
    sys('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'Text', 'version', { Hidden: false }),
    sys('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 'Guid', 'guid', { Hidden: true })
  ];
}

/** The content type id every item of a custom list reports (Item content type). */
export const ITEM_CONTENT_TYPE_ID = '0x0100A1B2C3D4E5F60718293A4B5C6D7E8F90';
