/**
 * Status reports: the figures a report is drafted from (what happened since the last report), the
 * health suggested per dimension with its reasons, the reporting period, and the form's rules
 * (an override needs a reason). Pure: no I/O, no React. The rules are written in docs/rules.md
 * ("Status reports") and worked through in test/unit/model/statusReport.test.ts.
 */
import { dayNumber, fromDayNumber } from './dates';
import { costHealth, riskHealth, scheduleHealth, worstHealth } from './projectStatus';
import type { Health, IRecord, StatusReportState } from './types';
import { HEALTHS } from './types';
import { dropEmpty, maxLength, required } from './validate';
import type { IReportMailing } from './reportMail';
import type { FieldErrors, IValidationMessage } from './validate';

export type ReportDimension = 'schedule' | 'cost' | 'scope' | 'risk';
export const REPORT_DIMENSIONS: ReportDimension[] = ['schedule', 'cost', 'scope', 'risk'];
export type ReportingPeriod = 'weekly' | 'fortnightly' | 'monthly';
export const REPORTING_PERIODS: ReportingPeriod[] = ['weekly', 'fortnightly', 'monthly'];

/** Parts of the data a report is drafted from; a part that could not be read is listed as missing. */
export type ReportPart = 'planner' | 'costs' | 'raid' | 'meetings';

/** A milestone as the report lists it. */
export interface IReportMilestone {
  name: string;
  due?: string;
}

/** Every figure a report shows; frozen (in Snapshot) when it is published. Unknown figures are absent, never 0. */
export interface IReportFigures {
  /** yyyy-mm-dd the figures were read for. */
  asOf: string;
  /** Day after the previous published report (or undefined for the first report). */
  since?: string;
  missing: ReportPart[];
  percentComplete?: number;
  tasks?: number;
  overdueTasks?: number;
  milestonesMet?: IReportMilestone[];
  milestonesSlipped?: IReportMilestone[];
  /** The next milestones not yet due, nearest first (at most three). */
  milestonesNext?: IReportMilestone[];
  slipDays?: number;
  spi?: number;
  budget?: number;
  actualCost?: number;
  eac?: number;
  variance?: number;
  variancePercent?: number;
  cpi?: number;
  forecastEndDate?: string;
  openRisks?: number;
  openHighRisks?: number;
  openCriticalRisks?: number;
  openIssues?: number;
  openCriticalIssues?: number;
  risksOpened?: number;
  risksClosed?: number;
  decisions?: string[];
  /** Open RAID items of kind Decision: what the project needs decided. */
  decisionsNeeded?: string[];
  meetingsHeld?: number;
}

/** Why a dimension got its suggested health: a strings key (StatusReason*) and the values for it. */
export interface IHealthReason {
  key: string;
  values?: (string | number)[];
}

export interface ISuggestion {
  health?: Health;
  reasons: IHealthReason[];
}

export type SuggestedHealth = Record<ReportDimension, ISuggestion>;

/** The Snapshot JSON of a report: its figures and the suggestion, as they were when drafted and published. */
export interface IReportSnapshot {
  version: 1;
  figures: IReportFigures;
  suggested: Partial<Record<ReportDimension, Health>>;
  reasons: Partial<Record<ReportDimension, IHealthReason[]>>;
  /**
   * Made once when a draft is started: a create retried after a lost answer finds the item it made
   * (same project, still a Draft, same key) and saves over it instead of adding a second draft.
   */
  draftKey?: string;
}

export interface IStatusReport extends IRecord {
  title: string;
  projectId: number;
  /** yyyy-mm-dd */
  reportDate: string;
  /** The period's key, e.g. 2026-12 (monthly), 2026-W49 (weekly), 2026-F25 (fortnightly). */
  period: string;
  state: StatusReportState;
  health: Partial<Record<ReportDimension | 'overall', Health>>;
  overrideReason: string;
  summary: string;
  accomplishments: string;
  nextSteps: string;
  snapshot?: IReportSnapshot;
  publishedAt?: string;
  /** Id of the published report of the same period this one replaces. */
  supersedes?: number;
  /** When and to whom the published report was mailed (MailLog; written only by markMailed). */
  mailLog?: IReportMailing[];
}

export type StatusReportDraft = Omit<IStatusReport, 'id' | 'etag' | 'modified'>;

/** Column limits (src/services/sharepoint/schema.ts). */
export const REPORT_LIMITS = { title: 255, text: 10000, overrideReasonMin: 20, overrideReason: 1000 };

const known = (n: number | undefined): n is number => typeof n === 'number' && isFinite(n);

/**
 * Suggested health per dimension (docs/rules.md):
 * - schedule: the project status rule on SPI, slip days and slipped milestones;
 * - cost: the project status rule on variance % and CPI;
 * - scope: Red with an open Critical issue or 3+ open issues, Amber with any open issue, else Green
 *   (PMO Hub keeps no change requests; open issues are what moves scope);
 * - risk: the project status rule on open High and Critical risks.
 * A dimension whose inputs are missing has no suggestion, and says which part is missing.
 */
export function suggestHealth(f: IReportFigures): SuggestedHealth {
  const miss = (part: ReportPart): IHealthReason[] => (f.missing.indexOf(part) >= 0 ? [{ key: 'StatusReasonMissing', values: [part] }] : []);
  const schedule: IHealthReason[] = [];
  if (known(f.spi)) schedule.push({ key: 'StatusReasonSpi', values: [f.spi] });
  if (known(f.slipDays)) schedule.push({ key: 'StatusReasonSlip', values: [f.slipDays] });
  if (f.milestonesSlipped) schedule.push({ key: 'StatusReasonSlipped', values: [f.milestonesSlipped.length] });
  const cost: IHealthReason[] = [];
  if (known(f.variancePercent)) cost.push({ key: 'StatusReasonVariance', values: [f.variancePercent] });
  if (known(f.cpi)) cost.push({ key: 'StatusReasonCpi', values: [f.cpi] });
  const risk: IHealthReason[] = known(f.openHighRisks) ? [{ key: 'StatusReasonRisks', values: [f.openHighRisks, f.openCriticalRisks ?? 0] }] : [];
  const scope: IHealthReason[] = known(f.openIssues) ? [{ key: 'StatusReasonIssues', values: [f.openIssues, f.openCriticalIssues ?? 0] }] : [];
  return {
    schedule: { health: scheduleHealth(f.spi, f.slipDays, f.milestonesSlipped?.length), reasons: [...schedule, ...miss('planner')] },
    cost: { health: costHealth(f.variancePercent, f.cpi), reasons: [...cost, ...miss('costs')] },
    scope: { health: scopeHealth(f.openIssues, f.openCriticalIssues), reasons: [...scope, ...miss('raid')] },
    risk: { health: riskHealth(f.openHighRisks, f.openCriticalRisks), reasons: [...risk, ...miss('raid')] }
  };
}

/** Scope: Red with an open Critical issue or 3+ open issues; Amber with any; Green with none; unknown unread. */
export function scopeHealth(openIssues?: number, openCritical?: number): Health | undefined {
  if (!known(openIssues)) return undefined;
  if ((openCritical ?? 0) > 0 || openIssues >= 3) return 'Red';
  return openIssues > 0 ? 'Amber' : 'Green';
}

/** Overall health: the worst of the chosen dimensions (BrightWork's "worst KPI"). */
export function overallHealth(h: Partial<Record<ReportDimension, Health>>): Health | undefined {
  return worstHealth(REPORT_DIMENSIONS.map((d) => h[d]));
}

/** The dimensions whose chosen health differs from the suggestion (each needs the override reason). */
export function overriddenDimensions(chosen: Partial<Record<ReportDimension, Health>>, suggested: Partial<Record<ReportDimension, Health>>): ReportDimension[] {
  return REPORT_DIMENSIONS.filter((d) => chosen[d] !== undefined && chosen[d] !== suggested[d]);
}

/** ISO week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(day: string): { year: number; week: number } {
  const n = dayNumber(day);
  const weekday = (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  const thursday = n - weekday + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan4 = dayNumber(`${year}-01-04`);
  const firstThursday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + 3;
  return { year, week: Math.floor((thursday - firstThursday) / 7) + 1 };
}

/** The reporting period a day falls in, as a key: 2026-12 (monthly), 2026-W49 (weekly), 2026-F25 (ISO weeks 49–50). */
export function periodKey(day: string, period: ReportingPeriod): string {
  if (period === 'monthly') return day.slice(0, 7);
  const { year, week } = isoWeek(day);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return period === 'weekly' ? `${year}-W${pad(week)}` : `${year}-F${pad(Math.ceil(week / 2))}`;
}

/** The published report of the period that a new one for `period` would replace (the latest not itself superseded). */
export function publishedInPeriod(reports: IStatusReport[], period: string, exceptId?: number): IStatusReport | undefined {
  const replaced = new Set(reports.map((r) => r.supersedes).filter((id): id is number => id !== undefined));
  return reports
    .filter((r) => r.state === 'Published' && r.period === period && r.id !== exceptId && !replaced.has(r.id))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0];
}

/** The reports of the history: published ones not superseded, newest first. */
export function reportHistory(reports: IStatusReport[]): IStatusReport[] {
  const replaced = new Set(reports.filter((r) => r.state === 'Published').map((r) => r.supersedes).filter((id): id is number => id !== undefined));
  return reports.filter((r) => r.state === 'Published' && !replaced.has(r.id)).sort((a, b) => b.reportDate.localeCompare(a.reportDate) || b.id - a.id);
}

/** The status report form as typed. Health values are '' for "not set". */
export interface IReportFormValues {
  projectId: number;
  title: string;
  reportDate: string;
  period: string;
  schedule: Health | '';
  cost: Health | '';
  scope: Health | '';
  risk: Health | '';
  overrideReason: string;
  summary: string;
  accomplishments: string;
  nextSteps: string;
  /** Snapshot JSON as drafted (not edited in the form). */
  snapshot: string;
  supersedes?: number;
}

const healthOrEmpty = (h: Health | undefined): Health | '' => (h && HEALTHS.indexOf(h) >= 0 ? h : '');

/** A new report's values: the figures and the suggestion, with each dimension set to what is suggested. */
export function newReportValues(projectId: number, title: string, figures: IReportFigures, period: ReportingPeriod, draftKey?: string): IReportFormValues {
  const s = suggestHealth(figures);
  const snapshot: IReportSnapshot = {
    version: 1,
    ...(draftKey ? { draftKey } : {}),
    figures,
    suggested: { schedule: s.schedule.health, cost: s.cost.health, scope: s.scope.health, risk: s.risk.health },
    reasons: { schedule: s.schedule.reasons, cost: s.cost.reasons, scope: s.scope.reasons, risk: s.risk.reasons }
  };
  return {
    projectId,
    title,
    reportDate: figures.asOf,
    period: periodKey(figures.asOf, period),
    schedule: healthOrEmpty(s.schedule.health),
    cost: healthOrEmpty(s.cost.health),
    scope: healthOrEmpty(s.scope.health),
    risk: healthOrEmpty(s.risk.health),
    overrideReason: '',
    summary: '',
    accomplishments: '',
    nextSteps: '',
    snapshot: JSON.stringify(snapshot)
  };
}

/** Parses a Snapshot column; undefined when empty or not a snapshot PMO Hub wrote. */
export function parseSnapshot(json: string | undefined): IReportSnapshot | undefined {
  if (!json) return undefined;
  try {
    const s = JSON.parse(json) as IReportSnapshot;
    return s && s.version === 1 && s.figures ? s : undefined;
  } catch {
    return undefined;
  }
}

export function reportToFormValues(r: IStatusReport): IReportFormValues {
  return {
    projectId: r.projectId,
    title: r.title,
    reportDate: r.reportDate,
    period: r.period,
    schedule: healthOrEmpty(r.health.schedule),
    cost: healthOrEmpty(r.health.cost),
    scope: healthOrEmpty(r.health.scope),
    risk: healthOrEmpty(r.health.risk),
    overrideReason: r.overrideReason,
    summary: r.summary,
    accomplishments: r.accomplishments,
    nextSteps: r.nextSteps,
    snapshot: r.snapshot ? JSON.stringify(r.snapshot) : '',
    supersedes: r.supersedes
  };
}

const chosenOf = (v: IReportFormValues): Partial<Record<ReportDimension, Health>> => ({
  schedule: v.schedule || undefined,
  cost: v.cost || undefined,
  scope: v.scope || undefined,
  risk: v.risk || undefined
});

/**
 * Form rules: a title and a summary; when any dimension differs from the suggestion, a reason of
 * 20 to 1,000 characters; text within the column limits.
 */
export function validateReport(v: IReportFormValues): FieldErrors<IReportFormValues> {
  const suggested = parseSnapshot(v.snapshot)?.suggested ?? {};
  const overridden = overriddenDimensions(chosenOf(v), suggested).length > 0;
  const reason = v.overrideReason.trim();
  let reasonError: IValidationMessage | undefined;
  if (overridden && !reason) reasonError = { key: 'ValidationOverrideReason' };
  else if (overridden && reason.length < REPORT_LIMITS.overrideReasonMin) reasonError = { key: 'ValidationOverrideReasonShort', values: [REPORT_LIMITS.overrideReasonMin, reason.length] };
  else reasonError = maxLength(v.overrideReason, REPORT_LIMITS.overrideReason);
  return dropEmpty<IReportFormValues>({
    title: required(v.title) ?? maxLength(v.title, REPORT_LIMITS.title),
    summary: required(v.summary) ?? maxLength(v.summary, REPORT_LIMITS.text),
    accomplishments: maxLength(v.accomplishments, REPORT_LIMITS.text),
    nextSteps: maxLength(v.nextSteps, REPORT_LIMITS.text),
    overrideReason: reasonError
  });
}

/**
 * A draft's rules, for every autosave: a title and the column limits. The summary and the override
 * reason may still be missing while the report is written; publishing needs validateReport.
 */
export function validateReportDraft(v: IReportFormValues): FieldErrors<IReportFormValues> {
  return dropEmpty<IReportFormValues>({
    title: required(v.title) ?? maxLength(v.title, REPORT_LIMITS.title),
    summary: maxLength(v.summary, REPORT_LIMITS.text),
    accomplishments: maxLength(v.accomplishments, REPORT_LIMITS.text),
    nextSteps: maxLength(v.nextSteps, REPORT_LIMITS.text),
    overrideReason: maxLength(v.overrideReason, REPORT_LIMITS.overrideReason)
  });
}

/** The draft to write from valid values (a Draft; publishing is its own step). */
export function toReportDraft(v: IReportFormValues): StatusReportDraft {
  const chosen = chosenOf(v);
  return {
    title: v.title.trim(),
    projectId: v.projectId,
    reportDate: v.reportDate,
    period: v.period,
    state: 'Draft',
    health: { ...chosen, overall: overallHealth(chosen) },
    overrideReason: v.overrideReason.trim(),
    summary: v.summary,
    accomplishments: v.accomplishments,
    nextSteps: v.nextSteps,
    snapshot: parseSnapshot(v.snapshot),
    supersedes: v.supersedes
  };
}
