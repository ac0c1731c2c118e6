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
