/** Identifiers shaped like the real services' so code that stores or parses them meets real lengths and alphabets. */
import { randomBytes } from 'node:crypto';

const URL_SAFE = /[+/]/g;
const urlSafe = (b64: string) => b64.replace(URL_SAFE, (c) => (c === '+' ? '_' : '-'));

/** Outlook item id: `AAMkAGI1…=` (base64 with - and _ so it can sit in a URL path). */
export function eventId(): string {
  return urlSafe(`AAMkAGI1${randomBytes(105).toString('base64')}`);
}

const OCCURRENCE_PREFIX = 'AAMkAGOc';

/**
 * Occurrences of a series have no row, so their ids encode the master and the original start. Same
 * inputs give the same id, as Outlook's occurrence ids are stable.
 */
export function occurrenceId(masterId: string, originalStartUtc: number): string {
  return OCCURRENCE_PREFIX + Buffer.from(`${masterId}|${originalStartUtc}`, 'utf8').toString('base64url');
}

export function parseOccurrenceId(id: string): { masterId: string; originalStart: number } | undefined {
  if (!id.startsWith(OCCURRENCE_PREFIX)) return undefined;
  const raw = Buffer.from(id.slice(OCCURRENCE_PREFIX.length), 'base64url').toString('utf8');
  const m = /^(AAMk[A-Za-z0-9_=-]+)\|(-?\d+)$/.exec(raw);
  return m ? { masterId: m[1], originalStart: Number(m[2]) } : undefined;
}

export function attachmentId(): string {
  return urlSafe(`AAMkAGI1${randomBytes(60).toString('base64').replace(/=+$/, '')}BEgAQ${randomBytes(12).toString('base64')}`);
}

export function changeKey(): string {
  return `DwAAABYAAAA${randomBytes(12).toString('base64')}`;
}

const HEX = (n: number) => randomBytes(n).toString('hex').toUpperCase();

/** iCalendar UID in Outlook's hex form; occurrences carry their date in bytes 16–19. */
export function iCalUId(): string {
  return `040000008200E00074C5B7101A82E00800000000${HEX(8)}000000000000000010000000${HEX(16)}`;
}

export function occurrenceICalUId(seriesUid: string, originalStartUtc: number): string {
  const d = new Date(originalStartUtc);
  const date = d.getUTCFullYear().toString(16).padStart(4, '0') + (d.getUTCMonth() + 1).toString(16).padStart(2, '0') + d.getUTCDate().toString(16).padStart(2, '0');
  return (seriesUid.slice(0, 32) + date.toUpperCase() + seriesUid.slice(40)).toUpperCase();
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Planner ids (plans, buckets, tasks): 28 case-sensitive characters. */
export function plannerId(): string {
  const bytes = randomBytes(28);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return s;
}

/** Teams channel id: `19:<32 hex>@thread.tacv2`. */
export function channelId(): string {
  return `19:${randomBytes(16).toString('hex')}@thread.tacv2`;
}

/**
 * Planner etag `W/"…"` for a version of a resource. Versions come from one growing counter and sit
 * zero-padded at the end, so a resource's etags also grow in ordinal order, as Planner compares them.
 */
export function plannerEtag(kind: string, version: number): string {
  return `W/"JzEt${Buffer.from(kind, 'utf8').toString('base64').replace(/=+$/, '')}QEBA${String(version).padStart(12, '0')}"`;
}
