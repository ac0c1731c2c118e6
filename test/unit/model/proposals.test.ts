import { emptyProposalValues, isAwaitingDecision, toProposalDraft, validateProposal, type IProposalFormValues } from '../../../src/model/proposals';
import { validateProposalDraft } from '../../../src/model/draftValidation';

const complete = (over: Partial<IProposalFormValues> = {}): IProposalFormValues => ({
  ...emptyProposalValues(),
  title: 'Customer portal', code: 'prj-0047', sponsor: { id: 7, title: 'Alex', email: 'alexw@contoso.com' }, department: 'Operations',
  problem: 'Calls', objectives: 'Self-service', benefits: 'Fewer calls', estimatedCost: '180000', estimatedEffort: '240', urgency: 'High',
  ...over
});

describe('proposal intake rules', () => {
  it('accepts a complete business case and turns it into a draft', () => {
    expect(validateProposal(complete())).toEqual({});
    expect(toProposalDraft(complete())).toMatchObject({ code: 'PRJ-0047', estimatedCost: 180000, estimatedEffort: 240, sponsorId: 7, urgency: 'High' });
  });

  it('requires the case: problem, objectives, benefits, both estimates, sponsor, department and urgency', () => {
    const errors = validateProposal(emptyProposalValues());
    expect(Object.keys(errors).sort()).toEqual(
      ['benefits', 'code', 'department', 'estimatedCost', 'estimatedEffort', 'objectives', 'problem', 'sponsor', 'title', 'urgency'].sort()
    );
    expect(errors.alignment).toBeUndefined();
    expect(errors.risks).toBeUndefined();
  });

  it('refuses negative or non-numeric estimates, a bad or taken code, and invisible text', () => {
    const e = validateProposal(complete({ estimatedCost: '-1', estimatedEffort: 'lots', problem: '\u200b\u200b' }));
    expect(e.estimatedCost?.key).toBe('ValidationNonNegative');
    expect(e.estimatedEffort?.key).toBe('ValidationNumber');
    expect(e.problem?.key).toBe('ValidationInvisible');
    expect(validateProposal(complete({ code: 'nope' })).code?.key).toBe('ValidationCodeFormat');
    expect(validateProposal(complete(), { codeTaken: true }).code).toEqual({ key: 'ValidationCodeTaken', values: ['PRJ-0047'] });
  });

  it('applies the same rules to a draft the data layer is asked to write', () => {
    expect(validateProposalDraft(toProposalDraft(complete()))).toEqual({});
    expect(Object.keys(validateProposalDraft({ ...toProposalDraft(complete()), problem: '', sponsorId: undefined })).sort()).toEqual(['problem', 'sponsor']);
  });

  it('waits for a decision while submitted, scored or deferred', () => {
    expect(['Submitted', 'Scored', 'Deferred', 'Approved', 'Rejected'].map((s) => isAwaitingDecision({ proposalState: s as never }))).toEqual([true, true, true, false, false]);
  });
});
