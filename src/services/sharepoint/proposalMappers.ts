/**
 * Proposals (PMO Projects with a business case) and their reviews (PMO Proposal Reviews) ⇄ SharePoint
 * items. The business case columns are read only by the proposal views, so the register's and the
 * portfolio's reads stay as narrow as they were.
 */
import { PROPOSAL_STATES, URGENCIES, type IProposal, type ProposalDraft } from '../../model/proposals';
import { CRITERIA, GATE_DECISIONS, REVIEW_KINDS, type Criterion, type IProposalReview, type ProposalReviewDraft } from '../../model/scoring';
import { projectMapping, type IEntityMapping, type SpItem } from './mappers';
import { personOf } from './values';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return allowed.indexOf(v as T) >= 0 ? (v as T) : undefined;
}

/** Scores as stored (JSON of criterion → 1..5); anything unreadable is left out. */
export function parseScores(json: unknown): Partial<Record<Criterion, number>> {
  const out: Partial<Record<Criterion, number>> = {};
  try {
    const raw = typeof json === 'string' && json ? (JSON.parse(json) as Record<string, unknown>) : {};
    for (const c of CRITERIA) if (typeof raw[c] === 'number') out[c] = raw[c] as number;
  } catch {
    // An admin's hand edit that is not JSON: the proposal shows as not scored.
  }
  return out;
}

/** The business case columns of a draft (a MERGE of only these leaves the project's other columns alone). */
export function businessCaseItem(d: ProposalDraft): SpItem {
  return {
    Title: d.title,
    Department: d.department,
    SponsorId: nul(d.sponsorId),
    Problem: d.problem,
    Objectives: d.objectives,
    ExpectedBenefits: d.benefits,
    EstimatedCost: nul(d.estimatedCost),
    EstimatedEffort: nul(d.estimatedEffort),
    StrategicAlignment: d.alignment,
    Urgency: d.urgency,
    ProposalRisks: d.risks
  };
}

export const proposalMapping: IEntityMapping<IProposal, ProposalDraft> = {
  select: [...projectMapping.select, 'Problem', 'Objectives', 'ExpectedBenefits', 'EstimatedCost', 'EstimatedEffort', 'StrategicAlignment',
    'Urgency', 'ProposalRisks', 'ProposalState', 'ProposalScore', 'ProposalScores'],
  expand: projectMapping.expand,
  fromItem: (raw) => ({
    ...projectMapping.fromItem(raw),
    problem: str(raw.Problem),
    objectives: str(raw.Objectives),
    benefits: str(raw.ExpectedBenefits),
    estimatedCost: num(raw.EstimatedCost),
    estimatedEffort: num(raw.EstimatedEffort),
    alignment: str(raw.StrategicAlignment),
    urgency: oneOf(raw.Urgency, URGENCIES) ?? 'Medium',
    risks: str(raw.ProposalRisks),
    proposalState: oneOf(raw.ProposalState, PROPOSAL_STATES) ?? 'Submitted',
    score: num(raw.ProposalScore),
    scores: parseScores(raw.ProposalScores) as Record<string, number>
  }),
  // A new proposal: a project in the Proposal phase, green until reported on, of medium priority until the PMO says otherwise.
  toItem: (d) => ({
    ...projectMapping.toItem({ title: d.title, code: d.code, description: '', phase: 'Proposal', health: 'Green', priority: 'Medium',
      sponsorId: d.sponsorId, department: d.department }),
    ...businessCaseItem(d),
    ProposalState: 'Submitted'
  })
};

export const reviewMapping: IEntityMapping<IProposalReview, ProposalReviewDraft> = {
  select: ['Id', 'ProjectId', 'Kind', 'Scores', 'Weights', 'WeightedScore', 'Decision', 'Reason', 'ReviewedAt', 'Reviewer/Id', 'Reviewer/Title', 'Reviewer/EMail'],
  expand: ['Reviewer'],
  fromItem: (raw) => ({
    id: Number(raw.Id ?? raw.ID),
    projectId: Number(raw.ProjectId),
    kind: oneOf(raw.Kind, REVIEW_KINDS) ?? 'Score',
    scores: parseScores(raw.Scores),
    weights: parseScores(raw.Weights),
    weightedScore: num(raw.WeightedScore),
    decision: oneOf(raw.Decision, GATE_DECISIONS),
    reason: str(raw.Reason),
    reviewer: personOf(raw, 'Reviewer'),
    reviewedAt: str(raw.ReviewedAt)
  }),
  toItem: (d) => ({
    Title: d.kind === 'Decision' ? `${d.decision}` : `Score ${d.weightedScore ?? ''}`.trim(),
    ProjectId: d.projectId,
    Kind: d.kind,
    Scores: JSON.stringify(d.scores),
    Weights: JSON.stringify(d.weights),
    WeightedScore: nul(d.weightedScore),
    Decision: nul(d.decision),
    Reason: d.reason,
    ReviewerId: nul(d.reviewerId),
    ReviewedAt: d.reviewedAt
  })
};
