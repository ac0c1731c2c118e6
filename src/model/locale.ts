/**
 * The person's locale for every date, number and amount PMO Hub shows (one place, so nothing falls
 * back to the browser's default). The host sets it once at start: SPFx from the page's
 * cultureInfo.currentCultureName (in Teams SPFx takes it from the tab URL's forceLocale={locale}),
 * the local page from its language switch. Until then it is en-US.
 */

const DEFAULT_LOCALE = 'en-US';
let current = DEFAULT_LOCALE;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A BCP 47 tag Intl accepts ('de-de' → 'de-DE'); an unknown or empty tag keeps en-US. */
export function normalizeLocale(tag: string | undefined): string {
  const t = (tag ?? '').trim().replace(/_/g, '-');
  if (!t) return DEFAULT_LOCALE;
  try {
    return new Intl.NumberFormat(t).resolvedOptions().locale || DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Sets the locale everything is formatted in. */
export function setFormatLocale(tag: string | undefined): void {
  current = normalizeLocale(tag);
}

/** The locale everything is formatted in (e.g. for a date picker or a chart). */
export function formatLocale(): string {
  return current;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${current}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(current, options)));
  return f;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${current}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(current, options)));
  return f;
}

const finite = (v: number | undefined | null): v is number => typeof v === 'number' && isFinite(v);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A number with the locale's grouping and decimal sign; '' for no number. */
export function formatNumber(value: number | undefined | null, maximumFractionDigits: number = 2, minimumFractionDigits: number = 0): string {
  return finite(value) ? numberFormat({ maximumFractionDigits, minimumFractionDigits }).format(value) : '';
}

/**
 * An amount of money in the locale's number format (the PMO lists do not record a currency, so none is
 * named); '' for no amount.
 */
export function formatMoney(value: number | undefined | null, maximumFractionDigits: number = 2): string {
  return formatNumber(value, maximumFractionDigits);
}


/** A calendar day (yyyy-mm-dd, no time zone shift) in the locale's short date; anything else is returned as it is. */
export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  return dateFormat({ year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date(+m[1], +m[2] - 1, +m[3]));
}

/** A moment (ISO text or Date) as date and time in the locale, in the person's time zone. */
export function formatDateTime(when: string | Date | undefined, style: 'short' | 'medium' = 'medium'): string {
  if (!when) return '';
  const d = typeof when === 'string' ? new Date(when) : when;
  if (isNaN(d.getTime())) return '';
  return dateFormat({ dateStyle: style, timeStyle: 'short' } as Intl.DateTimeFormatOptions).format(d);
}

/** The clock time of a moment (hours and minutes) in the locale. */
export function formatTime(when: string | Date): string {
  const d = typeof when === 'string' ? new Date(when) : when;
  return isNaN(d.getTime()) ? '' : dateFormat({ hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A month period (yyyy-mm…) as the locale names it, e.g. "März 2025"; `month` alone gives only the month's name. */
export function formatMonth(period: string, style: 'long' | 'short' | 'month' = 'long'): string {
  const d = new Date(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
  return style === 'month' ? dateFormat({ month: 'long' }).format(d) : dateFormat({ month: style, year: 'numeric' }).format(d);
}
