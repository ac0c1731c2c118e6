/**
 * Proposals: the business case of a project in the Proposal phase, its intake form and rules. A
 * proposal is a PMO Projects item (phase Proposal) with the business case columns and a proposal state;
 * scoring and gate decisions are in ./scoring.ts. Pure: no I/O, no UI strings.
 */
import type { IPerson, IProject, Priority, ProjectDraft } from './types';
import { PRIORITIES } from './types';
import { normalizeCode, PROJECT_LIMITS, validateCode } from './project';
import { dropEmpty, first, maxLength, nonNegative, parseNumber, required, requiredOneOf, visible } from './validate';
import type { FieldErrors } from './validate';
import type { IPendingDecision } from './scoring';

/** How soon the need must be met; the same four steps as project priority. */
export type Urgency = Priority;
export const URGENCIES: Urgency[] = PRIORITIES;

/** Where a proposal stands: waiting (Submitted, Scored, Deferred) or decided (Approved, Rejected). */
export type ProposalState = 'Submitted' | 'Scored' | 'Deferred' | 'Approved' | 'Rejected';
export const PROPOSAL_STATES: ProposalState[] = ['Submitted', 'Scored', 'Deferred', 'Approved', 'Rejected'];
/** The states whose proposals wait for a gate decision (a deferred one comes back to the board). */
export const AWAITING_STATES: ProposalState[] = ['Submitted', 'Scored', 'Deferred'];

/** Column limits of the business case: Notes hold 63,999 characters. */
export const PROPOSAL_LIMITS = { note: 63999 };

/** The business case a proposal adds to a project. */
export interface IBusinessCase {
  problem: string;
  objectives: string;
  benefits: string;
  /** Estimated cost to deliver, in the site's currency. */
  estimatedCost?: number;
  /** Estimated effort in person-days. */
  estimatedEffort?: number;
  /** Which strategic goal the proposal serves, and how. */
  alignment: string;
  urgency: Urgency;
  risks: string;
}

/** A proposal: the project, its business case, where it stands and its latest score. */
export interface IProposal extends IProject, IBusinessCase {
  proposalState: ProposalState;
  /** The latest weighted score (0–5), undefined until scored. */
  score?: number;
  /** The latest score of each criterion (1–5), keyed by criterion. */
  scores: Record<string, number>;
  /** Set while a gate decision's steps are not all stored (see IPendingDecision). */
  pendingDecision?: IPendingDecision;
}

/** What intake and the business case editor write. */
export type ProposalDraft = Pick<ProjectDraft, 'title' | 'code' | 'department' | 'sponsorId'> & IBusinessCase;

/** The intake form's values, as typed. */
export interface IProposalFormValues {
  title: string;
  code: string;
  sponsor?: IPerson;
  department: string;
  problem: string;
  objectives: string;
  benefits: string;
  estimatedCost: string;
  estimatedEffort: string;
  alignment: string;
  urgency: Urgency | '';
  risks: string;
}

export interface IProposalValidationContext {
  codeTaken?: boolean;
}

export function emptyProposalValues(): IProposalFormValues {
  return {
    title: '', code: '', department: '', problem: '', objectives: '', benefits: '',
    estimatedCost: '', estimatedEffort: '', alignment: '', urgency: '', risks: ''
  };
}

const num = (v: number | undefined): string => (v === undefined || v === null ? '' : String(v));

export function proposalToFormValues(p: IProposal): IProposalFormValues {
  return {
    title: p.title, code: p.code, sponsor: p.sponsor, department: p.department || '',
    problem: p.problem, objectives: p.objectives, benefits: p.benefits,
    estimatedCost: num(p.estimatedCost), estimatedEffort: num(p.estimatedEffort),
    alignment: p.alignment, urgency: p.urgency || '', risks: p.risks
  };
}

export function toProposalDraft(v: IProposalFormValues): ProposalDraft {
  return {
    title: v.title.trim(),
    code: normalizeCode(v.code),
    sponsorId: v.sponsor?.id,
    department: v.department.trim(),
    problem: v.problem.trim(),
    objectives: v.objectives.trim(),
    benefits: v.benefits.trim(),
    estimatedCost: parseNumber(v.estimatedCost),
    estimatedEffort: parseNumber(v.estimatedEffort),
    alignment: v.alignment.trim(),
    urgency: v.urgency as Urgency,
    risks: v.risks.trim()
  };
}

const note = (v: string, isRequired: boolean) =>
  first(isRequired ? required(v) : undefined, visible(v), maxLength(v, PROPOSAL_LIMITS.note));

/**
 * A proposal can be scored only with its case made: the problem, objectives, benefits, both estimates,
 * sponsor, department and urgency are required; strategic alignment and risks may follow later.
 */
export function validateProposal(v: IProposalFormValues, ctx: IProposalValidationContext = {}): FieldErrors<IProposalFormValues> {
  return dropEmpty<IProposalFormValues>({
    title: first(required(v.title), visible(v.title), maxLength(v.title.trim(), PROJECT_LIMITS.title)),
    code: validateCode(v.code, ctx.codeTaken),
    sponsor: v.sponsor ? undefined : { key: 'ValidationRequired' },
    department: first(required(v.department), maxLength(v.department.trim(), PROJECT_LIMITS.department)),
    problem: note(v.problem, true),
    objectives: note(v.objectives, true),
    benefits: note(v.benefits, true),
    estimatedCost: first(required(v.estimatedCost), nonNegative(v.estimatedCost)),
    estimatedEffort: first(required(v.estimatedEffort), nonNegative(v.estimatedEffort)),
    alignment: note(v.alignment, false),
    urgency: requiredOneOf(v.urgency, URGENCIES),
    risks: note(v.risks, false)
  });
}

/** True while the proposal waits for a gate decision. */
export function isAwaitingDecision(p: Pick<IProposal, 'proposalState'>): boolean {
  return AWAITING_STATES.indexOf(p.proposalState) >= 0;
}
