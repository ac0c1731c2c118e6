import * as React from 'react';
import * as strings from 'PmoHubStrings';
import type { IProposal } from '../../model/proposals';
import {
  CRITERIA,
  proposalToDecisionValues,
  proposalToScoreValues,
  toScores,
  toWeights,
  validateDecision,
  validateScores,
  validateWeights,
  weightedScore,
  weightsToFormValues,
  type DecisionStep,
  type GateDecision,
  type IDecisionFormValues,
  type IScoreFormValues,
  type IWeightsFormValues,
  type Weights
} from '../../model/scoring';
import type { IPeopleService, IProposalRepository, ISettingsRepository, IStoredWeights } from '../../services/types';
import { StepsError } from '../../services/errors';
import { useRecordEditor } from '../records/useRecordEditor';
import type { IRecordEditor } from '../records/types';
import { decisionConflictFields, scoreConflictFields } from './proposalConflictFields';
import { criterionLabel } from './labels';

export type IScoreEditor = IRecordEditor<IProposal, IScoreFormValues>;
export type IDecisionEditor = IRecordEditor<IProposal, IDecisionFormValues>;
export type IWeightsEditor = IRecordEditor<IStoredWeights, IWeightsFormValues>;

const SCORE_FIELDS = scoreConflictFields();
const DECISION_FIELDS = decisionConflictFields();
const WEIGHT_FIELDS = CRITERIA.map((c) => ({ key: c, label: criterionLabel(c) }));
const notNew = (): Promise<never> => Promise.reject(new Error('A score or decision is always of a saved proposal.'));
const blankScore = (): IScoreFormValues => ({ strategic: '', value: '', urgency: '', risk: '', feasibility: '', note: '', caseSummary: '' });

/** The signed-in person's site user id, asked once (the reviewer of scores and decisions). */
function useReviewer(people: IPeopleService): () => Promise<number | undefined> {
  const me = React.useRef<Promise<number | undefined>>();
  return () => {
    if (!me.current) me.current = people.current().then((p) => p.id, () => undefined);
    return me.current;
  };
}

/** Where a gate decision that failed part way stands: which steps are stored, which failed. */
export interface IDecisionProgress {
  proposalId: number;
  decision: GateDecision;
  done: DecisionStep[];
  failed: DecisionStep[];
}

export interface IProposalEditors {
  score: IScoreEditor;
  decision: IDecisionEditor;
  /** Set after a decision failed part way (until it is saved, or another is started). */
  decisionProgress?: IDecisionProgress;
  weights: IWeightsEditor;
}

/**
 * The board's three editors on the records framework: scoring and deciding a proposal (each saved
 * with the proposal's ETag, so an edit of the case meanwhile opens the conflict dialog) and the
 * scoring weights (PMO Settings, with their own ETag).
 */
export function useProposalEditors(
  services: { proposals: IProposalRepository; settings: ISettingsRepository; people: IPeopleService },
  weights: Weights,
  onProposal: (p: IProposal) => void,
  onWeights: (w: IStoredWeights) => void
): IProposalEditors {
  const { proposals, settings } = services;
  const reviewer = useReviewer(services.people);
  const now = (): string => new Date().toISOString();
  const scoreAttempt = React.useRef<{ key: string; at: string } | undefined>(undefined);
  const score = useRecordEditor<IProposal, IScoreFormValues>({
    kind: 'proposal-score',
    empty: blankScore,
    toValues: proposalToScoreValues,
    validate: (v) => validateScores(v, weights),
    conflictFields: SCORE_FIELDS,
    create: notNew,
    update: async (id, v, etag) => {
      const proposal = await proposals.get(id);
      const scores = toScores(v);
      // Saving the same scores again (after a failure) keeps their time: the history step finds its entry.
      const key = `${id}|${JSON.stringify(scores)}|${v.note.trim()}`;
      const retry = scoreAttempt.current?.key === key;
      if (!retry) scoreAttempt.current = { key, at: now().replace(/\.\d+Z$/, 'Z') };
      const at = (scoreAttempt.current as { at: string }).at;
      const saved = await proposals.score({ proposal, etag, scores, weights, weightedScore: weightedScore(scores, weights) ?? 0, note: v.note.trim(), reviewerId: await reviewer(), at, retry });
      scoreAttempt.current = undefined;
      return saved;
    },
    onSaved: onProposal
  });
  const deciding = React.useRef<IProposal | undefined>(undefined);
  // A retry of the same decision keeps its time: the history step finds the entry it already made.
  const attempt = React.useRef<{ key: string; at: string } | undefined>(undefined);
  const [progress, setProgress] = React.useState<IDecisionProgress | undefined>(undefined);
  const decision = useRecordEditor<IProposal, IDecisionFormValues>({
    kind: 'proposal-decision',
    empty: () => ({ decision: '', reason: '', caseSummary: '' }),
    toValues: proposalToDecisionValues,
    validate: (v) => validateDecision(v, deciding.current),
    conflictFields: DECISION_FIELDS,
    create: notNew,
    update: async (id, v, etag) => {
      const proposal = await proposals.get(id);
      const d = v.decision as GateDecision;
      const key = `${id}|${d}|${v.reason.trim()}`;
      if (attempt.current?.key !== key) attempt.current = { key, at: now().replace(/\.\d+Z$/, 'Z') };
      try {
        const saved = await proposals.decide({ proposal, etag, decision: d, reason: v.reason.trim(), reviewerId: await reviewer(), at: attempt.current.at,
          raidTitle: strings.DecisionRaidTitle.replace('{0}', strings.DecisionApprove) });
        attempt.current = undefined;
        setProgress(undefined);
        return saved;
      } catch (e) {
        setProgress(e instanceof StepsError ? { proposalId: id, decision: d, done: e.done, failed: e.failed } : undefined);
        // The board shows the proposal as it now stands (moved, decision pending), also once the panel is closed.
        if (e instanceof StepsError && e.done.length) proposals.get(id).then(onProposal, () => undefined);
        throw e;
      }
    },
    onSaved: onProposal
  });
  deciding.current = decision.editing;
  const weightsEditor = useRecordEditor<IStoredWeights, IWeightsFormValues>({
    kind: 'proposal-weights',
    empty: () => weightsToFormValues(weights),
    toValues: (s) => weightsToFormValues(s.weights),
    validate: validateWeights,
    conflictFields: WEIGHT_FIELDS,
    create: (v) => settings.createWeights(toWeights(v)),
    update: (id, v, etag) => settings.updateWeights(id, toWeights(v), etag),
    onSaved: onWeights
  });
  return { score, decision, decisionProgress: decision.isOpen && progress?.proposalId === decision.editing?.id ? progress : undefined, weights: weightsEditor };
}
