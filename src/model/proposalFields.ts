/**
 * The internal names of the proposal columns (schema version 3), as ./fields.ts names the others: a
 * public contract, never renamed. The schema creates them; the proposal mappers read and write them.
 */
import { ITEM_FIELDS, PROJECT_LOOKUP } from './fields';

/** The business case and proposal columns of PMO Projects. */
export const PROPOSAL_FIELDS = {
  problem: 'Problem',
  objectives: 'Objectives',
  benefits: 'ExpectedBenefits',
  estimatedCost: 'EstimatedCost',
  estimatedEffort: 'EstimatedEffort',
  alignment: 'StrategicAlignment',
  urgency: 'Urgency',
  risks: 'ProposalRisks',
  proposalState: 'ProposalState',
  score: 'ProposalScore',
  scores: 'ProposalScores',
  /** Schema version 5: a gate decision not fully stored yet (JSON of IPendingDecision). */
  pendingDecision: 'PendingDecision'
} as const;

/** PMO Proposal Reviews. */
export const REVIEW_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  kind: 'Kind',
  scores: 'Scores',
  weights: 'Weights',
  weightedScore: 'WeightedScore',
  decision: 'Decision',
  reason: 'Reason',
  reviewer: 'Reviewer',
  reviewedAt: 'ReviewedAt'
} as const;

/** PMO Settings: Title is the setting's key. */
export const SETTING_FIELDS = { key: ITEM_FIELDS.title, value: 'Value' } as const;
