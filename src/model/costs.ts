/**
 * Cost rules: monthly totals, budget variance, forecast at completion (EAC) and the cumulative burn
 * series. Pure: no I/O, no React. Periods are the first day of a month (yyyy-mm-01).
 */
import { COST_KINDS } from './types';
import type { CostDraft, CostKind, ICostLine } from './types';
import { date, dropEmpty, first, maxLength, nonNegative, parseNumber, required, requiredOneOf } from './validate';
import type { FieldErrors } from './validate';

/** The fields the cost rules read. */
export type CostInput = Pick<ICostLine, 'period' | 'kind' | 'amount'>;

/** Budget, actual and forecast of one month (or of a span of months, for totals). */
export interface ICostTotals {
  budget: number;
  actual: number;
  forecast: number;
}

/** One month's totals. */
export interface IMonthTotals extends ICostTotals {
  /** yyyy-mm-01 */
  period: string;
}

/**
 * The project's cost position.
 * - `actualToDate`: every Actual line (actuals are booked for months that have happened).
 * - `lastActualPeriod`: the latest month with an Actual line; forecasts up to it are superseded.
 * - `eac`: estimate at completion = actualToDate + forecasts of months after lastActualPeriod.
 * - `variance`: budget − eac. Positive = under budget (favourable), negative = overrun.
 * - `variancePercent`: variance / budget × 100, undefined when there is no budget.
 */
export interface ICostSummary {
  budget: number;
  actualToDate: number;
  lastActualPeriod?: string;
  remainingForecast: number;
  eac: number;
  variance: number;
  variancePercent?: number;
}

/** One point of the burn chart: cumulative amounts up to and including the month. */
export interface IBurnPoint {
  period: string;
  budget: number;
  /** Actuals up to the last actual month, forecasts after it. */
  actualForecast: number;
  /** True when the month is after the last actual month (drawn as a forecast). */
  isForecast: boolean;
}

// Money is summed in cents so 0.1 + 0.2 lines add up to 0.3 on screen and in exports.
const add = (a: number, b: number): number => Math.round((a + b) * 100) / 100;

/** The month of a date or period, as yyyy-mm-01. */
export function toPeriod(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The twelve periods of a calendar year. */
export function monthsOfYear(year: number): string[] {
  const result: string[] = [];
  for (let m = 1; m <= 12; m++) result.push(`${year}-${m < 10 ? '0' : ''}${m}-01`);
  return result;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const result: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = toPeriod(to);
  for (let p = toPeriod(from); p <= end; ) {
    result.push(p);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
    p = `${y}-${m < 10 ? '0' : ''}${m}-01`;
  }
  return result;
}

function addLine(t: ICostTotals, line: CostInput): void {
  if (typeof line.amount !== 'number' || isNaN(line.amount)) return;
  if (line.kind === 'Budget') t.budget = add(t.budget, line.amount);
  else if (line.kind === 'Actual') t.actual = add(t.actual, line.amount);
  else if (line.kind === 'Forecast') t.forecast = add(t.forecast, line.amount);
}

/**
 * Totals per month. With `periods`, exactly those months in that order (months without lines are
 * zero, lines of other months are left out); without, every month that has a line, in order.
 */
export function monthlyTotals(lines: CostInput[], periods?: string[]): IMonthTotals[] {
  const wanted = periods || lines.map((l) => toPeriod(l.period)).sort().filter((p, i, all) => i === 0 || all[i - 1] !== p);
  const byPeriod: { [period: string]: IMonthTotals } = {};
  const result = wanted.map((period) => (byPeriod[period] = { period, budget: 0, actual: 0, forecast: 0 }));
  for (const line of lines) {
    const month = byPeriod[toPeriod(line.period)];
    if (month) addLine(month, line);
  }
  return result;
}

/** The sum of monthly totals (the table's footer). */
export function sumTotals(months: ICostTotals[]): ICostTotals {
  const t = { budget: 0, actual: 0, forecast: 0 };
  for (const m of months) {
    t.budget = add(t.budget, m.budget);
    t.actual = add(t.actual, m.actual);
    t.forecast = add(t.forecast, m.forecast);
  }
  return t;
}

/** The latest month with an Actual line, or undefined when nothing has been spent yet. */
export function lastActualPeriod(lines: CostInput[]): string | undefined {
  let last: string | undefined;
  for (const l of lines) if (l.kind === 'Actual' && (!last || toPeriod(l.period) > last)) last = toPeriod(l.period);
  return last;
}

/** Budget, actuals, EAC and variance over all the project's lines (see ICostSummary for the rules). */
export function costSummary(lines: CostInput[]): ICostSummary {
  const last = lastActualPeriod(lines);
  let budget = 0;
  let actualToDate = 0;
  let remainingForecast = 0;
  for (const l of lines) {
    if (typeof l.amount !== 'number' || isNaN(l.amount)) continue;
    if (l.kind === 'Budget') budget = add(budget, l.amount);
    else if (l.kind === 'Actual') actualToDate = add(actualToDate, l.amount);
    else if (l.kind === 'Forecast' && (!last || toPeriod(l.period) > last)) remainingForecast = add(remainingForecast, l.amount);
  }
  const eac = add(actualToDate, remainingForecast);
  const variance = add(budget, -eac);
  return {
    budget,
    actualToDate,
    lastActualPeriod: last,
    remainingForecast,
    eac,
    variance,
    variancePercent: variancePercent(variance, budget)
  };
}

/** Variance as a percent of the budget (one decimal); undefined without a budget. */
export function variancePercent(variance: number | undefined, budget: number | undefined): number | undefined {
  return variance === undefined || !budget ? undefined : Math.round((variance / budget) * 1000) / 10;
}

/** Forecast at completion: actuals to date + forecasts of the months after the last actual month. */
export function estimateAtCompletion(lines: CostInput[]): number {
  return costSummary(lines).eac;
}

/**
 * Cumulative budget and actual-then-forecast per month, over `periods` or else over the span of the
 * lines. Over the whole span, the last point's actualForecast equals the EAC.
 */
export function burnSeries(lines: CostInput[], periods?: string[]): IBurnPoint[] {
  const months = monthlyTotals(lines, periods || spanOf(lines));
  const last = lastActualPeriod(lines);
  let budget = 0;
  let actualForecast = 0;
  return months.map((m) => {
    const isForecast = !last || m.period > last;
    budget = add(budget, m.budget);
    actualForecast = add(actualForecast, isForecast ? m.forecast : m.actual);
    return { period: m.period, budget, actualForecast, isForecast };
  });
}

function spanOf(lines: CostInput[]): string[] {
  const periods = lines.map((l) => toPeriod(l.period)).sort();
  return periods.length ? monthsBetween(periods[0], periods[periods.length - 1]) : [];
}

/** Column limits of the PMO Costs list, as provisioned (src/services/sharepoint/schema.ts). */
export const COST_LIMITS = { title: 255, category: 100, supplier: 255 };

/** What the cost line form edits. The amount stays as typed so "12,5x" can be reported. */
export interface ICostFormValues {
  title: string;
  projectId: number;
  /** yyyy-mm-01 (any day of the month is accepted and normalised). */
  period: string;
  kind: CostKind | '';
  category: string;
  amount: string;
  supplier: string;
}

/** Form values of a new line of the project, for the given month. */
export function emptyCostValues(projectId: number, period: string, kind: CostKind = 'Actual'): ICostFormValues {
  return { title: '', projectId, period: toPeriod(period), kind, category: '', amount: '', supplier: '' };
}

/** Form values of a saved line. */
export function costToFormValues(line: ICostLine): ICostFormValues {
  return {
    title: line.title || '',
    projectId: line.projectId,
    period: line.period ? toPeriod(line.period) : '',
    kind: line.kind || '',
    category: line.category || '',
    amount: line.amount === undefined || line.amount === null ? '' : String(line.amount),
    supplier: line.supplier || ''
  };
}

/**
 * The draft to write, from valid form values (call validateCost first). A blank title becomes
 * "<kind> <category> <yyyy-mm>", because Title is the list's required column and shows in views.
 */
export function toCostDraft(v: ICostFormValues): CostDraft {
  const period = toPeriod(v.period);
  const title = v.title.trim() || `${v.kind} ${v.category.trim()} ${period.slice(0, 7)}`;
  return {
    title: title.slice(0, COST_LIMITS.title),
    projectId: v.projectId,
    period,
    kind: v.kind as CostKind,
    category: v.category.trim(),
    amount: parseNumber(v.amount) as number,
    supplier: v.supplier.trim()
  };
}

/**
 * Every problem of a cost line's form values, one message per field; empty when it may be saved.
 * The amount is a number of zero or more (a refund is booked as a lower actual, not a negative line);
 * the period is a month; kind and category are required.
 */
export function validateCost(v: ICostFormValues): FieldErrors<ICostFormValues> {
  const errors: FieldErrors<ICostFormValues> = {
    amount: first(required(v.amount), nonNegative(v.amount)),
    period: first(required(v.period), date(v.period)),
    kind: requiredOneOf(v.kind, COST_KINDS),
    category: first(required(v.category), maxLength(v.category.trim(), COST_LIMITS.category)),
    supplier: maxLength(v.supplier.trim(), COST_LIMITS.supplier),
    title: maxLength(v.title.trim(), COST_LIMITS.title)
  };
  return dropEmpty(errors);
}

/**
 * A project's budget variance from the register's figures, by the same rule as ICostSummary:
 * budget − forecast at completion, so negative means over budget. Undefined unless both are known.
 */
export function projectVariance(budget: number | undefined, forecast: number | undefined): number | undefined {
  return budget === undefined || forecast === undefined ? undefined : add(budget, -forecast);
}
