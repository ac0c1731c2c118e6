/**
 * Expansion of a series (Graph patternedRecurrence, daily and weekly patterns) into occurrence start
 * times. Computed in the series' recurrenceTimeZone so a 09:00 meeting stays at 09:00 local across a
 * DST change, as Outlook does.
 */
import { DAY_MS, dayOf, formatDay, parseDay, resolveZone, utcToWall, wallToUtc } from './time.ts';

export interface PatternedRecurrence {
  pattern: { type: string; interval: number; month?: number; dayOfMonth?: number; daysOfWeek?: string[]; firstDayOfWeek?: string; index?: string };
  range: { type: string; startDate: string; endDate?: string; recurrenceTimeZone?: string; numberOfOccurrences?: number };
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const dow = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** Why a recurrence cannot be stored, or undefined when it is one the local tenant expands. */
export function recurrenceProblem(r: PatternedRecurrence): string | undefined {
  const type = r.pattern?.type;
  if (type !== 'daily' && type !== 'weekly') return `recurrence pattern '${type}' (only daily and weekly are expanded)`;
  if (!Number.isInteger(r.pattern.interval) || r.pattern.interval < 1) return 'recurrence interval must be a positive integer';
  if (type === 'weekly' && !(r.pattern.daysOfWeek ?? []).every((d) => DAYS.includes(d.toLowerCase()))) return 'unknown day in daysOfWeek';
  if (!['endDate', 'noEnd', 'numbered'].includes(r.range?.type)) return `recurrence range '${r.range?.type}'`;
  if (parseDay(r.range.startDate) === undefined) return 'recurrence range startDate must be YYYY-MM-DD';
  if (r.range.type === 'endDate' && parseDay(r.range.endDate) === undefined) return 'recurrence range endDate must be YYYY-MM-DD';
  if (r.range.type === 'numbered' && !(Number(r.range.numberOfOccurrences) > 0)) return 'numberOfOccurrences must be positive';
  return undefined;
}

/** Fills Graph's defaults so stored and returned recurrences have the full shape. */
export function normaliseRecurrence(r: PatternedRecurrence, zone: string, startUtc: number): PatternedRecurrence {
  const iana = resolveZone(zone) ?? 'UTC';
  const startDay = formatDay(dayOf(utcToWall(startUtc, iana)));
  const weekly = r.pattern.type === 'weekly';
  return {
    pattern: {
      type: r.pattern.type,
      interval: r.pattern.interval,
      month: 0,
      dayOfMonth: 0,
      ...(weekly ? { daysOfWeek: (r.pattern.daysOfWeek?.length ? r.pattern.daysOfWeek : [DAYS[dow(parseDay(startDay)!)]]).map((d) => d.toLowerCase()) } : {}),
      firstDayOfWeek: (r.pattern.firstDayOfWeek ?? 'sunday').toLowerCase(),
      index: 'first'
    },
    range: {
      type: r.range.type,
      startDate: r.range.startDate ?? startDay,
      endDate: r.range.type === 'endDate' ? r.range.endDate : '0001-01-01',
      recurrenceTimeZone: r.range.recurrenceTimeZone ?? zone,
      numberOfOccurrences: r.range.type === 'numbered' ? Number(r.range.numberOfOccurrences) : 0
    }
  };
}

/**
 * Original start times (UTC ms) of the occurrences of a series that begin before `untilUtc`,
 * from the series start on. `startUtc` is the master's start; its local time of day is kept.
 */
export function occurrenceStarts(r: PatternedRecurrence, startUtc: number, untilUtc: number): number[] {
  const zone = resolveZone(r.range.recurrenceTimeZone) ?? 'UTC';
  const wallStart = utcToWall(startUtc, zone);
  const timeOfDay = wallStart - dayOf(wallStart) * DAY_MS;
  const first = parseDay(r.range.startDate) ?? dayOf(wallStart);
  const last = r.range.type === 'endDate' ? parseDay(r.range.endDate)! : Infinity;
  const maxCount = r.range.type === 'numbered' ? Number(r.range.numberOfOccurrences) : Infinity;
  const lastWindowDay = dayOf(utcToWall(untilUtc, zone)) + 1;
  const interval = r.pattern.interval;
  const days = new Set((r.pattern.daysOfWeek ?? []).map((d) => DAYS.indexOf(d.toLowerCase())));
  const firstDow = Math.max(0, DAYS.indexOf((r.pattern.firstDayOfWeek ?? 'sunday').toLowerCase()));
  const weekOf = (day: number) => day - ((dow(day) - firstDow + 7) % 7);
  const out: number[] = [];
  for (let day = first; day <= last && day <= lastWindowDay && out.length < maxCount; day++) {
    const hit =
      r.pattern.type === 'daily'
        ? (day - first) % interval === 0
        : days.has(dow(day)) && ((weekOf(day) - weekOf(first)) / 7) % interval === 0;
    if (!hit) continue;
    const utc = wallToUtc(day * DAY_MS + timeOfDay, zone);
    if (utc >= untilUtc) break;
    out.push(utc);
  }
  return out;
}

/** Whether `originalStartUtc` is one of the series' occurrences. */
export function isOccurrence(r: PatternedRecurrence, startUtc: number, originalStartUtc: number): boolean {
  return occurrenceStarts(r, startUtc, originalStartUtc + 1).includes(originalStartUtc);
}
