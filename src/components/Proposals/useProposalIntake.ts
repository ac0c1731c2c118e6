import { emptyProposalValues, proposalToFormValues, toProposalDraft, validateProposal } from '../../model/proposals';
import type { IProposal, IProposalFormValues } from '../../model/proposals';
import { normalizeCode } from '../../model/project';
import type { FieldErrors } from '../../model/validate';
import type { IProjectRepository, IProposalRepository } from '../../services/types';
import { useRecordEditor } from '../records/useRecordEditor';
import type { IRecordEditor } from '../records/types';
import { proposalConflictFields } from './proposalConflictFields';

/** The editor of a proposal's business case (intake and later edits). */
export type IProposalEditor = IRecordEditor<IProposal, IProposalFormValues>;

const CONFLICT_FIELDS = proposalConflictFields();

/**
 * Proposal intake on the records framework: a new proposal gets the next free project code, the code
 * is checked free before the write, drafts are kept under 'proposal' (they survive a reload), and an
 * edit of the business case goes with its ETag (a colleague's change meanwhile opens the conflict dialog).
 */
export function useProposalIntake(projects: IProjectRepository, proposals: IProposalRepository, onSaved: (p: IProposal) => void): IProposalEditor {
  return useRecordEditor<IProposal, IProposalFormValues>({
    kind: 'proposal',
    empty: emptyProposalValues,
    toValues: proposalToFormValues,
    validate: (v) => validateProposal(v),
    conflictFields: CONFLICT_FIELDS,
    prefill: () => projects.nextCode().then((code) => ({ code })),
    check: async (v, editing): Promise<FieldErrors<IProposalFormValues>> => {
      const taken = await projects.codeExists(normalizeCode(v.code), editing?.id);
      return taken ? { code: validateProposal(v, { codeTaken: true }).code } : {};
    },
    create: (v) => proposals.create(toProposalDraft(v)),
    update: (id, v, etag) => proposals.update(id, toProposalDraft(v), etag),
    onSaved
  });
}
