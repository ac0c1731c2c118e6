/** Reads the `<Field .../>` schema XML that fields/createfieldasxml receives into creation settings. */
import { fail } from './spErrors.ts';

export interface XmlField {
  type: string;
  attrs: Record<string, string>;
  choices: string[];
  defaultValue?: string;
}

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseFieldXml(xml: string): XmlField {
  const start = /^\s*<Field\b((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/i.exec(xml);
  if (!start) throw fail.badRequest(`The field schema XML is not valid: expected a <Field> element, got '${xml.slice(0, 80)}'.`);
  const attrs: Record<string, string> = {};
  for (const m of start[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = decode(m[2] ?? m[3] ?? '');
  const body = start[2] ? '' : xml.slice(start[0].length);
  if (!start[2] && !/<\/Field>\s*$/i.test(body)) throw fail.badRequest('The field schema XML is not valid: <Field> is not closed.');
  const choices = [...body.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decode(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(body);
  const type = attrs.Type;
  if (!type) throw fail.badRequest('The field schema XML has no Type attribute.');
  return { type, attrs, choices, defaultValue: def ? decode(def[1]) : undefined };
}

const bool = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : /^true$/i.test(v));
const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));

/**
 * Settings in the shape the other creation paths use (Title, Required, Choices...), plus the
 * TypeAsString and, when `honourName` (AddFieldInternalNameHint), the requested internal name.
 */
export function xmlToSettings(x: XmlField): { typeAsString: string; internalName?: string; id?: string; settings: Record<string, unknown> } {
  const a = x.attrs;
  const mult = bool(a.Mult) === true || x.type === 'LookupMulti' || x.type === 'UserMulti';
  const base = x.type === 'LookupMulti' ? 'Lookup' : x.type === 'UserMulti' ? 'User' : x.type;
  const typeAsString = mult && (base === 'Lookup' || base === 'User') ? `${base}Multi` : base;
  const s: Record<string, unknown> = { Title: a.DisplayName ?? a.Name ?? a.StaticName };
  const set = (k: string, v: unknown): void => {
    if (v !== undefined) s[k] = v;
  };
  set('Required', bool(a.Required));
  set('Hidden', bool(a.Hidden));
  set('Indexed', bool(a.Indexed));
  set('EnforceUniqueValues', bool(a.EnforceUniqueValues));
  set('Description', a.Description);
  set('Group', a.Group);
  set('MaxLength', num(a.MaxLength));
  set('FillInChoice', bool(a.FillInChoice));
  if (x.choices.length) s.Choices = x.choices;
  if (base === 'Lookup' || base === 'User') s.AllowMultipleValues = mult;
  set('LookupList', a.List);
  set('LookupField', a.ShowField);
  if (a.UserSelectionMode) s.SelectionMode = /^(0|PeopleOnly)$/i.test(a.UserSelectionMode) ? 0 : 1;
  if (a.Format && base === 'DateTime') s.DisplayFormat = /^DateOnly$/i.test(a.Format) ? 0 : 1;
  set('MinimumValue', num(a.Min));
  set('MaximumValue', num(a.Max));
  set('RichText', bool(a.RichText));
  set('NumberOfLines', num(a.NumLines));
  set('ShowAsPercentage', bool(a.Percentage));
  set('DefaultValue', x.defaultValue);
  const id = a.ID?.replace(/[{}]/g, '').toLowerCase();
  return { typeAsString, internalName: a.Name, id, settings: s };
}
