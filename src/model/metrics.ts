/**
 * PMO metrics over time, by calendar month: the portfolio's health mix, on-time delivery, budget
 * variance, reporting compliance and minutes timeliness, from the published status reports (their
 * frozen figures), the register and PMO Meetings; and one project's figures beside the portfolio's
 * median. Pure: no I/O, no React. The rules are in docs/rules.md ("Metrics") and worked through in
 * test/unit/model/metrics.test.ts.
 */
import { dayNumber } from './dates';
import type { IStatusReport } from './statusReport';
import type { Health, IProject } from './types';

/** A PMO Meetings item as the metrics read it. */
export interface IMetricsMeeting {
  projectId: number;
  /** ISO date-time */
  start: string;
  /** ISO date-time the minutes were published; undefined while they are not. */
  publishedAt?: string;
}

export interface IMetricsInput {
  projects: Pick<IProject, 'id' | 'phase' | 'startDate' | 'plannedEndDate' | 'forecastEndDate'>[];
  /** Published reports of every project (drafts are ignored). */
  reports: IStatusReport[];
  meetings: IMetricsMeeting[];
  /** The months shown, yyyy-mm, oldest first. */
  months: string[];
  /** yyyy-mm-dd: meetings after it are not counted yet. */
  today: string;
}

/** What the metrics are computed from, as read (src/services/metrics/metricsReader.ts). */
export type IMetricsData = Pick<IMetricsInput, 'projects' | 'reports' | 'meetings'>;

export interface IMonthMetrics {
  month: string;
  /** Projects expected to report in the month (not proposals, started, not closed before the month). */
  expected: number;
  /** Overall health of each expected project's counting report; `none` = no published report. */
  health: Record<Health | 'none', number>;
  /** Milestones due in the month, and those of them met on or before their due day. */
  milestonesDue: number;
  milestonesOnTime: number;
  /** milestonesOnTime / milestonesDue; undefined when nothing was due. */
  onTimeRate?: number;
  /** Σ BAC and Σ EAC of the counting reports that froze both; variance % = (ΣBAC − ΣEAC) / ΣBAC × 100 (negative = over budget, as the budget variance rule). */
  budget: number;
  eac: number;
  variancePercent?: number;
  /** Expected projects with a published report for the month; the share of them. */
  reported: number;
  complianceRate?: number;
  /** Meetings held in the month, those with published minutes, and the median days to publication. */
  meetings: number;
  minutesPublished: number;
  minutesMedianDays?: number;
}

const monthOf = (day: string): string => day.slice(0, 7);
const known = (n: number | undefined): n is number => typeof n === 'number' && isFinite(n);

/** Last day of a yyyy-mm month as yyyy-mm-dd. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${last < 10 ? '0' : ''}${last}`;
}

/** The `count` months up to and including the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    const mm = d.getUTCMonth() + 1;
    out.push(`${d.getUTCFullYear()}-${mm < 10 ? '0' : ''}${mm}`);
  }
  return out;
}

/** The median of the known values; the mean of the two middle ones for an even count; undefined for none. */
export function median(values: (number | undefined)[]): number | undefined {
  const v = values.filter(known).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Published reports that no other published report supersedes (a superseded report counts once: as its successor). */
export function countedReports(reports: IStatusReport[]): IStatusReport[] {
  const published = reports.filter((r) => r.state === 'Published');
  const replaced = new Set(published.map((r) => r.supersedes).filter((id): id is number => id !== undefined));
  return published.filter((r) => !replaced.has(r.id));
}

/**
 * The report that counts for each project and month: of its counted reports dated in the month, the
 * latest by report date (then by id). Keyed `${projectId}|${yyyy-mm}`.
 */
export function reportsByMonth(reports: IStatusReport[]): Map<string, IStatusReport> {
  const out = new Map<string, IStatusReport>();
  for (const r of countedReports(reports)) {
    if (!r.reportDate) continue;
    const key = `${r.projectId}|${monthOf(r.reportDate)}`;
    const had = out.get(key);
    if (!had || r.reportDate > had.reportDate || (r.reportDate === had.reportDate && r.id > had.id)) out.set(key, r);
  }
  return out;
}

/** A project is expected to report in a month when it is not a proposal, started by the month's end, and (if closed) ended in or after it. */
export function expectedIn(p: IMetricsInput['projects'][number], month: string): boolean {
  if (p.phase === 'Proposal') return false;
  if (p.startDate && p.startDate > monthEnd(month)) return false;
  const end = p.forecastEndDate ?? p.plannedEndDate;
  return !(p.phase === 'Closed' && (!end || monthOf(end) < month));
}

interface IMilestoneFate {
  due: string;
  slipped: boolean;
}

/**
 * Every milestone a project's counted reports name, by name and due day: met on time when some report
 * lists it as met and none lists it as slipped (late or missed).
 */
export function milestoneFates(reports: IStatusReport[]): Map<number, IMilestoneFate[]> {
  const byProject = new Map<number, Map<string, IMilestoneFate & { met: boolean }>>();
  for (const r of countedReports(reports)) {
    const f = r.snapshot?.figures;
    if (!f) continue;
    const seen = byProject.get(r.projectId) ?? new Map<string, IMilestoneFate & { met: boolean }>();
    byProject.set(r.projectId, seen);
    const note = (list: { name: string; due?: string }[] | undefined, slipped: boolean): void => {
      for (const m of list ?? []) {
        if (!m.due) continue;
        const key = `${m.name}|${m.due}`;
        const had = seen.get(key) ?? { due: m.due, slipped: false, met: false };
        if (slipped) had.slipped = true;
        else had.met = true;
        seen.set(key, had);
      }
    };
    note(f.milestonesMet, false);
    note(f.milestonesSlipped, true);
  }
  const out = new Map<number, IMilestoneFate[]>();
  byProject.forEach((seen, id) => out.set(id, Array.from(seen.values()).map((m) => ({ due: m.due, slipped: m.slipped || !m.met }))));
  return out;
}

/** Whole days from a meeting's start to its minutes' publication (calendar days, never below 0). */
export function minutesDays(m: IMetricsMeeting): number | undefined {
  if (!m.publishedAt) return undefined;
  return Math.max(0, dayNumber(m.publishedAt.slice(0, 10)) - dayNumber(m.start.slice(0, 10)));
}

const ratio = (part: number, whole: number): number | undefined => (whole > 0 ? part / whole : undefined);

/** The portfolio's metrics for each month of `input.months`. */
export function portfolioMetrics(input: IMetricsInput): IMonthMetrics[] {
  const byMonth = reportsByMonth(input.reports);
  const fates = Array.from(milestoneFates(input.reports).values()).reduce<IMilestoneFate[]>((all, f) => all.concat(f), []);
  const held = input.meetings.filter((m) => m.start.slice(0, 10) <= input.today);
  return input.months.map((month) => {
    const expected = input.projects.filter((p) => expectedIn(p, month));
    const health: IMonthMetrics['health'] = { Green: 0, Amber: 0, Red: 0, none: 0 };
    let reported = 0;
    let budget = 0;
    let eac = 0;
    for (const p of expected) {
      const r = byMonth.get(`${p.id}|${month}`);
      if (!r) {
        health.none++;
        continue;
      }
      reported++;
      health[r.health.overall ?? 'none']++;
      const f = r.snapshot?.figures;
      if (f && known(f.budget) && known(f.eac) && f.budget > 0) {
        budget += f.budget;
        eac += f.eac;
      }
    }
    const due = fates.filter((f) => monthOf(f.due) === month);
    const onTime = due.filter((f) => !f.slipped).length;
    const meetings = held.filter((m) => monthOf(m.start) === month);
    const days = meetings.map(minutesDays).filter(known);
    return {
      month,
      expected: expected.length,
      health,
      milestonesDue: due.length,
      milestonesOnTime: onTime,
      onTimeRate: ratio(onTime, due.length),
      budget,
      eac,
      variancePercent: budget > 0 ? ((budget - eac) / budget) * 100 : undefined,
      reported,
      complianceRate: ratio(reported, expected.length),
      meetings: meetings.length,
      minutesPublished: days.length,
      minutesMedianDays: median(days)
    };
  });
}

/** Health as a score for comparisons: Green 100, Amber 50, Red 0. */
export const HEALTH_SCORE: Record<Health, number> = { Green: 100, Amber: 50, Red: 0 };

/** The figures compared between one project and the portfolio. */
export type CompareFigure = 'variancePercent' | 'slipDays' | 'healthScore' | 'minutesDays';
export const COMPARE_FIGURES: CompareFigure[] = ['variancePercent', 'slipDays', 'healthScore', 'minutesDays'];

export interface IMonthComparison {
  month: string;
  project: Partial<Record<CompareFigure, number>>;
  median: Partial<Record<CompareFigure, number>>;
}

/** Each project's figures for a month: from its counting report, and its minutes' median days. */
function figuresOf(report: IStatusReport | undefined, meetings: IMetricsMeeting[]): Partial<Record<CompareFigure, number>> {
  const f = report?.snapshot?.figures;
  const overall = report?.health.overall;
  return {
    variancePercent: f?.variancePercent,
    slipDays: f?.slipDays,
    healthScore: overall ? HEALTH_SCORE[overall] : undefined,
    minutesDays: median(meetings.map(minutesDays))
  };
}

/** One project's figures beside the median of every project's figures (the project included) for the same months. */
export function compareWithMedian(input: IMetricsInput, projectId: number): IMonthComparison[] {
  const byMonth = reportsByMonth(input.reports);
  const held = input.meetings.filter((m) => m.start.slice(0, 10) <= input.today);
  return input.months.map((month) => {
    const inMonth = held.filter((m) => monthOf(m.start) === month);
    const all = input.projects.map((p) => figuresOf(byMonth.get(`${p.id}|${month}`), inMonth.filter((m) => m.projectId === p.id)));
    const mine = figuresOf(byMonth.get(`${projectId}|${month}`), inMonth.filter((m) => m.projectId === projectId));
    const med: Partial<Record<CompareFigure, number>> = {};
    for (const k of COMPARE_FIGURES) med[k] = median(all.map((x) => x[k]));
    return { month, project: mine, median: med };
  });
}
