/**
 * A year of published status reports for the demo projects: one a month (the default reporting period)
 * from the project's start or twelve months ago, whichever is later, up to today. Each report holds the
 * figures that were true when it was published (percent complete, actual cost to that month from the
 * project's own PMO Costs lines, EAC drifting with the cost factor, slip growing on late projects), so
 * the frozen history differs from today's data. Health per dimension is what the production rules
 * (src/model/statusReport.ts suggestHealth) say of those figures; the latest report agrees with the
 * project's Health, with a reasoned override where the rules would say otherwise.
 * A few projects miss periods, a few published corrections that supersede a report, one has a draft
 * only: what the compliance board and the metrics have to show. Pure: no store access.
 */
import { earnedValue } from '../../../src/model/evm.ts';
import { projectVariance, variancePercent } from '../../../src/model/costs.ts';
import { overallHealth, periodKey, suggestHealth, type IReportFigures, type IReportSnapshot, type ReportDimension } from '../../../src/model/statusReport.ts';
import { HEALTHS, type Health, type StatusReportState } from '../../../src/model/types.ts';
import type { DemoProject } from './portfolio.ts';
import { addDays, isoDate, type Clock, type Random } from './random.ts';

export interface DemoReport {
  project: DemoProject;
  reportDate: Date;
  publishedAt?: Date;
  state: StatusReportState;
  period: string;
  snapshot: IReportSnapshot;
  health: Partial<Record<ReportDimension | 'overall', Health>>;
  overrideReason: string;
  summary: string;
  accomplishments: string;
  nextSteps: string;
  /** Index (in the returned list) of the published report this correction supersedes. */
  corrects?: number;
}

/** Projects that published nothing yet for the current period (one of them has a draft). */
export const MISSING_CURRENT = ['PRJ-0012', 'PRJ-0024', 'PRJ-0028', 'PRJ-0032', 'PRJ-0046'];
/** Months ago (1 = last month) a project did not report. */
export const MISSED_MONTHS: Record<string, number[]> = { 'PRJ-0010': [2], 'PRJ-0016': [3, 4], 'PRJ-0020': [2], 'PRJ-0023': [1] };
/** Months ago a project published a correction superseding that month's report. */
export const CORRECTED_MONTHS: Record<string, number> = { 'PRJ-0010': 1, 'PRJ-0018': 3, 'PRJ-0042': 2 };
/** The project whose current report is a draft, not yet published. */
export const DRAFT_ONLY = 'PRJ-0028';

const DAY = 86400000;
const MILESTONES = ['Requirements signed off', 'Design approved', 'Vendor selected', 'Build complete', 'Pilot live', 'Training delivered', 'Data migrated', 'User acceptance passed'];
const DECISIONS = ['Phase the rollout by region', 'Extend the vendor contract by three months', 'Move the pilot to the Oslo office', 'Drop the legacy export from scope', 'Fund a second test environment'];
const DONE = ['Workshops with the key users held', 'Test environment handed over', 'Supplier invoices reconciled', 'Interfaces specified', 'First sprint demo given', 'Risk review with the sponsor held'];
const NEXT = ['Close the open design questions', 'Plan the cut-over weekend', 'Prepare the steering committee', 'Start user acceptance tests', 'Agree the training plan', 'Re-baseline the schedule'];

const rank = (h: Health | undefined) => (h ? HEALTHS.indexOf(h) : -1);

/** The report dates of a project: the last working days of the past months it ran in, and today. */
function reportDates(r: Random, clock: Clock, p: DemoProject): { monthsAgo: number; date: Date }[] {
  const out: { monthsAgo: number; date: Date }[] = [];
  for (let k = 11; k >= 0; k--) {
    let date = k === 0 ? clock.today : addDays(clock.month(-k + 1), -1 - r.int(0, 3));
    while (date.getDay() === 0 || date.getDay() === 6) date = addDays(date, -1);
    if (date < addDays(p.start, 7)) continue;
    // A closed project's last report is its closing report (the month it ended).
    if (p.phase === 'Closed' && date > addDays(p.plannedEnd, 31)) continue;
    out.push({ monthsAgo: k, date });
  }
  return out;
}

/** How far the project had come (0..1) by `date`, of where it stands today. */
const elapsed = (p: DemoProject, clock: Clock, date: Date): number => {
  const end = p.phase === 'Closed' ? p.plannedEnd : clock.today;
  return Math.min(1, Math.max(0, (date.getTime() - p.start.getTime()) / Math.max(DAY, end.getTime() - p.start.getTime())));
};

interface FigureContext {
  r: Random;
  clock: Clock;
  p: DemoProject;
  date: Date;
  since?: string;
  minPercent: number;
  actual: number;
}

function figuresAt(c: FigureContext): IReportFigures {
  const { r, clock, p, date } = c;
  const e = elapsed(p, clock, date);
  const finalPercent = p.phase === 'Closed' ? 100 : p.percentComplete;
  const percentComplete = Math.max(c.minPercent, 1, Math.min(finalPercent, Math.round(finalPercent * e + r.int(-2, 2))));
  // A budget increase approved five months ago on some projects: older reports show the old budget.
  const monthsAgo = Math.round((clock.today.getTime() - date.getTime()) / (30.4 * DAY));
  const budget = p.n % 4 === 2 && monthsAgo >= 5 ? Math.round((p.budget * 0.9) / 5000) * 5000 : p.budget;
  const asOf = isoDate(date);
  const evm = earnedValue({ budget, percentComplete, actualCost: c.actual, startDate: isoDate(p.start), plannedEndDate: isoDate(p.plannedEnd), today: asOf });
  const finalSlip = Math.round((p.forecastEnd.getTime() - p.plannedEnd.getTime()) / DAY);
  const slipDays = Math.round(finalSlip * Math.min(1, e * 1.2));
  const eac = Math.round((budget * (1 + (p.costFactor - 1) * e)) / 100) * 100;
  const variance = projectVariance(budget, eac);
  const severe = p.health === 'Red' ? e : p.health === 'Amber' ? e * 0.6 : p.n % 3 === 0 && monthsAgo === 6 ? 0.5 : 0;
  const openHighRisks = severe > 0.75 ? 3 : severe > 0.3 ? 1 : 0;
  const openIssues = severe > 0.5 ? (p.health === 'Red' ? 3 : 1) : 0;
  const slipped = slipDays > 0 ? [{ name: r.pick(MILESTONES), due: isoDate(addDays(p.start, 60)) }] : [];
  return {
    asOf,
    since: c.since,
    missing: [],
    percentComplete,
    tasks: 18 + Math.round(percentComplete / 4),
    overdueTasks: evm.spi !== undefined && evm.spi < 0.9 ? r.int(3, 7) : r.int(0, 2),
    milestonesMet: monthsAgo % 3 === 0 ? [{ name: r.pick(MILESTONES), due: isoDate(addDays(date, -r.int(2, 20))) }] : [],
    milestonesSlipped: slipped,
    slipDays,
    spi: evm.spi,
    budget,
    actualCost: c.actual,
    eac,
    variance,
    variancePercent: variancePercent(variance, budget),
    cpi: evm.cpi,
    forecastEndDate: isoDate(addDays(p.plannedEnd, slipDays)),
    openRisks: openHighRisks + r.int(1, 4),
    openHighRisks,
    openCriticalRisks: severe > 0.9 ? 1 : 0,
    openIssues,
    openCriticalIssues: 0,
    risksOpened: r.int(0, 3),
    risksClosed: r.int(0, 2),
    decisions: r.chance(0.3) ? [r.pick(DECISIONS)] : [],
    meetingsHeld: p.phase === 'Closed' ? r.int(0, 2) : r.int(3, 5)
  };
}

/** The report's health: the rules' suggestion, moved to the project's Health on its latest report (with the reason). */
function chooseHealth(snapshot: IReportSnapshot, target: Health | undefined): { chosen: Partial<Record<ReportDimension, Health>>; reason: string } {
  const chosen = { ...snapshot.suggested };
  const overall = overallHealth(chosen);
  if (!target || overall === target) return { chosen, reason: '' };
  if (rank(target) > rank(overall)) {
    chosen.risk = target;
    return { chosen, reason: 'The steering committee rates the delivery risk higher than the log shows.' };
  }
  for (const d of Object.keys(chosen) as ReportDimension[]) if (rank(chosen[d]) > rank(target)) chosen[d] = target;
  return { chosen, reason: 'Recovery plan agreed with the sponsor; the figures lag behind it.' };
}

function snapshotOf(figures: IReportFigures): IReportSnapshot {
  const s = suggestHealth(figures);
  const dims: ReportDimension[] = ['schedule', 'cost', 'scope', 'risk'];
  return {
    version: 1,
    figures,
    suggested: Object.fromEntries(dims.map((d) => [d, s[d].health])),
    reasons: Object.fromEntries(dims.map((d) => [d, s[d].reasons]))
  };
}

/**
 * The demo's status reports, oldest first per project. `actualTo(p, date)` is the project's actual
 * cost booked up to and including `date`'s month (from its PMO Costs lines); `now` bounds publication times.
 */
export function generateStatusReports(rnd: Random, clock: Clock, now: Date, projects: DemoProject[], actualTo: (p: DemoProject, date: Date) => number): DemoReport[] {
  const out: DemoReport[] = [];
  const notAfterNow = (d: Date) => new Date(Math.min(d.getTime(), Math.max(clock.today.getTime(), now.getTime() - 3600000)));
  for (const p of projects.filter((x) => x.phase !== 'Proposal')) {
    const r = rnd.fork(`${p.code}-reports`);
    const dates = reportDates(r, clock, p).filter((d) => !(MISSED_MONTHS[p.code] ?? []).includes(d.monthsAgo) && !(d.monthsAgo === 0 && MISSING_CURRENT.includes(p.code) && p.code !== DRAFT_ONLY));
    let since: string | undefined;
    let minPercent = 0;
    dates.forEach(({ monthsAgo, date }, i) => {
      const latest = i === dates.length - 1;
      const draft = monthsAgo === 0 && p.code === DRAFT_ONLY;
      const figures = figuresAt({ r, clock, p, date, since, minPercent, actual: actualTo(p, date) });
      const snapshot = snapshotOf(figures);
      const { chosen, reason } = chooseHealth(snapshot, latest ? p.health : undefined);
      const report = (f: IReportSnapshot, h: typeof chosen, why: string, publishedAt: Date | undefined, summary: string): DemoReport => ({
        project: p,
        reportDate: date,
        publishedAt,
        state: publishedAt ? 'Published' : 'Draft',
        period: periodKey(isoDate(date), 'monthly'),
        snapshot: f,
        health: { ...h, overall: overallHealth(h) },
        overrideReason: why,
        summary,
        accomplishments: r.pick(DONE),
        nextSteps: r.pick(NEXT)
      });
      const published = draft ? undefined : notAfterNow(new Date(date.getTime() + (16 + 24 * r.int(0, 2)) * 3600000));
      const summary = `${f1(figures.percentComplete)} % complete; actual cost ${figures.actualCost?.toLocaleString('en-US')}; ${figures.slipDays ? `${figures.slipDays} days late` : 'on schedule'}.`;
      out.push(report(snapshot, chosen, reason, published, summary));
      if (CORRECTED_MONTHS[p.code] === monthsAgo && published) {
        // The supplier's late invoice: the month's actual cost was understated; the correction supersedes it.
        const corrected = figuresAt({ r, clock, p, date, since, minPercent, actual: figures.actualCost! + 1000 * r.int(8, 25) });
        const again = snapshotOf(corrected);
        const fix = chooseHealth(again, latest ? p.health : undefined);
        out.push({
          ...report(again, fix.chosen, fix.reason, notAfterNow(new Date(published.getTime() + 2 * DAY)), `Correction: actual cost includes the supplier's late invoice. ${summary}`),
          corrects: out.length - 1
        });
      }
      since = figures.asOf;
      minPercent = figures.percentComplete ?? minPercent;
    });
  }
  return out;
}

const f1 = (n: number | undefined) => (n === undefined ? '–' : String(n));
