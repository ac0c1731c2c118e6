import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { Portfolio, summarizePortfolio } from '../../src/components/Portfolio';
import { ServicesProvider } from '../../src/components/common/ServicesContext';
import { AppError } from '../../src/services/errors';
import type { IProject } from '../../src/model/types';
import type { IPmoServices, IProjectRepository } from '../../src/services/types';

function project(id: number, over: Partial<IProject>): IProject {
  return { id, etag: '"1"', title: `Project ${id}`, code: `PRJ-${String(id).padStart(4, '0')}`, description: '', phase: 'Execution', health: 'Green', priority: 'Medium', department: 'IT', ...over };
}

const PROJECTS: IProject[] = [
  project(1, { title: 'CRM rollout', health: 'Green', phase: 'Execution', budget: 100000, forecastCost: 90000, percentComplete: 40, manager: { id: 7, title: 'Ada Lovelace', email: 'ada@contoso.com' } }),
  project(2, { title: 'Data centre exit', health: 'Red', phase: 'Planning', budget: 50000, forecastCost: 65000, percentComplete: 10 }),
  project(3, { title: 'Intranet refresh', health: 'Amber', phase: 'Execution', budget: 20000 }),
  project(4, { title: 'Old ERP', health: 'Green', phase: 'Closed', percentComplete: 100 })
];

/** A register that answers list() from the test's data, or fails as told. */
class FakeProjects implements Partial<IProjectRepository> {
  public calls = 0;
  constructor(private answers: (IProject[] | Error)[]) {}
  public async list(): Promise<IProject[]> {
    this.calls++;
    const next = this.answers.shift() ?? [];
    if (next instanceof Error) throw next;
    return next;
  }
}

function renderPortfolio(fake: FakeProjects): void {
  render(
    <ServicesProvider services={{ projects: fake } as unknown as IPmoServices}>
      <Portfolio />
    </ServicesProvider>
  );
}

describe('summarizePortfolio', () => {
  it('counts by health and phase (every value present) and totals budget and forecast', () => {
    const s = summarizePortfolio(PROJECTS);
    expect(s.total).toBe(4);
    expect(s.byHealth).toEqual({ Green: 2, Amber: 1, Red: 1 });
    expect(s.byPhase.map((p) => [p.phase, p.count])).toEqual([
      ['Proposal', 0], ['Initiation', 0], ['Planning', 1], ['Execution', 2], ['Closing', 0], ['Closed', 1]
    ]);
    expect(s.budget).toBe(170000);
    expect(s.forecast).toBe(155000);
  });
});

describe('Portfolio', () => {
  it('shows the counts and a table with the projects needing attention first', async () => {
    renderPortfolio(new FakeProjects([PROJECTS]));
    const table = await screen.findByRole('table');
    expect(within(screen.getByTestId('count-total')).getByText('4')).toBeInTheDocument();
    expect(within(screen.getByTestId('count-health-Red')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('count-health-Green')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('count-phase-Execution')).getByText('2')).toBeInTheDocument();

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'PRJ-0002Data centre exit', 'PRJ-0003Intranet refresh', 'PRJ-0001CRM rollout', 'PRJ-0004Old ERP'
    ]);
    const red = within(rows[0]).getAllByRole('cell').map((c) => c.textContent);
    // health, phase, manager, % complete, budget, forecast, variance (budget − forecast: negative is over budget)
    expect(red[0]).toContain('Red');
    expect(red[2]).toBe('—');
    expect(red[3]).toBe('10 %');
    expect(red[6]).toBe((-15000).toLocaleString());
    const crm = within(rows[2]).getAllByRole('cell').map((c) => c.textContent);
    expect(crm[2]).toBe('Ada Lovelace');
    expect(crm[6]).toBe(`+${(10000).toLocaleString()}`);
    // Unknown forecast: no variance is made up.
    expect(within(rows[1]).getAllByRole('cell')[6].textContent).toBe('—');
  });

  it('says so when the register is empty', async () => {
    renderPortfolio(new FakeProjects([[]]));
    expect(await screen.findByText(strings.PortfolioEmpty)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a localized error and loads again on retry', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = new FakeProjects([new AppError('throttled', 'list: 429', { status: 429 }), PROJECTS]);
    renderPortfolio(fake);
    expect(await screen.findByText(strings.ErrorThrottled)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: strings.Retry }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(fake.calls).toBe(2);
    log.mockRestore();
  });
});
