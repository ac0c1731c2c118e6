/**
 * The form rules applied to drafts, for the data layer: a repository refuses a draft its form would
 * refuse (SharePoint itself accepts REST writes that leave Required columns empty, PnP-JS-Core#376).
 * Each check turns the draft into the form's values and runs that form's validator, so the rules stay
 * written once, in the model files.
 */
import { allocationToFormValues, validateAllocation } from './allocations';
import { costToFormValues, validateCost } from './costs';
import { projectToFormValues, validateProject } from './project';
import { validateProposal, type IProposalFormValues, type ProposalDraft } from './proposals';
import { raidToFormValues, validateRaid } from './raid';
import type { AllocationDraft, CostDraft, IAllocation, ICostLine, IPerson, IProject, IRaidItem, ProjectDraft, RaidDraft } from './types';
import type { FieldErrors } from './validate';

/** The problems of a draft, one message per field (an empty object when it may be stored). */
export type DraftValidator<TDraft> = (draft: TDraft) => FieldErrors<Record<string, unknown>>;

// The *ToFormValues functions read a saved record; a draft has the same fields except the server's
// (id, etag, modified) and people by id, which no rule reads but "a person or a role".
const saved = { id: 0, etag: '', modified: '' };
const person = (id: number | undefined): IPerson | undefined => (id === undefined ? undefined : { id, title: '', email: '' });

export const validateProjectDraft: DraftValidator<ProjectDraft> = (d) =>
  validateProject(projectToFormValues({ ...d, ...saved } as IProject));

export const validateRaidDraft: DraftValidator<RaidDraft> = (d) =>
  validateRaid(raidToFormValues({ ...d, ...saved, owner: person(d.ownerId) } as IRaidItem));

export const validateCostDraft: DraftValidator<CostDraft> = (d) => validateCost(costToFormValues({ ...d, ...saved } as ICostLine));

export const validateAllocationDraft: DraftValidator<AllocationDraft> = (d) =>
  validateAllocation(allocationToFormValues({ ...d, ...saved, person: person(d.personId) } as IAllocation));

export const validateProposalDraft: DraftValidator<ProposalDraft> = (d) => {
  const v: IProposalFormValues = {
    title: d.title, code: d.code, sponsor: person(d.sponsorId), department: d.department, problem: d.problem,
    objectives: d.objectives, benefits: d.benefits, estimatedCost: d.estimatedCost === undefined ? '' : String(d.estimatedCost),
    estimatedEffort: d.estimatedEffort === undefined ? '' : String(d.estimatedEffort), alignment: d.alignment, urgency: d.urgency, risks: d.risks
  };
  return validateProposal(v);
};
