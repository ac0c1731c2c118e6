import * as strings from 'PmoHubStrings';
import type { ProposalState, Urgency } from '../../model/proposals';
import type { Criterion, GateDecision } from '../../model/scoring';
import { priorityLabel } from '../common/fields/labels';
import { formatNumber } from '../../model/locale';

const CRITERION_LABELS: Record<Criterion, () => string> = {
  strategic: () => strings.ScoreCriterionStrategic,
  value: () => strings.ScoreCriterionValue,
  urgency: () => strings.ScoreCriterionUrgency,
  risk: () => strings.ScoreCriterionRisk,
  feasibility: () => strings.ScoreCriterionFeasibility
};
const DECISION_LABELS: Record<GateDecision, () => string> = {
  Approve: () => strings.DecisionApprove,
  Defer: () => strings.DecisionDefer,
  Reject: () => strings.DecisionReject
};

/** Localized urgency (the same steps as priority). */
export const urgencyLabel = (v: Urgency | '' | undefined): string => priorityLabel(v);
/** Localized proposal state. */
export const proposalStateLabel = (v: ProposalState | '' | undefined): string =>
  v ? (strings[`ProposalState${v}` as keyof IPmoHubStrings] as string) || v : '';
export const criterionLabel = (c: Criterion): string => CRITERION_LABELS[c]();
export const decisionLabel = (d: GateDecision | '' | undefined): string => (d ? DECISION_LABELS[d]() : '');
/** A weighted score as shown: two decimals, or "Not scored". */
export const scoreText = (score: number | undefined): string => (typeof score === 'number' ? formatNumber(score, 2, 2) : strings.ProposalNotScored);
