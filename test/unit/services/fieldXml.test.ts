import { ADD_FIELD_OPTIONS, fieldXml } from '../../../src/services/sharepoint/fieldXml';
import { PMO_LISTS, type IFieldSchema } from '../../../src/services/sharepoint/schema';

const ids = (title: string): string => (title === 'PMO Projects' ? '11111111-2222-3333-4444-555555555555' : 'aaaaaaaa-0000-0000-0000-000000000000');
const f = (o: Partial<IFieldSchema> & Pick<IFieldSchema, 'name' | 'type'>): IFieldSchema => ({ title: o.name, since: 1, ...o });

/** Attributes of the <Field> element, read with the DOM parser jsdom provides (as SharePoint would parse it). */
function parse(xml: string): { attrs: Record<string, string>; choices: string[]; el: Element } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const el = doc.documentElement;
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) attrs[el.attributes[i].name] = el.attributes[i].value;
  const choices = Array.from(el.getElementsByTagName('CHOICE')).map((c) => c.textContent ?? '');
  return { attrs, choices, el };
}

describe('field schema XML', () => {
  it('asks SharePoint to honour the internal name and add the column to the default view', () => {
    expect(ADD_FIELD_OPTIONS & 8).toBe(8);
    expect(ADD_FIELD_OPTIONS & 16).toBe(16);
  });

  it('sets name, display name, required, index and uniqueness', () => {
    const { attrs } = parse(fieldXml(f({ name: 'PmoCode', title: 'PMO code', type: 'Text', maxLength: 20, required: true, unique: true }), ids));
    expect(attrs).toEqual({
      Type: 'Text', Name: 'PmoCode', StaticName: 'PmoCode', DisplayName: 'PMO code', Required: 'TRUE', Indexed: 'TRUE',
      EnforceUniqueValues: 'TRUE', MaxLength: '20'
    });
  });

  it('writes choices, escaping what XML would misread', () => {
    const { attrs, choices } = parse(fieldXml(f({ name: 'Kind', title: 'Kind "A" & <B>', type: 'Choice', choices: ['R&D', '<new>', 'In progress'] }), ids));
    expect(attrs.DisplayName).toBe('Kind "A" & <B>');
    expect(choices).toEqual(['R&D', '<new>', 'In progress']);
    expect(attrs.Indexed).toBeUndefined();
  });

  it('points a lookup at the target list id and shows its Title', () => {
    const { attrs } = parse(fieldXml(f({ name: 'Project', type: 'Lookup', lookupList: 'PMO Projects', indexed: true }), ids));
    expect(attrs).toMatchObject({ Type: 'Lookup', List: '{11111111-2222-3333-4444-555555555555}', ShowField: 'Title', Indexed: 'TRUE' });
    expect(() => fieldXml(f({ name: 'Broken', type: 'Lookup' }), ids)).toThrow(/target list/);
  });

  it.each([
    [f({ name: 'D', type: 'DateTime', dateOnly: true }), { Format: 'DateOnly' }],
    [f({ name: 'S', type: 'DateTime' }), { Format: 'DateTime' }],
    [f({ name: 'P', type: 'Number', min: 0, max: 100 }), { Min: '0', Max: '100' }],
    [f({ name: 'M', type: 'Note', richText: true }), { RichText: 'TRUE', RichTextMode: 'FullHtml' }],
    [f({ name: 'N', type: 'Note' }), { RichText: 'FALSE' }],
    [f({ name: 'U', type: 'User' }), { UserSelectionMode: 'PeopleOnly' }],
    [f({ name: 'C', type: 'Currency' }), { Type: 'Currency' }]
  ])('renders %p with its type-specific attributes', (field, expected) => {
    expect(parse(fieldXml(field, ids)).attrs).toMatchObject(expected);
  });

  it('renders every field of the PMO schema as well-formed XML of its type', () => {
    for (const list of PMO_LISTS) {
      for (const field of list.fields.filter((x) => !x.builtIn)) {
        const { attrs } = parse(fieldXml(field, ids));
        const type = field.type === 'Lookup' && field.multiple ? 'LookupMulti' : field.type;
        expect([field.name, attrs.Type, attrs.Name]).toEqual([field.name, type, field.name]);
      }
    }
  });
});
