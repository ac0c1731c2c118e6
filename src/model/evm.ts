/**
 * Earned value (EVM) of a project on a date. Pure. The formulas (also in docs/rules.md):
 *   BAC = the project's budget
 *   planned % = share of the planned schedule elapsed on `today`: (today − start) / (planned end − start),
 *               clamped to 0..100 % (the register's dates are the baseline; Planner dates move)
 *   PV  = BAC × planned %
 *   EV  = BAC × % complete (Planner's rollup)
 *   AC  = actual cost to date
 *   SPI = EV / PV,  CPI = EV / AC,  SV = EV − PV,  CV = EV − AC
 * A figure whose inputs are unknown stays undefined; a ratio with a zero denominator is undefined too.
 */
import { dayNumber, toIsoDate } from './dates';

export interface IEvmInput {
  budget?: number;
  /** 0..100 */
  percentComplete?: number;
  actualCost?: number;
  startDate?: string;
  plannedEndDate?: string;
  /** yyyy-mm-dd */
  today: string;
}

export interface IEvm {
  bac?: number;
  plannedPercent?: number;
  pv?: number;
  ev?: number;
  ac?: number;
  spi?: number;
  cpi?: number;
  sv?: number;
  cv?: number;
}

const money = (n: number): number => Math.round(n * 100) / 100;
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;
const known = (n: number | undefined): n is number => typeof n === 'number' && isFinite(n);

/** Planned percent complete on `today` from the baseline dates (linear); undefined without both dates. */
export function plannedPercent(startDate: string | undefined, plannedEndDate: string | undefined, today: string): number | undefined {
  if (!startDate || !plannedEndDate) return undefined;
  const start = dayNumber(toIsoDate(startDate));
  const end = dayNumber(toIsoDate(plannedEndDate));
  const now = dayNumber(today);
  if (now >= end) return 100;
  if (now <= start) return 0;
  return Math.round(((now - start) / (end - start)) * 1000) / 10;
}

/** PV, EV, AC, SPI, CPI, SV and CV by the formulas above. */
export function earnedValue(input: IEvmInput): IEvm {
  const bac = known(input.budget) ? input.budget : undefined;
  const planned = plannedPercent(input.startDate, input.plannedEndDate, input.today);
  const pv = bac !== undefined && planned !== undefined ? money((bac * planned) / 100) : undefined;
  const ev = bac !== undefined && known(input.percentComplete) ? money((bac * input.percentComplete) / 100) : undefined;
  const ac = known(input.actualCost) ? input.actualCost : undefined;
  return {
    bac,
    plannedPercent: planned,
    pv,
    ev,
    ac,
    spi: ratio(ev, pv),
    cpi: ratio(ev, ac),
    sv: ev !== undefined && pv !== undefined ? money(ev - pv) : undefined,
    cv: ev !== undefined && ac !== undefined ? money(ev - ac) : undefined
  };
}
