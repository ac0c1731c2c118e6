/**
 * Process compliance: which projects under way do not follow the PMO's process — no published status
 * report for the current period, a stale plan, overdue actions, unowned or overdue risks and issues,
 * past meetings whose minutes are not published after N days — by project and by project manager.
 * Pure: no I/O. The rules and their defaults are written in docs/rules.md ("Process compliance") and
 * worked through in test/unit/model/compliance.test.ts.
 */
import { dayNumber, fromDayNumber, localDay } from './dates';
import { periodKey, type ReportingPeriod, REPORTING_PERIODS } from './statusReport';
import type { Phase, RaidKind } from './types';

export type ComplianceCheck = 'report' | 'plan' | 'action' | 'risk' | 'minutes';
export const COMPLIANCE_CHECKS: ComplianceCheck[] = ['report', 'plan', 'action', 'risk', 'minutes'];

/** The thresholds (days) and the reporting period; set in PMO Portfolio's property pane. */
export interface IComplianceSettings {
  period: ReportingPeriod;
  /** Days of the current period before a missing report counts (0: from its first day). */
  reportGraceDays: number;
  /** A plan is stale when no task was created or completed in more than this many days. */
  stalePlanDays: number;
  /** An open action counts when its due date is more than this many days past. */
  actionDays: number;
  /** An open risk or issue counts when its due date is more than this many days past (unowned ones always). */
  riskDays: number;
  /** A past meeting counts when its minutes are not published this many days after it. */
  minutesDays: number;
}

export const DEFAULT_COMPLIANCE: IComplianceSettings = { period: 'monthly', reportGraceDays: 0, stalePlanDays: 14, actionDays: 0, riskDays: 0, minutesDays: 3 };
export type ComplianceThreshold = Exclude<keyof IComplianceSettings, 'period'>;
export const COMPLIANCE_THRESHOLDS: ComplianceThreshold[] = ['reportGraceDays', 'stalePlanDays', 'actionDays', 'riskDays', 'minutesDays'];
/** The largest threshold (src/webparts/common/properties.ts validateDays says the same to the pane). */
export const COMPLIANCE_MAX_DAYS = 365;
/** Meetings older than this are not checked for minutes (the board reads this far back). */
export const MINUTES_LOOKBACK_DAYS = 90;

/** Property pane values (strings or numbers, possibly missing or wrong) → settings; anything invalid takes its default. */
export function complianceSettings(raw: Partial<Record<keyof IComplianceSettings, unknown>> | undefined): IComplianceSettings {
  const out: IComplianceSettings = { ...DEFAULT_COMPLIANCE };
  if (!raw) return out;
  if (REPORTING_PERIODS.indexOf(raw.period as ReportingPeriod) >= 0) out.period = raw.period as ReportingPeriod;
  for (const k of COMPLIANCE_THRESHOLDS) {
    const v = typeof raw[k] === 'string' && (raw[k] as string).trim() !== '' ? Number(raw[k]) : raw[k];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= COMPLIANCE_MAX_DAYS) out[k] = v;
  }
  return out;
}


/** Phases whose projects are held to the process (Proposal has not started, Closed is done). */
export const UNDER_WAY: Phase[] = ['Initiation', 'Planning', 'Execution', 'Closing'];

export interface IComplianceProject {
  id: number;
  code: string;
  title: string;
  phase: Phase;
  /** yyyy-mm-dd */
  startDate?: string;
  manager?: { name: string; email: string };
  /** 'none' without a plan, 'failed' when it could not be read (not checked), 'pending' while it loads. */
  plan: 'read' | 'none' | 'failed' | 'pending';
  /** ISO: the latest task created or completed in the plan; undefined for a plan without tasks. */
  lastTaskActivity?: string;
}

export interface IComplianceReport {
  projectId: number;
  /** yyyy-mm-dd */
  reportDate: string;
}

export interface IComplianceAction {
  id: number;
  projectId: number;
  title: string;
  /** yyyy-mm-dd */
  dueDate?: string;
  meetingId?: number;
  owner?: string;
}

export interface IComplianceRisk {
  id: number;
  projectId: number;
  title: string;
  kind: RaidKind;
  owner?: string;
  /** yyyy-mm-dd */
  dueDate?: string;
}

export interface IComplianceMeeting {
  id: number;
  projectId: number;
  title: string;
  /** ISO date-time */
  start: string;
  state: string;
  cancelled?: boolean;
}

/** What the board reads beside the portfolio: published reports, open actions, open risks and issues, past meetings. */
export interface IComplianceData {
  reports: IComplianceReport[];
  actions: IComplianceAction[];
  risks: IComplianceRisk[];
  meetings: IComplianceMeeting[];
}

/** Where one click on a finding goes: the project on one of its tabs, or the meeting. */
export interface IComplianceTarget {
  projectId: number;
  tab: 'status' | 'reports' | 'raid' | 'meetings';
  meetingId?: number;
}

export interface IComplianceFinding {
  check: ComplianceCheck;
  projectId: number;
  /** Key unique on the board. */
  key: string;
  /** What is missing or late: the period key, the item's title. */
  subject: string;
  /** Days overdue / since the last plan change / since the meeting / into the period; undefined for a plan without tasks. */
  days?: number;
  /** Risks: unowned, overdue or both. */
  unowned?: boolean;
  overdue?: boolean;
  target: IComplianceTarget;
}

/** First day (yyyy-mm-dd) of the reporting period a day falls in: the 1st, the ISO week's Monday, or the Monday of the fortnight's odd week. */
export function periodStart(day: string, period: ReportingPeriod): string {
  if (period === 'monthly') return `${day.slice(0, 7)}-01`;
  const n = dayNumber(day);
  const monday = n - ((((n + 3) % 7) + 7) % 7);
  if (period === 'weekly') return fromDayNumber(monday);
  // The fortnight pairs ISO weeks 2k-1 and 2k of the ISO year (periodKey): step back a week when in the even one.
  const previous = fromDayNumber(monday - 7);
  return periodKey(previous, 'fortnightly') === periodKey(day, 'fortnightly') ? previous : fromDayNumber(monday);
}

const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

function reportFindings(p: IComplianceProject, published: Set<string>, s: IComplianceSettings, today: string): IComplianceFinding[] {
  const key = periodKey(today, s.period);
  const into = daysBetween(periodStart(today, s.period), today);
  const started = !p.startDate || daysBetween(p.startDate, today) >= s.reportGraceDays;
  if (into < s.reportGraceDays || !started || published.has(`${p.id}|${key}`)) return [];
  return [{ check: 'report', projectId: p.id, key: `report-${p.id}`, subject: key, days: into, target: { projectId: p.id, tab: 'reports' } }];
}

function planFindings(p: IComplianceProject, s: IComplianceSettings, today: string, offset?: number): IComplianceFinding[] {
  if (p.plan !== 'read') return [];
  const days = p.lastTaskActivity ? daysBetween(localDay(p.lastTaskActivity, offset), today) : undefined;
  if (days !== undefined && days <= s.stalePlanDays) return [];
  return [{ check: 'plan', projectId: p.id, key: `plan-${p.id}`, subject: p.code, days, target: { projectId: p.id, tab: 'status' } }];
}

/**
 * Every finding of the projects under way, in check order, then by project code. `offsetMinutes` is
 * the viewer's UTC offset (meetings and plan changes fall on the viewer's calendar day); omitted, the runtime's.
 */
export function complianceFindings(projects: IComplianceProject[], data: IComplianceData, s: IComplianceSettings, today: string, offsetMinutes?: number): IComplianceFinding[] {
  const held = projects.filter((p) => UNDER_WAY.indexOf(p.phase) >= 0);
  const ids = new Set(held.map((p) => p.id));
  const published = new Set(data.reports.map((r) => `${r.projectId}|${periodKey(r.reportDate, s.period)}`));
  const out: IComplianceFinding[] = [];
  for (const p of held) out.push(...reportFindings(p, published, s, today), ...planFindings(p, s, today, offsetMinutes));
  for (const a of data.actions) {
    const days = a.dueDate ? daysBetween(a.dueDate, today) : undefined;
    if (!ids.has(a.projectId) || days === undefined || days <= s.actionDays) continue;
    const target: IComplianceTarget = a.meetingId ? { projectId: a.projectId, tab: 'meetings', meetingId: a.meetingId } : { projectId: a.projectId, tab: 'status' };
    out.push({ check: 'action', projectId: a.projectId, key: `action-${a.id}`, subject: a.title, days, target });
  }
  for (const r of data.risks) {
    const days = r.dueDate ? daysBetween(r.dueDate, today) : undefined;
    const overdue = days !== undefined && days > s.riskDays;
    const unowned = !r.owner;
    if (!ids.has(r.projectId) || (!overdue && !unowned)) continue;
    out.push({ check: 'risk', projectId: r.projectId, key: `risk-${r.id}`, subject: r.title, days: overdue ? days : undefined, unowned, overdue, target: { projectId: r.projectId, tab: 'raid' } });
  }
  for (const m of data.meetings) {
    const days = daysBetween(localDay(m.start, offsetMinutes), today);
    if (!ids.has(m.projectId) || m.cancelled || m.state === 'Published' || days <= s.minutesDays || days > MINUTES_LOOKBACK_DAYS) continue;
    out.push({ check: 'minutes', projectId: m.projectId, key: `minutes-${m.id}`, subject: m.title, days, target: { projectId: m.projectId, tab: 'meetings', meetingId: m.id } });
  }
  const code = new Map(projects.map((p) => [p.id, p.code]));
  const order = (f: IComplianceFinding) => COMPLIANCE_CHECKS.indexOf(f.check);
  return out.sort((a, b) => order(a) - order(b) || (code.get(a.projectId) ?? '').localeCompare(code.get(b.projectId) ?? '') || (b.days ?? 0) - (a.days ?? 0));
}

export type CheckCounts = Record<ComplianceCheck, number>;
const noCounts = (): CheckCounts => ({ report: 0, plan: 0, action: 0, risk: 0, minutes: 0 });

export interface IComplianceRow {
  /** Project id, or the manager's e-mail ('' for projects without one). */
  key: string;
  label: string;
  /** Projects under way in the row (1 for a project row). */
  projects: number;
  /** Of them, projects with at least one finding. */
  failing: number;
  counts: CheckCounts;
  findings: IComplianceFinding[];
}

/** One row per project under way that has findings, most findings first. */
export function complianceByProject(projects: IComplianceProject[], findings: IComplianceFinding[]): IComplianceRow[] {
  return rows(projects, findings, (p) => [String(p.id), `${p.code} ${p.title}`]).filter((r) => r.failing > 0);
}

/** One row per project manager with projects under way (those without a manager together), most findings first. */
export function complianceByManager(projects: IComplianceProject[], findings: IComplianceFinding[]): IComplianceRow[] {
  return rows(projects, findings, (p) => [p.manager?.email ?? '', p.manager?.name ?? '']);
}

function rows(projects: IComplianceProject[], findings: IComplianceFinding[], groupOf: (p: IComplianceProject) => [string, string]): IComplianceRow[] {
  const byProject = new Map<number, IComplianceFinding[]>();
  for (const f of findings) byProject.set(f.projectId, [...(byProject.get(f.projectId) ?? []), f]);
  const out = new Map<string, IComplianceRow>();
  for (const p of projects.filter((x) => UNDER_WAY.indexOf(x.phase) >= 0)) {
    const [key, label] = groupOf(p);
    const row = out.get(key) ?? { key, label, projects: 0, failing: 0, counts: noCounts(), findings: [] };
    const mine = byProject.get(p.id) ?? [];
    row.projects++;
    if (mine.length) row.failing++;
    for (const f of mine) row.counts[f.check]++;
    row.findings.push(...mine);
    out.set(key, row);
  }
  return Array.from(out.values()).sort((a, b) => b.findings.length - a.findings.length || a.label.localeCompare(b.label));
}

/** Findings per check over the whole board. */
export function countByCheck(findings: IComplianceFinding[]): CheckCounts {
  const c = noCounts();
  for (const f of findings) c[f.check]++;
  return c;
}
