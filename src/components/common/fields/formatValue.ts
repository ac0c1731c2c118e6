/** Display formatting of register values; empty input gives '' so cells stay blank. */
import { formatDay, formatMoney } from '../../../model/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A yyyy-mm-dd date in the person's locale (a calendar day: no time zone shift). */
export const formatDate = formatDay;

/** A money amount with grouping and at most two decimals. */
export function formatAmount(value: number | undefined): string {
  return formatMoney(value);
}

/** A percentage such as "45 %". */
export function formatPercent(value: number | undefined): string {
  if (value === undefined || value === null || !isFinite(value)) return '';
  return `${Math.round(value)} %`;
}

/** A Date as yyyy-mm-dd in local time (what DatePicker picked is a calendar day). */
export function toIsoDate(d: Date | null | undefined): string {
  if (!d) return '';
  const pad = (n: number): string => (n < 10 ? '0' : '') + n;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A yyyy-mm-dd text as a local Date; undefined when empty or not a date. */
export function fromIsoDate(iso: string | undefined): Date | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? new Date(+m[1], +m[2] - 1, +m[3]) : undefined;
}
