import * as strings from 'PmoHubStrings';
import type { IDeckLabels } from '../../services/presentation/steeringDeck';
import { healthLabel } from '../common/fields/labels';
import { formatDate } from '../common/fields/formatValue';
import { proposalStateLabel } from './labels';
import type { ProposalState } from '../../model/proposals';

/** The deck's text in the person's language, numbers and dates in their locale. */
export function deckLabels(): IDeckLabels {
  return {
    title: strings.DeckTitle,
    subtitle: strings.DeckSubtitle,
    dataAge: strings.DeckDataAge,
    summaryTitle: strings.DeckSummaryTitle,
    summaryProjects: strings.DeckSummaryProjects,
    summaryHealth: strings.DeckSummaryHealth,
    summaryVariance: strings.DeckSummaryVariance,
    summarySlips: strings.DeckSummarySlips,
    summaryTopSlips: strings.DeckSummaryTopSlips,
    slipDays: strings.DeckSlipDays,
    noReport: strings.DeckNoReport,
    reportOf: strings.DeckReportOf,
    health: strings.RegisterColHealth,
    progress: strings.DeckProgress,
    budget: strings.DeckBudget,
    forecast: strings.DeckForecast,
    variance: strings.DeckSummaryVariance,
    end: strings.DeckEnd,
    milestones: strings.DeckMilestones,
    milestoneMet: strings.DeckMilestoneMet,
    milestoneSlipped: strings.DeckMilestoneSlipped,
    milestoneNext: strings.DeckMilestoneNext,
    figuresAsOf: strings.DeckFiguresAsOf,
    registerAsOf: strings.DeckRegisterAsOf,
    correction: strings.DeckCorrection,
    notRecorded: strings.DeckNotRecorded,
    topRisks: strings.DeckTopRisks,
    decisionsNeeded: strings.DeckDecisionsNeeded,
    none: strings.DeckNone,
    proposalsTitle: strings.DeckProposalsTitle,
    proposalsEmpty: strings.DeckProposalsEmpty,
    rank: strings.ProposalColRank,
    code: strings.RegisterColCode,
    projectTitle: strings.RegisterColTitle,
    department: strings.RegisterColDepartment,
    score: strings.ProposalColScore,
    effort: strings.ProposalColEffort,
    cost: strings.ProposalColCost,
    state: strings.ProposalColState,
    notScored: strings.ProposalNotScored,
    healthLabel: (h) => (h ? healthLabel(h) : '—'),
    dimension: (name) =>
      ({ Schedule: strings.PortfolioDimSchedule, Cost: strings.PortfolioDimCost, Scope: strings.DeckDimScope, Risk: strings.PortfolioDimRisk })[name] ?? name,
    stateLabel: (s) => proposalStateLabel(s as ProposalState),
    money: (n) => (typeof n === 'number' ? n.toLocaleString(undefined, { maximumFractionDigits: 0 }) : '—'),
    date: (iso) => (iso ? formatDate(iso) : '—'),
    dateTime: (iso) => new Date(iso).toLocaleString()
  };
}
