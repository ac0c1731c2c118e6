/**
 * A report as people read it outside PMO Hub (mail and Word): its localized texts, health and frozen
 * figures, built once here so the screen, the mail and the document say the same.
 */
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { REPORT_DIMENSIONS, type IReportFigures, type IReportMilestone, type IStatusReport } from '../../model/statusReport';
import type { IProject } from '../../model/types';
import { formatAmount, formatDate, formatPercent } from '../common/fields/formatValue';
import { healthLabel } from '../common/fields/labels';
import { reasonText } from './reasonText';

export interface IFact {
  label: string;
  value: string;
}

/** Everything the mail and the Word document show, localized, as plain text. */
export interface IReportDocument {
  title: string;
  subtitle: string;
  health: IFact[];
  overrideReason?: string;
  sections: { heading: string; text: string }[];
  figuresHeading: string;
  figures: IFact[];
}

const n = (v: number | undefined): string => (v === undefined ? '' : String(v));
const list = (ms: IReportMilestone[] | undefined): string =>
  ms === undefined ? '' : ms.length ? ms.map((m) => (m.due ? `${m.name} (${formatDate(m.due)})` : m.name)).join('; ') : strings.ReportNone;

/** The figures as label and text; an unread figure is '' (shown as a dash), never 0. */
export function reportFacts(f: IReportFigures): IFact[] {
  const facts: [string, string][] = [
    [strings.ReportFigPercent, formatPercent(f.percentComplete)],
    [strings.ReportFigTasks, n(f.tasks)],
    [strings.ReportFigOverdue, n(f.overdueTasks)],
    [strings.ReportFigMet, list(f.milestonesMet)],
    [strings.ReportFigSlipped, list(f.milestonesSlipped)],
    [strings.ReportFigNext, list(f.milestonesNext)],
    [strings.ReportFigSlipDays, n(f.slipDays)],
    [strings.ReportFigSpi, n(f.spi)],
    [strings.ReportFigBudget, formatAmount(f.budget)],
    [strings.ReportFigActual, formatAmount(f.actualCost)],
    [strings.ReportFigEac, formatAmount(f.eac)],
    [strings.ReportFigVariance, f.variance === undefined ? '' : `${formatAmount(f.variance)} (${f.variancePercent ?? ''} %)`],
    [strings.ReportFigCpi, n(f.cpi)],
    [strings.ReportFigForecastEnd, formatDate(f.forecastEndDate)],
    [strings.ReportFigOpenRisks, n(f.openRisks)],
    [strings.ReportFigHighRisks, n(f.openHighRisks)],
    [strings.ReportFigOpenIssues, n(f.openIssues)],
    [strings.ReportFigOpened, n(f.risksOpened)],
    [strings.ReportFigClosed, n(f.risksClosed)],
    [strings.ReportFigDecisions, f.decisions === undefined ? '' : f.decisions.length ? f.decisions.join('; ') : strings.ReportNone],
    [strings.ReportFigDecisionsNeeded, f.decisionsNeeded === undefined ? '' : f.decisionsNeeded.length ? f.decisionsNeeded.join('; ') : strings.ReportNone],
    [strings.ReportFigMeetings, n(f.meetingsHeld)]
  ];
  return facts.map(([label, value]) => ({ label, value }));
}

const DIM: Record<string, string> = {
  overall: strings.ReportDimOverall,
  schedule: strings.ReportDimSchedule,
  cost: strings.ReportDimCost,
  scope: strings.ReportDimScope,
  risk: strings.ReportDimRisk
};

export function reportDocument(r: IStatusReport, project: IProject): IReportDocument {
  const snap = r.snapshot;
  const health = (['overall', ...REPORT_DIMENSIONS] as const).map((d) => {
    const reasons = d === 'overall' ? [] : (snap?.reasons[d] ?? []).map(reasonText);
    return { label: DIM[d], value: `${healthLabel(r.health[d]) || '–'}${reasons.length ? ` (${reasons.join('; ')})` : ''}` };
  });
  return {
    title: r.title,
    subtitle: `${project.code} ${project.title} – ${formatDate(r.reportDate)}${r.publishedAt ? ` – ${format(strings.ReportPublishedAt, formatDate(r.publishedAt))}` : ''}`,
    health,
    overrideReason: r.overrideReason || undefined,
    sections: [
      { heading: strings.ReportFieldSummary, text: r.summary },
      { heading: strings.ReportFieldAccomplishments, text: r.accomplishments },
      { heading: strings.ReportFieldNextSteps, text: r.nextSteps }
    ].filter((s) => s.text),
    figuresHeading: snap ? format(strings.ReportFiguresTitle, formatDate(snap.figures.asOf)) : '',
    figures: snap ? reportFacts(snap.figures).map((f) => ({ ...f, value: f.value || '–' })) : []
  };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paras = (text: string): string => text.split(/\r?\n/).filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('');
const table = (facts: IFact[]): string =>
  `<table>${facts.map((f) => `<tr><th style="text-align:left;padding-right:12px">${esc(f.label)}</th><td>${esc(f.value)}</td></tr>`).join('')}</table>`;

/** The mail body: readable HTML built from escaped text only (the sender sanitizes it once more). */
export function reportHtml(d: IReportDocument): string {
  return [
    `<h1>${esc(d.title)}</h1>`,
    `<p>${esc(d.subtitle)}</p>`,
    `<h2>${esc(strings.ReportHealthTitle)}</h2>`,
    table(d.health),
    d.overrideReason ? `<p>${esc(format(strings.ReportOverrideReasonShown, d.overrideReason))}</p>` : '',
    ...d.sections.map((s) => `<h2>${esc(s.heading)}</h2>${paras(s.text)}`),
    d.figures.length ? `<h2>${esc(d.figuresHeading)}</h2>${table(d.figures)}` : ''
  ].join('');
}
