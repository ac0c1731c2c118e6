/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC day numbers so time zones and daylight saving
 * never shift a day. Pure.
 */

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400000);
}

/** The ISO date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** The ISO date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The local calendar date of a Date (what "today" means to the person), or the date part of a string. */
export function toIsoDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/**
 * The calendar day of an instant (ISO date-time) for a person `offsetMinutes` east of UTC (the
 * runtime's own offset at that instant when omitted): a meeting at 23:30 in Oslo is on its Oslo day.
 */
export function localDay(instant: string, offsetMinutes?: number): string {
  const t = Date.parse(instant);
  if (isNaN(t)) return instant.slice(0, 10);
  const offset = offsetMinutes ?? -new Date(t).getTimezoneOffset();
  return new Date(t + offset * 60000).toISOString().slice(0, 10);
}
