import * as strings from 'PmoHubStrings';
import type { IProposalFormValues } from '../../model/proposals';
import { CRITERIA, type IDecisionFormValues, type IScoreFormValues } from '../../model/scoring';
import type { IPerson } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { criterionLabel, decisionLabel, urgencyLabel } from './labels';

const person = (v: unknown): string => (v ? (v as IPerson).title : '');
const samePerson = (a: unknown, b: unknown): boolean => (a ? (a as IPerson).id : undefined) === (b ? (b as IPerson).id : undefined);

/** Every field of the business case form, as the conflict dialog compares them. */
export function proposalConflictFields(): IConflictField<IProposalFormValues>[] {
  return [
    { key: 'title', label: strings.ProposalFieldTitle },
    { key: 'code', label: strings.ProposalFieldCode },
    { key: 'sponsor', label: strings.ProposalFieldSponsor, format: person, equals: samePerson },
    { key: 'department', label: strings.ProposalFieldDepartment },
    { key: 'problem', label: strings.ProposalFieldProblem },
    { key: 'objectives', label: strings.ProposalFieldObjectives },
    { key: 'benefits', label: strings.ProposalFieldBenefits },
    { key: 'estimatedCost', label: strings.ProposalFieldCost },
    { key: 'estimatedEffort', label: strings.ProposalFieldEffort },
    { key: 'alignment', label: strings.ProposalFieldAlignment },
    { key: 'urgency', label: strings.ProposalFieldUrgency, format: (v) => urgencyLabel(v as IProposalFormValues['urgency']) },
    { key: 'risks', label: strings.ProposalFieldRisks }
  ];
}

/**
 * The score form's fields: the scores and, read-only, the business case scored against. A colleague's
 * edit of the case meanwhile shows as "changed by them" next to the person's own scores.
 */
export function scoreConflictFields(): IConflictField<IScoreFormValues>[] {
  return [
    { key: 'caseSummary', label: strings.CaseFieldConflict },
    ...CRITERIA.map((c) => ({ key: c, label: criterionLabel(c) })),
    { key: 'note', label: strings.ScoreFormNote }
  ];
}

export function decisionConflictFields(): IConflictField<IDecisionFormValues>[] {
  return [
    { key: 'caseSummary', label: strings.CaseFieldConflict },
    { key: 'decision', label: strings.DecisionFormDecision, format: (v) => decisionLabel(v as IDecisionFormValues['decision']) },
    { key: 'reason', label: strings.DecisionFormReason }
  ];
}
