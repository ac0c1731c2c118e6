/**
 * The proposals board with a gate decision left half done (the panel was closed after a step failed):
 * the board finds it in the proposals it reads, warns in words, offers "Finish the decision" to PMO
 * members only, says which step failed again, and once finished shows that the decision is complete.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { ProposalBoard } from '../../../src/components/Proposals/ProposalBoard';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import { AppError, StepsError } from '../../../src/services/errors';
import { formatDateTime } from '../../../src/model/locale';
import { createFakeServices, FakePeopleService, FakeProposalRepository, makeProposal, type IFakeServices } from '../../fakes';

jest.setTimeout(60000);

const f = (t: string, ...v: (string | number)[]): string => v.reduce<string>((s, x, i) => s.replace(`{${i}}`, String(x)), t);
const AT = '2026-11-30T09:15:00Z';

function services(pmo = true): IFakeServices {
  const proposals = new FakeProposalRepository([
    makeProposal(1, { code: 'PRJ-0101', title: 'Field service app', proposalState: 'Approved', phase: 'Initiation', score: 4.2,
      pendingDecision: { decision: 'Approve', reason: 'Fits the strategy.', at: AT, raidTitle: 'Gate decision: Approve', reviewerId: 7 } }),
    makeProposal(2, { code: 'PRJ-0102', title: 'Archive scanning', proposalState: 'Deferred', score: 3.1,
      pendingDecision: { decision: 'Defer', reason: 'Next year.', at: AT, raidTitle: '', reviewerId: 7 } }),
    makeProposal(3, { code: 'PRJ-0103', title: 'Travel booking', proposalState: 'Scored', score: 3.5 })
  ]);
  return createFakeServices({ proposals, people: new FakePeopleService([], undefined, pmo) });
}

const renderBoard = (s: IFakeServices) =>
  render(
    <ServicesProvider services={s}>
      <ProposalBoard />
    </ServicesProvider>
  );

/** The board's warning about one proposal (a MessageBar shows its text a moment after it appears, for screen readers). */
const warningOf = (name: string): Promise<HTMLElement> =>
  waitFor(() => {
    const bar = screen.getAllByTestId('proposal-pending-decision').filter((b) => (b.textContent || '').includes(name))[0];
    expect(bar).toBeDefined();
    return bar;
  }, { timeout: 10000 });

describe('proposals board: a gate decision left half done', () => {
  it('warns, finishes only on request, says which step failed again, and then that the decision is complete', async () => {
    const s = services();
    const user = userEvent.setup();
    renderBoard(s);
    const name = 'PRJ-0101 Field service app';
    const bar = await warningOf(name);
    expect(bar.textContent).toContain(f(strings.ProposalPendingWarning, name, strings.DecisionApprove, formatDateTime(AT, 'short')));
    expect(await screen.findAllByTestId('proposal-pending-decision')).toHaveLength(2);
    // Opening the board finished nothing by itself.
    expect(s.proposals.callsOf('finishDecision')).toEqual([]);
    // The deferred one waits on the board, but is finished first: no Score or Decide for it, as for the other.
    await screen.findByRole('button', { name: f(strings.ProposalCmdDecideLabel, 'PRJ-0103 Travel booking') });
    expect(screen.queryByRole('button', { name: f(strings.ProposalCmdDecideLabel, 'PRJ-0102 Archive scanning') })).toBeNull();
    expect(screen.queryByRole('button', { name: f(strings.ProposalCmdScoreLabel, 'PRJ-0102 Archive scanning') })).toBeNull();

    s.proposals.failNext('finishDecision', new StepsError(['project', 'raid'], ['history'], new AppError('network', 'offline')));
    await user.click(within(bar).getByRole('button', { name: f(strings.ProposalCmdFinishLabel, name) }));
    const alert = await within(await warningOf(name)).findByRole('alert');
    expect(alert.textContent).toContain(f(strings.ProposalPendingFailed, strings.ErrorNetwork));
    expect(alert.textContent).toContain(f(strings.DecisionStepFailed, strings.DecisionStepHistory));
    expect(alert.textContent).toContain(f(strings.DecisionStepDone, strings.DecisionStepRaid));
    expect(alert.textContent).toContain(strings.ProposalPendingRetry);
    expect(s.proposals.reviews).toEqual([]);

    await user.click(within(await warningOf(name)).getByRole('button', { name: f(strings.ProposalCmdFinishLabel, name) }));
    await screen.findByText(f(strings.ProposalPendingFinished, name));
    await waitFor(() => expect(screen.getAllByTestId('proposal-pending-decision')).toHaveLength(1));
    expect(s.proposals.callsOf('finishDecision').map((c) => (c[0] as { id: number }).id)).toEqual([1, 1]);
    expect(s.proposals.reviews.map((r) => [r.projectId, r.decision, r.reviewedAt])).toEqual([[1, 'Approve', AT]]);
    expect(s.proposals.items[0].pendingDecision).toBeUndefined();
  });

  it('shows the warning to everyone, and the finish only to PMO members', async () => {
    renderBoard(services(false));
    const bar = await warningOf('PRJ-0101 Field service app');
    expect(bar.textContent).toContain(strings.ProposalPendingPmoOnly);
    expect(screen.queryByRole('button', { name: f(strings.ProposalCmdFinishLabel, 'PRJ-0101 Field service app') })).toBeNull();
  });
});
