/**
 * Time zones and date-time formats as Outlook speaks them: Windows or IANA zone names, `dateTime`
 * with 7 fractional digits and no offset (the zone travels beside it), query values with or without
 * an offset (none = UTC).
 */

export const DAY_MS = 86_400_000;

// Outlook answers in the zone name the client used, so we only need a Windows → IANA map to compute
// offsets. Not exhaustive: any IANA name Node knows works too.
const WINDOWS_ZONES: Record<string, string> = {
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'tzone://microsoft/utc': 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'e. south america standard time': 'America/Sao_Paulo',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'arabian standard time': 'Asia/Dubai',
  'south africa standard time': 'Africa/Johannesburg',
  'aus eastern standard time': 'Australia/Sydney'
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone for a Windows or IANA name, or undefined when neither Outlook nor Node would know it. */
export function resolveZone(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  if (WINDOWS_ZONES[key]) return WINDOWS_ZONES[key];
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
    return resolved;
  } catch {
    return undefined;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at the instant `utcMs`, in ms (positive east of Greenwich). */
export function zoneOffset(utcMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** The UTC instant of a wall-clock time (expressed as ms "as if UTC") in `zone`. */
export function wallToUtc(wallMs: number, zone: string): number {
  const first = wallMs - zoneOffset(wallMs, zone);
  return wallMs - zoneOffset(first, zone);
}

export function utcToWall(utcMs: number, zone: string): number {
  return utcMs + zoneOffset(utcMs, zone);
}

/** `2025-01-15T09:00:00.0000000`: Outlook's dateTime, 7 fractional digits, no offset. */
export function formatOutlook(utcMs: number, zone: string): string {
  const wall = new Date(utcToWall(utcMs, zone)).toISOString();
  return `${wall.slice(0, 19)}.${wall.slice(20, 23)}0000`;
}

/** `2025-01-15T09:00:00Z` as Planner and most Graph timestamps are written. */
export function formatUtc(utcMs: number): string {
  return new Date(utcMs).toISOString().replace(/\.000Z$/, 'Z');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date-time as written by a client. `defaultZone` applies when there is no offset (UTC for query
 * values, the event's timeZone for bodies). Undefined when unparseable — note `+02:00` sent unencoded
 * arrives as ` 02:00` and fails here, as it does against Graph.
 */
export function parseDateTime(value: string | null | undefined, defaultZone = 'UTC'): number | undefined {
  if (!value) return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', off] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.floor(Number(`0.${frac}`) * 1000));
  if (Number.isNaN(wall) || +mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 59) return undefined;
  if (!off) return defaultZone === 'UTC' ? wall : wallToUtc(wall, defaultZone);
  if (off.toUpperCase() === 'Z') return wall;
  const sign = off[0] === '-' ? -1 : 1;
  const digits = off.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** Local calendar day number (days since 1970-01-01) of a wall-clock ms value. */
export function dayOf(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}

/** `YYYY-MM-DD` → day number, or undefined. */
export function parseDay(value: string | undefined | null): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const ms = Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  return Number.isNaN(ms) ? undefined : ms / DAY_MS;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The zone named in `Prefer: outlook.timezone="…"`, if any and known. Unknown names are ignored (no
 * Preference-Applied), as a server may ignore a preference it cannot honour.
 */
export function preferredZone(prefer: string | string[] | undefined): { name: string; zone: string } | undefined {
  const header = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(header);
  if (!m) return undefined;
  const zone = resolveZone(m[1]);
  return zone ? { name: m[1], zone } : undefined;
}
