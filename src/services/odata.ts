/**
 * Safe OData $filter building for SharePoint REST and Microsoft Graph. User input only ever reaches a
 * filter as a literal made here (strings quoted with '' doubled, dates and numbers validated), and
 * field names are checked against a strict pattern, so no input can change the shape of a query
 * (issue 4: "filters built from user input with OData literals escaped").
 */

/** A validated date/time literal (datetime'…Z'); build it with dateLiteral(). */
export class ODataDate {
  /** Normalised UTC timestamp, e.g. 2025-03-01T00:00:00Z. */
  public readonly iso: string;
  constructor(iso: string) {
    this.iso = iso;
  }
}

/** A value that can appear on the right of a comparison. Booleans use SharePoint's 1/0. */
export type ODataValue = string | number | boolean | null | ODataDate;

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Throws unless the name is a plain (optionally one-level navigated) field name such as Project/Id. */
export function field(name: string): string {
  if (!FIELD.test(name)) throw new Error(`Not a field name: ${JSON.stringify(name)}`);
  return name;
}

/** A string literal: quoted, with every single quote doubled (O'Brien → 'O''Brien'). */
export function stringLiteral(value: string): string {
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** A date (yyyy-mm-dd) or date-time with zone, validated and normalised to UTC; throws on anything else. */
export function dateLiteral(value: string): ODataDate {
  const m = DATE.exec(value);
  if (!m) throw new Error(`Not an ISO date: ${JSON.stringify(value)}`);
  const ms = Date.parse(m[4] === undefined ? `${value}T00:00:00Z` : m[7] === undefined ? `${value}Z` : value);
  // Date.parse rolls 2025-02-30 over to March; a date that does not round-trip is not a date.
  const rolled = m[4] === undefined && !isNaN(ms) && new Date(ms).toISOString().slice(0, 10) !== value;
  if (isNaN(ms) || rolled) throw new Error(`Not an ISO date: ${JSON.stringify(value)}`);
  return new ODataDate(new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

/** Any value as an OData literal. Numbers must be finite. */
export function literal(value: ODataValue): string {
  if (value === null) return 'null';
  if (value instanceof ODataDate) return `datetime'${value.iso}'`;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return stringLiteral(value);
  throw new Error(`Unsupported OData value: ${JSON.stringify(value)}`);
}

/** `Field op literal`, e.g. cmp('Amount', 'ge', 100). */
export function cmp(name: string, op: ComparisonOperator, value: ODataValue): string {
  return `${field(name)} ${op} ${literal(value)}`;
}

/** `Field eq literal`. */
export function eq(name: string, value: ODataValue): string {
  return cmp(name, 'eq', value);
}

/** `Field ne literal`. */
export function ne(name: string, value: ODataValue): string {
  return cmp(name, 'ne', value);
}

/** startswith(Field,'text') — SharePoint and Graph spell it the same. */
export function startsWith(name: string, text: string): string {
  return `startswith(${field(name)},${stringLiteral(text)})`;
}

/** substringof('text',Field) — SharePoint's "contains". */
export function substringOf(text: string, name: string): string {
  return `substringof(${stringLiteral(text)},${field(name)})`;
}

type Part = string | undefined | null | false;

function join(op: 'and' | 'or', parts: Part[]): string {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (kept.length === 1) return kept[0];
  // Every operand is parenthesised so precedence never depends on what the caller passed.
  return kept.map((p) => `(${p})`).join(` ${op} `);
}

/** Conjunction of the non-empty parts ('' when none). */
export function and(...parts: Part[]): string {
  return join('and', parts);
}

/** Disjunction of the non-empty parts ('' when none). */
export function or(...parts: Part[]): string {
  return join('or', parts);
}

/** Field equal to any of the values ('' for an empty list, meaning "no restriction"). */
export function anyOf(name: string, values: ODataValue[]): string {
  return or(...values.map((v) => eq(name, v)));
}
