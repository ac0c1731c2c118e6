/**
 * The portfolio view in Chromium against the demo portfolio: the overdue count and percent complete
 * shown for several projects equal what the tenant's Planner holds (read through its Graph API by the
 * test, and counted here by Planner's own meaning: late = not complete and due before today), one click
 * opens the project's status, a repeat open renders from the session cache with no request before the
 * table shows, and the views pass axe.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, blocking, fetchInPage, listItems, runAxe, waitForViewReady, usePageSession } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

interface IGraphTask {
  percentComplete: number;
  dueDateTime?: string | null;
}

/** Every task of a plan through Graph (following @odata.nextLink), as the signed-in person. */
async function plannerTasks(page: Page, planId: string): Promise<IGraphTask[]> {
  const out: IGraphTask[] = [];
  let url: string | undefined = `/v1.0/planner/plans/${encodeURIComponent(planId)}/tasks`;
  while (url) {
    const res: { value: IGraphTask[]; '@odata.nextLink'?: string } = await fetchInPage(page, url);
    out.push(...res.value);
    url = res['@odata.nextLink'] ? new URL(res['@odata.nextLink']).pathname + new URL(res['@odata.nextLink']).search : undefined;
  }
  return out;
}

/** The cells of a project's row, keyed by column header. */
async function rowCells(page: Page, code: string): Promise<Record<string, string>> {
  const row = page.locator('[role="row"]', { has: page.getByTestId(`open-${code}`) });
  const headers = await page.locator('[role="columnheader"]').allInnerTexts();
  const cells = await row.locator('[role="gridcell"]').allInnerTexts();
  return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
}

async function settled(page: Page): Promise<void> {
  await page.getByTestId('freshness').waitFor();
  await page.getByText(strings.PortfolioRefreshing).waitFor({ state: 'detached', timeout: 60_000 });
  await waitForViewReady(page);
}

describe('portfolio status', () => {
  const s = usePageSession({}, (pmo) => settled(pmo.page));

  it('shows for several projects the overdue tasks and percent complete the tenant\'s Planner holds', async () => {
    const { page } = s.pmo;
    const today = await page.evaluate(() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    const codes = (await page.locator('[data-testid^="open-PRJ-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(5)))).slice(0, 12);
    const projects = await listItems<{ PmoCode: string; PlanId: string | null }>(page, 'PMO Projects', 'PlanId ne null', 'PmoCode,PlanId');
    const withPlan = codes.filter((c) => projects.some((p) => p.PmoCode === c && p.PlanId)).slice(0, 4);
    expect(withPlan.length).toBeGreaterThanOrEqual(3);
    for (const code of withPlan) {
      const planId = projects.find((p) => p.PmoCode === code)!.PlanId!;
      const tasks = await plannerTasks(page, planId);
      const overdue = tasks.filter((t) => t.percentComplete < 100 && !!t.dueDateTime && t.dueDateTime.slice(0, 10) < today).length;
      const percent = Math.round(tasks.reduce((s, t) => s + t.percentComplete, 0) / tasks.length);
      const cells = await rowCells(page, code);
      expect([code, cells[strings.PortfolioColOverdue], cells[strings.PortfolioColPercent]]).toEqual([code, String(overdue), `${percent} %`]);
    }
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('has no serious accessibility violations in the table, the heat map and the charts', async () => {
    const { page } = s.pmo;
    expect(blocking(await runAxe(page))).toEqual([]);
    await page.getByRole('tab', { name: strings.PortfolioViewHeatMap }).click();
    await page.getByTestId('heat-map').waitFor();
    expect(blocking(await runAxe(page))).toEqual([]);
    await page.getByRole('tab', { name: strings.PortfolioViewCharts }).click();
    await page.getByTestId('portfolio-charts').waitFor();
    await waitForViewReady(page);
    expect(blocking(await runAxe(page))).toEqual([]);
    await page.getByRole('tab', { name: strings.PortfolioViewTable }).click();
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('one click on a project opens its status, with the same figures', async () => {
    const { page } = s.pmo;
    const code = (await page.locator('[data-testid^="open-PRJ-"]').first().getAttribute('data-testid'))!.slice(5);
    const cells = await rowCells(page, code);
    await page.getByTestId(`open-${code}`).click();
    await page.waitForURL(/#\/project\/\d+$/);
    await page.getByRole('tab', { name: strings.WorkspaceTabStatus, selected: true }).waitFor();
    const status = page.getByTestId('project-status');
    await status.waitFor();
    await waitForViewReady(page);
    const figures = page.getByTestId('status-figures');
    const percent = figures.locator('div', { has: page.locator('dt', { hasText: new RegExp(`^${strings.PortfolioColPercent}$`) }) }).locator('dd');
    expect((await percent.innerText()).trim()).toBe(cells[strings.PortfolioColPercent]);
    expect(await page.getByTestId('task-buckets').or(page.getByText(strings.PortfolioNoPlan)).count()).toBeGreaterThan(0);
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('a repeat open renders from the session cache with no request answered before the table shows', async () => {
    const { page } = s.pmo;
    // Every SharePoint and Graph request is held: the table can only show if it needs none of them.
    const held: { continue(): Promise<void> }[] = [];
    const api = /^https:\/\/localhost:\d+\/(sites|v1\.0)\//;
    await s.pmo.goto('portfolio');
    await settled(page);
    const code = (await page.locator('[data-testid^="open-PRJ-"]').first().getAttribute('data-testid'))!.slice(5);
    const before = await rowCells(page, code);
    await page.evaluate(() => (window.location.hash = '#/register'));
    await page.route(api, (route) => void held.push(route));
    await page.evaluate(() => (window.location.hash = '#/portfolio'));
    await page.getByTestId('portfolio-table').waitFor();
    const cached = await rowCells(page, code);
    expect([cached[strings.PortfolioColPercent], cached[strings.PortfolioColOverdue]]).toEqual([before[strings.PortfolioColPercent], before[strings.PortfolioColOverdue]]);
    expect(await page.getByText(strings.PortfolioRefreshing).count()).toBe(1);
    for (const r of held) await r.continue();
    await page.unroute(api);
    await settled(page);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
