/**
 * What the steering committee deck says (docs/rules.md, "Steering committee deck"): the portfolio
 * summary (health mix, budget variance, slips), one slide per chosen project from its latest published
 * status report (or the register's figures, marked as such, when it has none), and the proposals
 * awaiting a decision with their scores. Pure: the deck file itself is drawn by
 * src/services/presentation/steeringDeck.ts from this.
 */
import { projectVariance } from './costs';
import type { IProposal } from './proposals';
import { severity } from './raid';
import { rankProposals } from './scoring';
import { slipDays } from './schedule';
import { dayNumber } from './dates';
import type { IReportMilestone } from './statusReport';
import type { Health, IProject, IRaidItem } from './types';
import { HEALTHS } from './types';

/** The published status report a project slide is drawn from (the figures frozen at publication). */
export interface IDeckReport {
  projectId: number;
  /** yyyy-mm-dd */
  reportDate: string;
  overallHealth?: Health;
  /** Health per dimension, in the report's order (schedule, cost, scope, risk). */
  dimensions: { name: 'Schedule' | 'Cost' | 'Scope' | 'Risk'; health?: Health }[];
  percentComplete?: number;
  budget?: number;
  forecastCost?: number;
  forecastEndDate?: string;
  summary: string;
  /** yyyy-mm-dd the report's figures were read (its data's age). */
  asOf: string;
  /** This report corrects (supersedes) an earlier one of its period. */
  isCorrection: boolean;
  /** Undefined when the report did not record them (older reports). */
  milestones: { met?: IReportMilestone[]; slipped?: IReportMilestone[]; next?: IReportMilestone[] };
  decisionsNeeded?: string[];
}

export type DeckRisk = Pick<IRaidItem, 'title' | 'kind' | 'status' | 'probability' | 'impact'> & { projectId: number };

export interface IDeckProjectSlide {
  project: IProject;
  /** The latest published report, or undefined: the slide then says so and shows the register's figures. */
  report?: IDeckReport;
  health?: Health;
  percentComplete?: number;
  budget?: number;
  forecast?: number;
  variance?: number;
  forecastEnd?: string;
  slip?: number;
  /** The open risks and issues of the highest severity, at most three. */
  topRisks: { title: string; score: number }[];
  milestones: IDeckReport['milestones'];
  /** Undefined: not recorded (no report, or an older one). */
  decisionsNeeded?: string[];
  /** Days from the figures' date to the deck's day (0 for the register's live figures). */
  ageDays: number;
}

export interface IDeckSummary {
  /** Projects counted: all but proposals and closed ones. */
  projects: number;
  healthMix: { health: Health; count: number }[];
  /** Σ (budget − forecast) of projects with both; negative = over budget. */
  variance: number;
  overBudget: number;
  /** Projects forecast to end after their planned end. */
  slipping: number;
  /** The largest slips, at most five. */
  topSlips: { code: string; title: string; days: number }[];
}

export interface IDeckContent {
  /** yyyy-mm-dd the deck is for. */
  today: string;
  /** ISO time the data was read (the deck shows its age). */
  dataAsOf: string;
  summary: IDeckSummary;
  projects: IDeckProjectSlide[];
  proposals: { rank: number; proposal: IProposal }[];
}

const isActive = (p: IProject): boolean => p.phase !== 'Proposal' && p.phase !== 'Closed';

export function deckSummary(projects: IProject[]): IDeckSummary {
  const active = projects.filter(isActive);
  const variances = active.map((p) => projectVariance(p.budget, p.forecastCost)).filter((v): v is number => v !== undefined);
  const slips = active
    .map((p) => ({ code: p.code, title: p.title, days: slipDays(p.plannedEndDate, p.forecastEndDate) ?? 0 }))
    .filter((s) => s.days > 0)
    .sort((a, b) => b.days - a.days || a.code.localeCompare(b.code));
  return {
    projects: active.length,
    healthMix: HEALTHS.map((health) => ({ health, count: active.filter((p) => p.health === health).length })),
    variance: Math.round(variances.reduce((s, v) => s + v, 0)),
    overBudget: variances.filter((v) => v < 0).length,
    slipping: slips.length,
    topSlips: slips.slice(0, 5)
  };
}

function topRisks(risks: DeckRisk[]): { title: string; score: number }[] {
  return risks
    .filter((r) => r.status !== 'Closed')
    .map((r) => ({ title: r.title, score: severity(r)?.score ?? 0 }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, 3);
}

/** One project's slide: the report's frozen figures when there is one, else the register's. */
export function projectSlide(project: IProject, report: IDeckReport | undefined, risks: DeckRisk[], today: string): IDeckProjectSlide {
  const budget = report ? report.budget : project.budget;
  const forecast = report ? report.forecastCost : project.forecastCost;
  const forecastEnd = report ? report.forecastEndDate : project.forecastEndDate;
  return {
    project,
    report,
    health: report ? report.overallHealth : project.health,
    percentComplete: report ? report.percentComplete : project.percentComplete,
    budget,
    forecast,
    variance: projectVariance(budget, forecast),
    forecastEnd,
    slip: slipDays(project.plannedEndDate, forecastEnd),
    topRisks: topRisks(risks.filter((r) => r.projectId === project.id)),
    milestones: report ? report.milestones : {},
    decisionsNeeded: report?.decisionsNeeded,
    ageDays: report && report.asOf ? Math.max(0, dayNumber(today) - dayNumber(report.asOf)) : 0
  };
}

/**
 * The projects a steering committee looks at unless told otherwise: those under way (Initiation to
 * Closing) that are not Green, worst first.
 */
export function defaultDeckProjects(projects: IProject[]): IProject[] {
  const rank = (h: Health) => HEALTHS.indexOf(h);
  return projects
    .filter((p) => isActive(p) && p.health !== 'Green')
    .sort((a, b) => rank(b.health) - rank(a.health) || a.code.localeCompare(b.code));
}

export interface IDeckInput {
  projects: IProject[];
  /** Ids of the projects that get a slide, in order. */
  selected: number[];
  risks: DeckRisk[];
  /** The latest published report of each project that has one, corrections in place of what they correct. */
  reports: IDeckReport[];
  proposals: IProposal[];
  today: string;
  dataAsOf: string;
}

export function deckContent(input: IDeckInput): IDeckContent {
  const byId = new Map(input.projects.map((p) => [p.id, p]));
  const reports = new Map(input.reports.map((r) => [r.projectId, r]));
  return {
    today: input.today,
    dataAsOf: input.dataAsOf,
    summary: deckSummary(input.projects),
    projects: input.selected
      .map((id) => byId.get(id))
      .filter((p): p is IProject => !!p)
      .map((p) => projectSlide(p, reports.get(p.id), input.risks, input.today)),
    proposals: rankProposals(input.proposals).map((proposal, i) => ({ rank: i + 1, proposal }))
  };
}
