/**
 * SharePoint field schema XML for createFieldAsXml. XML (rather than fields.addText & co.) is the one
 * way to set the internal name (with AddFieldInternalNameHint), the lookup target and the index in a
 * single request (wire-protocol.md §1.12).
 */
import type { IFieldSchema } from './schema';
import { ITEM_FIELDS } from '../../model/fields';

/** AddFieldInternalNameHint | AddFieldToDefaultView: honour Name, show the column in the default view. */
export const ADD_FIELD_OPTIONS = 8 | 16;

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const bool = (v: boolean | undefined): string => (v ? 'TRUE' : 'FALSE');

/**
 * The <Field/> element for one schema field. `listId` resolves a lookup's target list title to its id
 * (the list must exist by then).
 */
export function fieldXml(field: IFieldSchema, listId: (title: string) => string): string {
  const attrs: Record<string, string | undefined> = {
    Type: field.type,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.title,
    Required: bool(field.required),
    Indexed: field.indexed || field.unique ? 'TRUE' : undefined,
    EnforceUniqueValues: field.unique ? 'TRUE' : undefined
  };
  let inner = '';
  switch (field.type) {
    case 'Text':
      attrs.MaxLength = String(field.maxLength ?? 255);
      break;
    case 'Note':
      attrs.NumLines = '6';
      attrs.RichText = bool(field.richText);
      attrs.RichTextMode = field.richText ? 'FullHtml' : undefined;
      break;
    case 'Choice':
      attrs.Format = 'Dropdown';
      attrs.FillInChoice = 'FALSE';
      inner = `<CHOICES>${(field.choices ?? []).map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'DateTime':
      attrs.Format = field.dateOnly ? 'DateOnly' : 'DateTime';
      break;
    case 'Number':
      attrs.Min = field.min === undefined ? undefined : String(field.min);
      attrs.Max = field.max === undefined ? undefined : String(field.max);
      break;
    case 'User':
      // SharePoint points person fields at the User Information List by itself; no List attribute.
      attrs.UserSelectionMode = 'PeopleOnly';
      break;
    case 'Lookup':
      if (!field.lookupList) throw new Error(`Lookup field ${field.name} names no target list`);
      attrs.List = `{${listId(field.lookupList)}}`;
      attrs.ShowField = ITEM_FIELDS.title;
      if (field.multiple) {
        attrs.Type = 'LookupMulti';
        attrs.Mult = 'TRUE';
      }
      break;
    case 'Boolean':
      inner = '<Default>0</Default>';
      break;
    default:
      break;
  }
  const rendered = Object.keys(attrs)
    .filter((k) => attrs[k] !== undefined)
    .map((k) => `${k}="${esc(attrs[k] as string)}"`)
    .join(' ');
  return inner ? `<Field ${rendered}>${inner}</Field>` : `<Field ${rendered} />`;
}
