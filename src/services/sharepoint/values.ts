/**
 * How PMO Hub reads and writes SharePoint column values (JSON light).
 *
 * Date-only fields are written at 12:00 UTC and read back as the UTC day nearest to noon: SharePoint
 * stores a date-only value at midnight of the site's time zone (e.g. 23:00Z the day before in CET),
 * and any zone within ±12 h then still maps back to the same day.
 */
import type { IPerson } from '../../model/types';

/** One list item as PnPjs parsed it. */
export type SpItem = Record<string, unknown>;

const DAY = 86400000;

/** yyyy-mm-dd of a SharePoint date-only value (see the note at the top of this file). */
export function fromSpDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const t = Date.parse(value);
  if (isNaN(t)) return undefined;
  return new Date(Math.floor((t + DAY / 2 - 1) / DAY) * DAY).toISOString().slice(0, 10);
}

/** The value written for a yyyy-mm-dd date: noon UTC of that day; null clears the field. */
export function toSpDate(date: string | undefined): string | null {
  return date ? `${date.slice(0, 10)}T12:00:00Z` : null;
}

/**
 * The item's ETag as sent back in IF-Match (JSON light odata.etag, or verbose __metadata.etag). Never
 * "*" when absent: that would turn off the conflict check, so an unknown ETag is '' and fails safe.
 */
export function etagOf(raw: SpItem): string {
  const meta = raw.__metadata as { etag?: string } | undefined;
  return String(raw['odata.etag'] ?? (meta && meta.etag) ?? '');
}

/** An expanded person column (Name/Id, Name/Title, Name/EMail), or just its id when not expanded. */
export function personOf(raw: SpItem, column: string): IPerson | undefined {
  const p = raw[column] as { Id?: number; Title?: string; EMail?: string; Email?: string } | null | undefined;
  if (p && typeof p.Id === 'number') return { id: p.Id, title: p.Title ?? '', email: p.EMail ?? p.Email ?? '' };
  const id = raw[`${column}Id`];
  return typeof id === 'number' ? { id, title: '', email: '' } : undefined;
}

// Readers for the columns of one item, shared by every mapping: a column that holds something else than
// its type (null, a missing column, a value written by another tool) reads as empty, never throws.

/** A text column: '' when empty; a number or boolean another tool wrote reads as its text. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
/** A text column that may be empty. */
export const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
/** A number column. */
export const num = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);
/** A lookup's id (`<Name>Id`): lookups never point at item 0. */
export const id = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
/** What a write sends for an unset value: null clears the column (undefined would leave it as it was). */
export const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** A choice value the domain knows, or undefined when the column holds something else. */
export function choiceOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return allowed.indexOf(v as T) >= 0 ? (v as T) : undefined;
}

/** A JSON object stored in a note column, or the fallback when it is empty or unreadable. */
export function jsonOf<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || !v) return fallback;
  try {
    const parsed = JSON.parse(v);
    return parsed === null || typeof parsed !== 'object' ? fallback : (parsed as T);
  } catch {
    return fallback;
  }
}
