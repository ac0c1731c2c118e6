/**
 * Proposals (PMO Projects with a business case) and their reviews (PMO Proposal Reviews) ⇄ SharePoint
 * items. The business case columns are read only by the proposal views, so the register's and the
 * portfolio's reads stay as narrow as they were.
 */
import { PROPOSAL_STATES, URGENCIES, type IProposal, type ProposalDraft } from '../../model/proposals';
import { CRITERIA, GATE_DECISIONS, REVIEW_KINDS, type Criterion, type IPendingDecision, type IProposalReview, type ProposalReviewDraft } from '../../model/scoring';
import { projectMapping, type IEntityMapping, type SpItem } from './mappers';
import { choiceOf, jsonOf, nul, num, personOf, str } from './values';
import { ITEM_FIELDS, PROJECT_FIELDS, idColumn } from '../../model/fields';
import { PROPOSAL_FIELDS as F, REVIEW_FIELDS as R } from '../../model/proposalFields';


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

/** The pending gate decision as stored (JSON), or undefined when there is none or it is unreadable. */
export function parsePendingDecision(v: unknown): IPendingDecision | undefined {
  const raw = jsonOf<Partial<Record<keyof IPendingDecision, unknown>>>(v, {});
  const decision = choiceOf(raw.decision, GATE_DECISIONS);
  if (!decision || typeof raw.at !== 'string' || isNaN(Date.parse(raw.at))) return undefined;
  return { decision, reason: str(raw.reason), at: raw.at, raidTitle: str(raw.raidTitle), reviewerId: num(raw.reviewerId) };
}

/** The business case columns of a draft (a MERGE of only these leaves the project's other columns alone). */
export function businessCaseItem(d: ProposalDraft): SpItem {
  return {
    [PROJECT_FIELDS.title]: d.title,
    [PROJECT_FIELDS.department]: d.department,
    [idColumn(PROJECT_FIELDS.sponsor)]: nul(d.sponsorId),
    [F.problem]: d.problem,
    [F.objectives]: d.objectives,
    [F.benefits]: d.benefits,
    [F.estimatedCost]: nul(d.estimatedCost),
    [F.estimatedEffort]: nul(d.estimatedEffort),
    [F.alignment]: d.alignment,
    [F.urgency]: d.urgency,
    [F.risks]: d.risks
  };
}

export const proposalMapping: IEntityMapping<IProposal, ProposalDraft> = {
  select: [...projectMapping.select, ...Object.values(F)],
  expand: projectMapping.expand,
  fromItem: (raw) => ({
    ...projectMapping.fromItem(raw),
    problem: str(raw[F.problem]),
    objectives: str(raw[F.objectives]),
    benefits: str(raw[F.benefits]),
    estimatedCost: num(raw[F.estimatedCost]),
    estimatedEffort: num(raw[F.estimatedEffort]),
    alignment: str(raw[F.alignment]),
    urgency: choiceOf(raw[F.urgency], URGENCIES) ?? 'Medium',
    risks: str(raw[F.risks]),
    proposalState: choiceOf(raw[F.proposalState], PROPOSAL_STATES) ?? 'Submitted',
    score: num(raw[F.score]),
    scores: parseScores(raw[F.scores]) as Record<string, number>,
    pendingDecision: parsePendingDecision(raw[F.pendingDecision])
  }),
  // A new proposal: a project in the Proposal phase, green until reported on, of medium priority until the PMO says otherwise.
  toItem: (d) => ({
    ...projectMapping.toItem({ title: d.title, code: d.code, description: '', phase: 'Proposal', health: 'Green', priority: 'Medium',
      sponsorId: d.sponsorId, department: d.department }),
    ...businessCaseItem(d),
    [F.proposalState]: 'Submitted',
    // Scores arrive with the first scoring (ProposalRepository.score).
    [F.score]: null,
    [F.scores]: null,
    [F.pendingDecision]: null
  })
};

const reviewer = [`${R.reviewer}/Id`, `${R.reviewer}/Title`, `${R.reviewer}/EMail`];

export const reviewMapping: IEntityMapping<IProposalReview, ProposalReviewDraft> = {
  select: [ITEM_FIELDS.id, R.title, idColumn(R.project), R.kind, R.scores, R.weights, R.weightedScore, R.decision, R.reason, R.reviewedAt, ...reviewer],
  expand: [R.reviewer],
  fromItem: (raw) => ({
    id: Number(raw.Id ?? raw.ID),
    projectId: Number(raw[idColumn(R.project)]),
    kind: choiceOf(raw[R.kind], REVIEW_KINDS) ?? 'Score',
    scores: parseScores(raw[R.scores]),
    weights: parseScores(raw[R.weights]),
    weightedScore: num(raw[R.weightedScore]),
    decision: choiceOf(raw[R.decision], GATE_DECISIONS),
    reason: str(raw[R.reason]),
    reviewer: personOf(raw, R.reviewer),
    reviewedAt: str(raw[R.reviewedAt])
  }),
  toItem: (d) => ({
    [R.title]: d.kind === 'Decision' ? `${d.decision}` : `Score ${d.weightedScore ?? ''}`.trim(),
    [idColumn(R.project)]: d.projectId,
    [R.kind]: d.kind,
    [R.scores]: JSON.stringify(d.scores),
    [R.weights]: JSON.stringify(d.weights),
    [R.weightedScore]: nul(d.weightedScore),
    [R.decision]: nul(d.decision),
    [R.reason]: d.reason,
    [idColumn(R.reviewer)]: nul(d.reviewerId),
    [R.reviewedAt]: d.reviewedAt
  })
};
