import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { CostsTab } from '../../../src/components/Costs';
import { costSummary, monthlyTotals, monthsOfYear, sumTotals } from '../../../src/model/costs';
import type { CostDraft, ICostLine } from '../../../src/model/types';
import { FakeCostRepository } from '../../fakes';
import { costLine, fakes, makeProject, renderWith } from './helpers';

const PROJECT = makeProject(1, { title: 'CRM rollout' });
const money = (n: number): string => n.toLocaleString(undefined, { maximumFractionDigits: 2 });

// Budget 1,000 a month in 2025 Q1; January and February spent (1,200 in February: two lines);
// forecasts for all three months and April. One line in 2024, one of another project.
const LINES: ICostLine[] = [
  costLine(1, { period: '2025-01-01', kind: 'Budget', amount: 1000, category: 'Labour' }),
  costLine(2, { period: '2025-02-01', kind: 'Budget', amount: 1000 }),
  costLine(3, { period: '2025-03-01', kind: 'Budget', amount: 1000 }),
  costLine(4, { period: '2025-01-01', kind: 'Actual', amount: 900, title: 'January invoices' }),
  costLine(5, { period: '2025-02-01', kind: 'Actual', amount: 700.5 }),
  costLine(6, { period: '2025-02-01', kind: 'Actual', amount: 499.5 }),
  costLine(7, { period: '2025-01-01', kind: 'Forecast', amount: 1000 }),
  costLine(8, { period: '2025-02-01', kind: 'Forecast', amount: 1000 }),
  costLine(9, { period: '2025-03-01', kind: 'Forecast', amount: 1100 }),
  costLine(10, { period: '2025-04-01', kind: 'Forecast', amount: 1300 }),
  costLine(11, { period: '2024-12-01', kind: 'Budget', amount: 500 }),
  costLine(12, { period: '2025-01-01', kind: 'Actual', amount: 99999, projectId: 2 })
];

function setup(lines = LINES) {
  const services = fakes({ costs: new FakeCostRepository(lines) });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  renderWith(services, <CostsTab project={PROJECT} year={2025} />);
  return { services, user };
}

const monthRow = (period: string): string[] =>
  Array.prototype.map.call(
    screen.getByTestId('cost-months').querySelector(`tr[data-period="${period}"]`)!.querySelectorAll('th, td'),
    (c: Element) => c.textContent
  ) as string[];
const figure = (id: string): string => document.querySelector(`[data-figure="${id}"] dd`)!.textContent || '';

// Panel flows take a few seconds of user-event typing on two shared cores.
jest.setTimeout(20000);
// Drafts live in localStorage; each test starts without any.
beforeEach(() => localStorage.clear());

describe('CostsTab', () => {
  it('shows the twelve months and totals of the year, as the model computes them', async () => {
    setup();
    await screen.findByTestId('cost-months');
    const own = LINES.filter((l) => l.projectId === 1);
    const months = monthlyTotals(own, monthsOfYear(2025));
    const totals = sumTotals(months);
    expect(screen.getByTestId('cost-months').querySelectorAll('tbody tr')).toHaveLength(12);
    expect(monthRow('2025-02-01').slice(1)).toEqual([money(1000), money(1200), money(1000)]);
    expect(monthRow('2025-06-01').slice(1)).toEqual(['0', '0', '0']);
    expect(monthRow('total').slice(1)).toEqual([money(totals.budget), money(totals.actual), money(totals.forecast)]);
    expect(monthRow('total').slice(1)).toEqual([money(3000), money(2100), money(4400)]);
  });

  it('shows budget, EAC and variance of the whole project, with the direction in words', async () => {
    setup();
    await screen.findByTestId('cost-months');
    const s = costSummary(LINES.filter((l) => l.projectId === 1));
    // Budget includes 2024; EAC = 2,100 actual + forecasts after February (1,100 + 1,300).
    expect(s).toMatchObject({ budget: 3500, actualToDate: 2100, eac: 4500, variance: -1000 });
    expect(figure('budget')).toBe(money(3500));
    expect(figure('actual')).toBe(money(2100));
    expect(figure('eac')).toBe(money(4500));
    expect(figure('variance')).toBe(`\u2212${money(1000)} ${strings.CostVarianceOver}`);
    expect(figure('variancePercent')).toBe(`\u2212${(28.6).toLocaleString()} %`);
  });

  it('moves between years', async () => {
    const { user } = setup();
    await screen.findByTestId('cost-months');
    await user.click(screen.getByRole('button', { name: strings.CostPreviousYear }));
    expect(monthRow('2024-12-01').slice(1)).toEqual([money(500), '0', '0']);
    expect(monthRow('total').slice(1)).toEqual([money(500), '0', '0']);
    expect(screen.queryByText('January invoices')).not.toBeInTheDocument();
  });

  it('loads the burn chart lazily, as an image with a summary and a data table alternative', async () => {
    const { user } = setup();
    const chart = await screen.findByRole('img', { name: /^Burn chart from/ });
    expect(chart.getAttribute('aria-label')).toContain(money(4500));
    expect(chart.getAttribute('aria-label')).toContain(money(3500));
    expect(chart.querySelector('[data-series="forecast"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: strings.CostChartShowTable }));
    const table = screen.getByTestId('burn-table');
    const rows = within(table).getAllByRole('row');
    // Header + December 2024 .. April 2025.
    expect(rows).toHaveLength(6);
    expect(rows[5]).toHaveTextContent(money(4500));
    expect(rows[5]).toHaveTextContent(strings.CostChartForecastNote);
  });

  it('refuses a negative amount next to the field and writes nothing', async () => {
    const { user, services } = setup();
    await screen.findByTestId('cost-months');
    await user.click(screen.getByRole('button', { name: strings.CostNew }));
    const form = screen.getByRole('dialog');
    await user.type(within(form).getByRole('textbox', { name: strings.CostFieldCategory }), 'Travel');
    await user.type(within(form).getByRole('textbox', { name: strings.CostFieldAmount }), '-250');
    expect(await within(form).findByText(strings.ValidationNonNegative)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    expect(await within(form).findByText(strings.RecordFixErrors)).toBeInTheDocument();
    expect(services.costs.callsOf('create')).toHaveLength(0);
  });

  it('adds a cost line for a chosen month and updates the totals', async () => {
    const { user, services } = setup();
    await screen.findByTestId('cost-months');
    await user.click(screen.getByRole('button', { name: strings.CostNew }));
    const form = screen.getByRole('dialog');
    await user.click(within(form).getByRole('combobox', { name: new RegExp(`^${strings.CostFieldMonth}`) }));
    const june = new Date(2025, 5, 1).toLocaleDateString(undefined, { month: 'long' });
    await user.click(await screen.findByRole('option', { name: june }));
    await user.type(within(form).getByRole('textbox', { name: strings.CostFieldCategory }), 'Travel');
    await user.type(within(form).getByRole('textbox', { name: strings.CostFieldAmount }), '250.75');
    await user.click(within(form).getByRole('button', { name: strings.Save }));

    await waitFor(() => expect(services.costs.callsOf('create')).toHaveLength(1));
    const draft = services.costs.callsOf('create')[0][0] as CostDraft;
    expect(draft).toEqual({ title: 'Actual Travel 2025-06', projectId: 1, period: '2025-06-01', kind: 'Actual', category: 'Travel', amount: 250.75, supplier: '' });
    await waitFor(() => expect(monthRow('2025-06-01').slice(1)).toEqual(['0', money(250.75), '0']));
    // June is now the last actual month: the March and April forecasts no longer count.
    expect(figure('eac')).toBe(money(2100 + 250.75));
  });
});
