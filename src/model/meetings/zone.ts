/**
 * Outlook answers `Prefer: outlook.timezone` with wall-clock `dateTime` values and the zone beside them.
 * These turn such a value back into an instant, with Intl (no zone database of our own).
 */

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.filter((p) => p.type === t)[0]?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - instant) / 60000);
}

/** `2026-03-02T10:00:00.0000000` in `Europe/Berlin` → `2026-03-02T09:00:00.000Z`. Unknown zones are read as UTC. */
export function zonedToUtc(dateTime: string, timeZone: string | undefined): string {
  const wall = Date.parse(`${dateTime.replace(/(\.\d{3})\d*$/, '$1').replace(/Z$/, '')}Z`);
  if (isNaN(wall)) return dateTime;
  if (!timeZone || /^utc$/i.test(timeZone)) return new Date(wall).toISOString();
  try {
    // Two passes settle the offset around a daylight-saving change.
    let t = wall - offsetMinutes(wall, timeZone) * 60000;
    t = wall - offsetMinutes(t, timeZone) * 60000;
    return new Date(t).toISOString();
  } catch {
    return new Date(wall).toISOString();
  }
}
