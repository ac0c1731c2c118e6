/**
 * docs/schema.md is the admins' copy of the SharePoint schema; this keeps it equal to the code
 * (src/services/sharepoint/schema.ts) in both directions: every list and field of the code is
 * documented with the same attributes, and the page documents nothing the code lacks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PMO_LISTS, SCHEMA_VERSION, type IFieldSchema } from '../../src/services/sharepoint/schema';

interface Row {
  name: string;
  title: string;
  type: string;
  required: string;
  indexed: string;
  details: string[];
  since: string;
}

interface DocList {
  title: string;
  description: string;
  rows: Row[];
}

/** The lists of the page: each "## Title" heading, its "> description" line and its table rows. */
function parseDoc(md: string): { version: string | undefined; lists: DocList[] } {
  const version = /^Schema version: \*\*(\d+)\*\*$/m.exec(md)?.[1];
  const lists: DocList[] = [];
  for (const line of md.split(/\r?\n/)) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      lists.push({ title: heading[1].trim(), description: '', rows: [] });
      continue;
    }
    const current = lists[lists.length - 1];
    if (!current) continue;
    const quote = /^> (.+)$/.exec(line);
    if (quote) current.description = quote[1].trim();
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line) || line.startsWith('| Internal name')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    expect([line, cells.length]).toEqual([line, 7]);
    const [name, title, type, required, indexed, details, since] = cells;
    current.rows.push({ name, title, type, required, indexed, details: details ? details.split('; ').sort() : [], since });
  }
  return { version, lists };
}

/** What the page must say about a field (the grammar of the Details column). */
function expectedRow(f: IFieldSchema): Row {
  const d: string[] = [];
  if (f.builtIn) d.push('built-in');
  if (f.type === 'Text') d.push(`max length ${f.maxLength}`);
  if (f.unique) d.push('unique');
  if (f.type === 'Note') d.push(f.richText ? 'rich text' : 'plain text');
  if (f.type === 'DateTime') d.push(f.dateOnly ? 'date only' : 'date and time');
  if (f.type === 'Number' && f.min !== undefined) d.push(`min ${f.min}`);
  if (f.type === 'Number' && f.max !== undefined) d.push(`max ${f.max}`);
  if (f.type === 'Choice') d.push(`choices: ${(f.choices ?? []).join(', ')}`);
  if (f.type === 'Lookup') d.push(`lookup: ${f.lookupList}`);
  if (f.multiple) d.push('multiple values');
  if (f.type === 'User') d.push('people only');
  const yes = (b: unknown) => (b ? 'yes' : 'no');
  return { name: f.name, title: f.title, type: f.type, required: yes(f.required), indexed: yes(f.indexed || f.unique), details: d.sort(), since: String(f.since) };
}

describe('docs/schema.md', () => {
  const doc = parseDoc(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'schema.md'), 'utf8'));

  it('states the schema version of the code', () => {
    expect(doc.version).toBe(String(SCHEMA_VERSION));
  });

  it('documents exactly the lists of the schema, in order', () => {
    expect(doc.lists.map((l) => l.title)).toEqual(PMO_LISTS.map((l) => l.title));
  });

  it.each(PMO_LISTS.map((l) => [l.title, l] as const))('documents every field of %s as the code defines it, and no other', (title, list) => {
    const documented = doc.lists.filter((l) => l.title === title)[0];
    expect(documented).toBeDefined();
    expect(documented.description).toBe(list.description);
    const expected = list.fields.map(expectedRow);
    const names = (rows: Row[]) => rows.map((r) => r.name);
    // Names first, so a missing or extra field is reported as such rather than as a shifted table.
    expect(names(documented.rows).filter((n) => names(expected).indexOf(n) < 0)).toEqual([]);
    expect(names(expected).filter((n) => names(documented.rows).indexOf(n) < 0)).toEqual([]);
    expect(documented.rows).toEqual(expected);
  });
});
