import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { Portfolio, summarizeRows } from '../../src/components/Portfolio';
import { ServicesProvider } from '../../src/components/common/ServicesContext';
import { AppError } from '../../src/services/errors';
import type { IPlannerTask } from '../../src/model/types';
import { createFakeServices, makeProject, type IFakeServices } from '../fakes';

// DetailsList renders slowly in jsdom on two shared cores.
jest.setTimeout(60000);

const task = (id: string, planId: string, pct: number, due: string): IPlannerTask => ({
  id, etag: '"1"', planId, title: `Task ${id}`, percentComplete: pct, dueDateTime: `${due}T12:00:00Z`, assigneeIds: []
});
const PAST = '2000-01-01';
const FUTURE = '2999-01-01';

function services(): IFakeServices {
  const s = createFakeServices();
  s.portfolio.projectList = [
    makeProject(1, { title: 'CRM rollout', planId: 'plan-1', budget: 100000, forecastCost: 90000, department: 'IT', manager: { id: 7, title: 'Ada Lovelace', email: 'ada@contoso.com' } }),
    makeProject(2, { title: 'Data centre exit', health: 'Red', planId: 'plan-deleted', budget: 50000, forecastCost: 65000, department: 'Operations' }),
    makeProject(3, { title: 'Intranet refresh', health: 'Amber', department: 'IT', percentComplete: 30 })
  ];
  s.planner.tasksByPlan = {
    'plan-1': [task('a', 'plan-1', 100, PAST), task('b', 'plan-1', 50, PAST), task('c', 'plan-1', 0, FUTURE), task('d', 'plan-1', 0, PAST)]
  };
  s.planner.planFailures = { 'plan-deleted': new AppError('notFound', 'plan gone', { status: 404 }) };
  s.portfolio.risks = [{ projectId: 1, kind: 'Risk', status: 'Open', probability: 4, impact: 3 }];
  s.portfolio.actions = [{ projectId: 1, status: 'Open' }, { projectId: 3, status: 'In progress' }];
  return s;
}

const renderPortfolio = (s: IFakeServices, onOpenProject?: (id: number) => void) =>
  render(
    <ServicesProvider services={s}>
      <Portfolio onOpenProject={onOpenProject} />
    </ServicesProvider>
  );

/** The cells of a project's row, by column header text. */
async function rowOf(code: string): Promise<Record<string, string>> {
  const link = await screen.findByTestId(`open-${code}`);
  const row = link.closest('[role="row"]') as HTMLElement;
  const headers = screen.getAllByRole('columnheader').map((h) => (h.textContent || '').trim());
  const cells = within(row).getAllByRole('gridcell').map((c) => (c.textContent || '').trim());
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
}

describe('Portfolio', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the Planner rollup per project; a deleted plan marks its row only, and no unknown figure shows as 0', async () => {
    renderPortfolio(services());
    await waitFor(() => expect(screen.queryByText(strings.PortfolioRefreshing)).toBeNull());
    const crm = await rowOf('PRJ-0001');
    // (100 + 50 + 0 + 0) / 4 = 38 %; two tasks past due and not done.
    expect(crm[strings.PortfolioColPercent]).toBe('38 %');
    expect(crm[strings.PortfolioColOverdue]).toBe('2');
    expect(crm[strings.PortfolioColHighRisks]).toBe('1');
    expect(crm[strings.PortfolioColOpenActions]).toBe('1');
    expect(crm[strings.PortfolioColVariance]).toBe(`+${(10000).toLocaleString()}`);
    const dc = await rowOf('PRJ-0002');
    expect(dc[strings.PortfolioColPercent]).toBe(strings.PortfolioPlanNotFound);
    expect(dc[strings.PortfolioColOverdue]).not.toMatch(/\d/);
    expect(dc[strings.PortfolioColOverdue]).toContain(strings.PortfolioPlanNotFound);
    expect(dc[strings.PortfolioColSpi]).not.toMatch(/\d/);
    // No plan: the register's percent complete.
    expect((await rowOf('PRJ-0003'))[strings.PortfolioColPercent]).toBe('30 %');
    expect(within(screen.getByTestId('total-overdue')).getByText('2')).toBeInTheDocument();
  });

  it('a second open renders from the session cache before any answer, then refreshes', async () => {
    const s = services();
    const first = renderPortfolio(s);
    await waitFor(() => expect(screen.queryByText(strings.PortfolioRefreshing)).toBeNull());
    await rowOf('PRJ-0001');
    first.unmount();
    s.portfolio.pause();
    s.planner.pause();
    const before = s.portfolio.calls.length;
    renderPortfolio(s);
    // On screen at once, with the Planner figures, while the refresh waits.
    expect((await rowOf('PRJ-0001'))[strings.PortfolioColPercent]).toBe('38 %');
    expect(screen.getByText(strings.PortfolioRefreshing)).toBeInTheDocument();
    expect(screen.getByTestId('freshness')).toHaveTextContent(strings.PortfolioAgeJustNow);
    s.planner.tasksByPlan['plan-1'] = [task('a', 'plan-1', 100, PAST)];
    s.portfolio.resume();
    s.planner.resume();
    await waitFor(() => expect(screen.queryByText(strings.PortfolioRefreshing)).toBeNull());
    expect(s.portfolio.calls.length).toBeGreaterThan(before);
    expect((await rowOf('PRJ-0001'))[strings.PortfolioColPercent]).toBe('100 %');
  });

  it('one click on a project opens its status', async () => {
    const open = jest.fn();
    renderPortfolio(services(), open);
    await userEvent.click(await screen.findByTestId('open-PRJ-0002'));
    expect(open).toHaveBeenCalledWith(2);
  });

  it('without onOpenProject one click opens the status in a panel, whose cost figures agree with the row (both from PMO Costs lines)', async () => {
    const s = services();
    const lines = [
      { id: 1, etag: '"1"', projectId: 1, title: 'Licences', category: '', supplier: '', period: '2026-01-01', kind: 'Actual' as const, amount: 30000 },
      { id: 2, etag: '"1"', projectId: 1, title: 'Services', category: '', supplier: '', period: '2026-02-01', kind: 'Actual' as const, amount: 10000 },
      { id: 3, etag: '"1"', projectId: 1, title: 'Rest', category: '', supplier: '', period: '2026-06-01', kind: 'Forecast' as const, amount: 55000 }
    ];
    s.portfolio.costs = lines.map(({ projectId, period, kind, amount }) => ({ projectId, period, kind, amount }));
    s.costs.items.push(...lines);
    renderPortfolio(s);
    await waitFor(() => expect(screen.queryByText(strings.PortfolioRefreshing)).toBeNull());
    const row = await rowOf('PRJ-0001');
    // EV = 100,000 × 38 % = 38,000; AC = 30,000 + 10,000 = 40,000 → CPI 0.95; EAC = 95,000 → variance +5,000 (not the register's +10,000).
    expect(row[strings.PortfolioColCpi]).toBe('0.95');
    expect(row[strings.PortfolioColVariance]).toBe(`+${(5000).toLocaleString()}`);
    await userEvent.click(screen.getByTestId('open-PRJ-0001'));
    const panel = await screen.findByRole('dialog', { name: 'PRJ-0001 CRM rollout' });
    const figures = await within(panel).findByTestId('status-figures');
    const value = (label: string) => within(figures).getByText(label).nextElementSibling?.textContent;
    expect(value(strings.PortfolioColCpi)).toBe('0.95');
    expect(value(strings.PortfolioColVariance)).toBe(`+${(5000).toLocaleString()}`);
    expect(value(strings.PortfolioColPercent)).toBe('38 %');
    await userEvent.click(within(panel).getByRole('button', { name: strings.Close }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a side list that fails says so and its cells stay unknown', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = services();
    s.portfolio.failNext('openRisks', new AppError('forbidden', 'no RAID', { status: 403 }));
    renderPortfolio(s);
    expect(await screen.findByText(strings.PortfolioRisksFailed)).toBeInTheDocument();
    expect((await rowOf('PRJ-0001'))[strings.PortfolioColHighRisks]).not.toMatch(/\d/);
    log.mockRestore();
  });

  it('filters by search text and says how many it shows', async () => {
    renderPortfolio(services());
    await waitFor(() => expect(screen.queryByText(strings.PortfolioRefreshing)).toBeNull());
    await userEvent.type(screen.getByRole('searchbox'), 'intranet');
    await waitFor(() => expect(screen.queryByTestId('open-PRJ-0001')).toBeNull());
    expect(screen.getByTestId('open-PRJ-0003')).toBeInTheDocument();
    expect(screen.getByText(strings.PortfolioShowing.replace('{0}', '1').replace('{1}', '3'))).toBeInTheDocument();
  });

  it('says so when the register is empty, and shows a localized error with retry when it cannot be read', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = createFakeServices();
    s.portfolio.failNext('projects', new AppError('throttled', 'list: 429', { status: 429 }));
    renderPortfolio(s);
    await userEvent.click(await screen.findByRole('button', { name: strings.Retry }));
    expect(await screen.findByText(strings.PortfolioEmpty)).toBeInTheDocument();
    log.mockRestore();
  });
});

describe('summarizeRows', () => {
  it('counts unknown health apart instead of calling it Green', async () => {
    const s = services();
    // Without the RAID log, Intranet refresh (no budget, no dates, no plan) has no known input at all.
    s.portfolio.failNext('openRisks', new AppError('forbidden', 'no RAID', { status: 403 }));
    const view = await s.portfolioLoader.load({ today: '2026-06-15' });
    const sum = summarizeRows(view.rows);
    expect(sum.total).toBe(3);
    expect(sum.byHealth.Green + sum.byHealth.Amber + sum.byHealth.Red + sum.unknownHealth).toBe(3);
    expect(sum.unknownHealth).toBe(1);
    expect(view.rows.find((r) => r.project.id === 3)!.health.overall).toBeUndefined();
  });
});
