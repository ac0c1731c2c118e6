/**
 * The compliance board (src/components/Compliance) on fakes: it lists each check's findings and opens
 * the item in one click; a threshold typed on the board changes the result at once and a wrong one is
 * refused next to the field; a failed read says so and retries.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { ComplianceBoard } from '../../src/components/Compliance';
import { ServicesProvider } from '../../src/components/common/ServicesContext';
import type { IPortfolioRow } from '../../src/services/portfolio/portfolioLoader';
import { AppError } from '../../src/services/errors';
import { createFakeServices, makeProject, type IFakeServices } from '../fakes';

jest.setTimeout(60000);

const TODAY = '2026-12-01';
const row = (id: number, lastTaskActivity?: string): IPortfolioRow =>
  ({ project: makeProject(id, { phase: 'Execution', startDate: '2026-01-05', manager: { id: 7, title: 'Ada Lovelace', email: 'ada@contoso.com' } }), plan: 'read', pending: false, lastTaskActivity }) as unknown as IPortfolioRow;

function services(): IFakeServices {
  const s = createFakeServices();
  s.compliance.data = {
    reports: [{ projectId: 2, reportDate: '2026-12-01' }],
    actions: [{ id: 5, projectId: 2, title: 'Send the plan', dueDate: '2026-11-25', meetingId: 40 }],
    risks: [],
    meetings: [{ id: 41, projectId: 2, title: 'Weekly status', start: '2026-11-20T09:00:00Z', state: 'Draft' }]
  };
  return s;
}

const renderBoard = (s: IFakeServices, onOpen = jest.fn()) => {
  render(
    <ServicesProvider services={s}>
      <ComplianceBoard rows={[row(1, '2026-11-30T10:00:00Z'), row(2, '2026-11-10T10:00:00Z')]} today={TODAY} settings={{ stalePlanDays: '14' }} onOpen={onOpen} />
    </ServicesProvider>
  );
  return onOpen;
};

describe('ComplianceBoard', () => {
  it('lists the findings and opens the item in one click', async () => {
    const onOpen = renderBoard(services());
    await screen.findByTestId('compliance-summary');
    expect(screen.getByTestId('compliance-summary').textContent).toBe(strings.ComplianceSummary.replace('{0}', '2').replace('{1}', '2'));
    expect(screen.getByTestId('finding-report-1').textContent).toBe(strings.ComplianceFindReport.replace('{0}', '2026-12'));
    expect(screen.getByTestId('finding-plan-2').textContent).toBe(strings.ComplianceFindPlan.replace('{0}', '21'));
    await userEvent.click(screen.getByTestId('finding-action-5'));
    expect(onOpen).toHaveBeenLastCalledWith({ projectId: 2, tab: 'meetings', meetingId: 40 });
    await userEvent.click(screen.getByTestId('finding-minutes-41'));
    expect(onOpen).toHaveBeenLastCalledWith({ projectId: 2, tab: 'meetings', meetingId: 41 });
    await userEvent.click(screen.getByTestId('finding-report-1'));
    expect(onOpen).toHaveBeenLastCalledWith({ projectId: 1, tab: 'reports' });
  });

  it('follows a threshold typed on the board, refuses a wrong one next to the field, and reads once', async () => {
    const s = services();
    renderBoard(s);
    await screen.findByTestId('finding-plan-2');
    const field = screen.getByRole('textbox', { name: strings.CompliancePaneStalePlan });
    await userEvent.clear(field);
    await userEvent.type(field, 'x');
    expect(await screen.findByText(strings.ComplianceThresholdInvalid)).toBeTruthy();
    expect(screen.getByTestId('finding-plan-2')).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.type(field, '30');
    await waitFor(() => expect(screen.queryByTestId('finding-plan-2')).toBeNull());
    expect(screen.queryByText(strings.ComplianceThresholdInvalid)).toBeNull();
    expect(screen.getByTestId('compliance-count-plan').textContent).toContain('0');
    expect(s.compliance.callsOf('read')).toEqual([[TODAY]]);
  });

  it('says when the reads failed and tries again', async () => {
    const s = services();
    s.compliance.failNext('read', new AppError('network', 'offline'));
    renderBoard(s);
    await userEvent.click(await screen.findByRole('button', { name: strings.Retry }));
    expect(await screen.findByTestId('finding-report-1')).toBeTruthy();
    expect(s.compliance.callsOf('read')).toHaveLength(2);
  });
});
