/**
 * Scoring and gate decisions of proposals (docs/rules.md, "Proposals"): five criteria scored 1–5,
 * weighted by percentages that add up to 100; the weighted score ranks the proposals awaiting a
 * decision, and a gate decision (approve into Initiation, defer, reject) always has a reason.
 * Pure: no I/O, no UI strings.
 */
import type { IPerson } from './types';
import { isAwaitingDecision, type IProposal, type ProposalState } from './proposals';
import { dropEmpty, first, integerScale, maxLength, parseNumber, required, requiredOneOf, visible } from './validate';
import type { FieldErrors, IValidationMessage } from './validate';

/** The scoring criteria, in the order the form shows them. */
export type Criterion = 'strategic' | 'value' | 'urgency' | 'risk' | 'feasibility';
export const CRITERIA: Criterion[] = ['strategic', 'value', 'urgency', 'risk', 'feasibility'];

/** Percent of the weighted score each criterion carries; they add up to 100. */
export type Weights = Record<Criterion, number>;

/**
 * The defaults (docs/rules.md): strategic fit and business value carry most, urgency and feasibility
 * less, delivery risk least (it is also visible on the chart as effort).
 */
export const DEFAULT_WEIGHTS: Weights = { strategic: 30, value: 30, urgency: 15, risk: 10, feasibility: 15 };

/** A criterion's score: a whole number from 1 (poor) to 5 (excellent); risk 5 means low risk. */
export const SCORE_SCALE = { min: 1, max: 5 };
/** Weights are whole percentages. */
export const WEIGHT_TOTAL = 100;

export type GateDecision = 'Approve' | 'Defer' | 'Reject';
export const GATE_DECISIONS: GateDecision[] = ['Approve', 'Defer', 'Reject'];
/** The proposal's state after a decision. */
export const DECISION_STATE: Record<GateDecision, ProposalState> = { Approve: 'Approved', Defer: 'Deferred', Reject: 'Rejected' };

/**
 * The writes of a gate decision, in order: the project's state (and phase on approval), the history
 * entry, and on approval the RAID log's Decision. Each is looked up before it is written, so a retry
 * after a failure does only the steps not stored yet.
 */
export type DecisionStep = 'project' | 'history' | 'raid';
export const decisionSteps = (d: GateDecision): DecisionStep[] => (d === 'Approve' ? ['project', 'history', 'raid'] : ['project', 'history']);

/**
 * A gate decision whose later steps are not stored yet, kept on the project by the same write that
 * moves it (and cleared once the history entry and RAID decision are stored): the board finds a
 * decision left half done in the proposals it reads anyway, and finishes it with what was decided.
 */
export interface IPendingDecision {
  decision: GateDecision;
  reason: string;
  /** ISO time of the decision (its history entry carries the same). */
  at: string;
  /** The RAID log item's title as it was written (localized when decided). */
  raidTitle: string;
  reviewerId?: number;
}

/** Whether a stored pending decision is this decision (same decision, same time to the second). */
export function isSameDecision(p: IPendingDecision | undefined, decision: GateDecision, at: string): boolean {
  return !!p && p.decision === decision && Math.abs(Date.parse(p.at) - Date.parse(at)) < 1000;
}

export type ReviewKind = 'Score' | 'Decision';
export const REVIEW_KINDS: ReviewKind[] = ['Score', 'Decision'];

/** One entry of a proposal's history: a scoring or a gate decision. */
export interface IProposalReview {
  id: number;
  projectId: number;
  kind: ReviewKind;
  scores: Partial<Record<Criterion, number>>;
  weights: Partial<Weights>;
  weightedScore?: number;
  decision?: GateDecision;
  reason: string;
  reviewer?: IPerson;
  /** ISO time. */
  reviewedAt: string;
}
export type ProposalReviewDraft = Omit<IProposalReview, 'id' | 'reviewer'> & { reviewerId?: number };

/** The weighted score, 1–5 rounded to two decimals; undefined while a weighted criterion is unscored. */
export function weightedScore(scores: Partial<Record<Criterion, number>>, weights: Weights): number | undefined {
  let sum = 0;
  let total = 0;
  for (const c of CRITERIA) {
    const w = weights[c] || 0;
    if (!w) continue;
    const s = scores[c];
    if (typeof s !== 'number') return undefined;
    sum += s * w;
    total += w;
  }
  return total ? Math.round((sum / total) * 100) / 100 : undefined;
}

// ---- weights form ----

export type IWeightsFormValues = Record<Criterion, string>;

export function weightsToFormValues(w: Weights): IWeightsFormValues {
  const out = {} as IWeightsFormValues;
  for (const c of CRITERIA) out[c] = String(w[c]);
  return out;
}

export function toWeights(v: IWeightsFormValues): Weights {
  const out = {} as Weights;
  for (const c of CRITERIA) out[c] = parseNumber(v[c]) ?? 0;
  return out;
}

/** Each weight a whole percentage 0–100, and together exactly 100 (the message shows next to every weight). */
export function validateWeights(v: IWeightsFormValues): FieldErrors<IWeightsFormValues> {
  const errors: FieldErrors<IWeightsFormValues> = {};
  let total = 0;
  for (const c of CRITERIA) {
    errors[c] = first(required(v[c]), integerScale(v[c], 0, WEIGHT_TOTAL));
    total += parseNumber(v[c]) || 0;
  }
  if (CRITERIA.every((c) => !errors[c]) && total !== WEIGHT_TOTAL) {
    const m: IValidationMessage = { key: 'ValidationWeightsTotal', values: [WEIGHT_TOTAL, total] };
    for (const c of CRITERIA) errors[c] = m;
  }
  return dropEmpty(errors);
}

/** Weights as stored (JSON), or the defaults for anything missing or unreadable. */
export function parseWeights(json: string | undefined): Weights {
  try {
    const raw = json ? (JSON.parse(json) as Partial<Weights>) : {};
    const w = { ...DEFAULT_WEIGHTS };
    for (const c of CRITERIA) if (typeof raw[c] === 'number') w[c] = raw[c] as number;
    return hasErrors(validateWeights(weightsToFormValues(w))) ? { ...DEFAULT_WEIGHTS } : w;
  } catch {
    return { ...DEFAULT_WEIGHTS };
  }
}
const hasErrors = (e: object): boolean => Object.keys(e).length > 0;

// ---- score form ----

/** The score form: each criterion as typed, a note, and the case it was scored against (read-only). */
export type IScoreFormValues = Record<Criterion, string> & {
  note: string;
  /** The business case as the scorer saw it: a colleague's change to it meanwhile shows as a conflict. */
  caseSummary: string;
};

/** What the scorer sees of the case; its change between opening and saving is a conflict. */
export function caseSummary(p: IProposal): string {
  return [p.title, p.problem, p.benefits, p.estimatedCost ?? '', p.estimatedEffort ?? '', p.urgency, p.alignment, p.risks].join('\n');
}

export function proposalToScoreValues(p: IProposal): IScoreFormValues {
  const out = { note: '', caseSummary: caseSummary(p) } as IScoreFormValues;
  for (const c of CRITERIA) out[c] = typeof p.scores[c] === 'number' ? String(p.scores[c]) : '';
  return out;
}

/** Every criterion that carries weight needs a score from 1 to 5. */
export function validateScores(v: IScoreFormValues, weights: Weights): FieldErrors<IScoreFormValues> {
  const errors: FieldErrors<IScoreFormValues> = { note: maxLength(v.note, 63999) };
  for (const c of CRITERIA) {
    errors[c] = first(weights[c] > 0 ? required(v[c]) : undefined, integerScale(v[c], SCORE_SCALE.min, SCORE_SCALE.max));
  }
  return dropEmpty(errors);
}

export function toScores(v: IScoreFormValues): Partial<Record<Criterion, number>> {
  const out: Partial<Record<Criterion, number>> = {};
  for (const c of CRITERIA) {
    const n = parseNumber(v[c]);
    if (n !== undefined) out[c] = n;
  }
  return out;
}

// ---- decision form ----

export interface IDecisionFormValues {
  decision: GateDecision | '';
  reason: string;
  /** As in the score form: the case decided on. */
  caseSummary: string;
}

export function proposalToDecisionValues(p: IProposal): IDecisionFormValues {
  return { decision: '', reason: '', caseSummary: caseSummary(p) };
}

/** A decision needs its reason; approval needs a score (the board ranks by it) and a proposal still awaiting. */
export function validateDecision(v: IDecisionFormValues, p: Pick<IProposal, 'score' | 'proposalState'> | undefined): FieldErrors<IDecisionFormValues> {
  const decided = p && !isAwaitingDecision(p);
  return dropEmpty<IDecisionFormValues>({
    decision: first(
      requiredOneOf(v.decision, GATE_DECISIONS),
      decided ? { key: 'ValidationProposalDecided' } : undefined,
      v.decision === 'Approve' && p && p.score === undefined ? { key: 'ValidationProposalUnscored' } : undefined
    ),
    reason: first(required(v.reason), visible(v.reason), maxLength(v.reason, 63999))
  });
}

// ---- ranking ----

/**
 * The board's order: proposals awaiting a decision, best weighted score first (unscored last); equal
 * scores put the smaller effort first, then the code.
 */
export function rankProposals<T extends IProposal>(proposals: T[]): T[] {
  const effort = (p: T) => (typeof p.estimatedEffort === 'number' ? p.estimatedEffort : Number.MAX_VALUE);
  return proposals
    .filter(isAwaitingDecision)
    .slice()
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || effort(a) - effort(b) || a.code.localeCompare(b.code));
}

/** A point of the value-against-effort chart: effort in person-days, value the weighted score. */
export interface IValueEffortPoint {
  code: string;
  title: string;
  effort: number;
  value: number;
}

/** Scored proposals with an effort estimate, as chart points. */
export function valueEffortPoints(proposals: IProposal[]): IValueEffortPoint[] {
  return proposals
    .filter((p) => typeof p.score === 'number' && typeof p.estimatedEffort === 'number')
    .map((p) => ({ code: p.code, title: p.title, effort: p.estimatedEffort as number, value: p.score as number }));
}
