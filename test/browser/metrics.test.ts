/**
 * PMO metrics over time, in Chromium against the demo tenant (a year of seeded status reports): the
 * Metrics tab of PMO Portfolio shows by month the health mix and reporting compliance that the stored
 * published reports give (a superseded report counted once, as its correction); its Excel export,
 * read back with exceljs, holds the same figures; a project's reports tab shows the trend chart with
 * its table and the project beside the portfolio median; the views pass axe.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import type { Health } from '../../src/model/types';
import { BROWSER_TEST_TIMEOUT, blocking, listItems, openTab, runAxe, usePageSession, waitForViewReady } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

interface IStoredReport {
  Id: number;
  ProjectId: number;
  ReportDate: string;
  OverallHealth: Health | null;
  Supersedes: number | null;
}
interface IStoredProject {
  Id: number;
  PmoCode: string;
  Phase: string;
}

const HEALTH_SCORE: Record<Health, number> = { Green: 100, Amber: 50, Red: 0 };

/** Last month as yyyy-mm in the page's time zone (a complete month of seeded reports). */
const lastMonth = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const d = new Date();
    d.setDate(1);
    d.setMonth(d.getMonth() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });

/** Counted reports of a month, by the stored items alone: published, not superseded, the latest per project. */
function countedIn(reports: IStoredReport[], month: string): Map<number, IStoredReport> {
  const replaced = new Set(reports.map((r) => r.Supersedes).filter((id) => id));
  const out = new Map<number, IStoredReport>();
  for (const r of reports) {
    if (replaced.has(r.Id) || r.ReportDate.slice(0, 7) !== month) continue;
    const had = out.get(r.ProjectId);
    if (!had || r.ReportDate > had.ReportDate || (r.ReportDate === had.ReportDate && r.Id > had.Id)) out.set(r.ProjectId, r);
  }
  return out;
}

describe('metrics over time', () => {
  const s = usePageSession({}, (pmo) => waitForViewReady(pmo.page));
  const stored = { reports: [] as IStoredReport[], projects: [] as IStoredProject[], month: '' };

  it('shows by month the health mix and compliance the stored published reports give, superseded reports once', async () => {
    const { page } = s.pmo;
    stored.month = await lastMonth(page);
    stored.reports = await listItems<IStoredReport>(page, 'PMO Status Reports', "State eq 'Published'", 'Id,ProjectId,ReportDate,OverallHealth,Supersedes');
    stored.projects = await listItems<IStoredProject>(page, 'PMO Projects', "Phase ne 'Proposal'", 'Id,PmoCode,Phase');
    expect(stored.reports.some((r) => r.Supersedes)).toBe(true); // the seed has corrections
    await page.getByRole('tab', { name: strings.PortfolioViewMetrics }).click();
    const table = page.getByTestId('metrics-table');
    await table.waitFor();
    await page.getByTestId('metrics-charts').locator('svg').first().waitFor();
    await waitForViewReady(page);

    const counted = countedIn(stored.reports, stored.month);
    const row = table.locator(`tr[data-month="${stored.month}"]`);
    const cell = (col: string) => row.locator(`[data-col="${col}"]`).innerText();
    for (const h of ['Green', 'Amber', 'Red'] as Health[]) {
      const want = [...counted.values()].filter((r) => r.OverallHealth === h).length;
      expect([h, await cell(`health-${h}`)]).toEqual([h, String(want)]);
    }
    expect(counted.size).toBeGreaterThan(0);
    expect(await cell('compliance')).toContain(`(${counted.size} / `);
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('exports the same figures to Excel', async () => {
    const { page } = s.pmo;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: strings.MetricsExportXlsx }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!));
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (label: string) => header.indexOf(label);
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => n > 1 && rows.push(r.values as unknown[]));
    expect(rows).toHaveLength(12);
    const month = rows.find((r) => r[col(strings.MetricsColMonth)] === stored.month)!;
    const counted = countedIn(stored.reports, stored.month);
    expect(month[col(strings.RegisterHealthRed)]).toBe([...counted.values()].filter((r) => r.OverallHealth === 'Red').length);
    expect(month[col(strings.MetricsColReported)]).toBe(counted.size);
    const rate = month[col(strings.MetricsColCompliance)] as number;
    expect(rate).toBeCloseTo(counted.size / (month[col(strings.MetricsColExpected)] as number), 5);
  });

  it('shows a project\'s trend chart with its table, and the project beside the portfolio median', async () => {
    const { page } = s.pmo;
    const counted = countedIn(stored.reports, stored.month);
    const [projectId, report] = [...counted.entries()].find(([, r]) => r.OverallHealth)!;
    await s.pmo.goto('project', projectId);
    await openTab(page, strings.WorkspaceTabReports);
    await page.getByTestId('report-trend-chart').locator('svg').first().waitFor();
    const trend = page.getByTestId('report-trend');
    expect(await trend.locator('tr[data-dim="overall"] td').count()).toBeGreaterThan(1);

    await page.getByRole('button', { name: strings.MedianShow }).click();
    const median = page.getByTestId('median-table');
    await median.waitFor();
    await waitForViewReady(page);
    const row = median.locator(`tr[data-month="${stored.month}"]`);
    expect(await row.locator('[data-col="healthScore-project"]').innerText()).toBe(String(HEALTH_SCORE[report.OverallHealth!]));
    // The median of every project's score that month, from the stored reports.
    const scores = [...counted.values()].filter((r) => r.OverallHealth).map((r) => HEALTH_SCORE[r.OverallHealth!]).sort((a, b) => a - b);
    const mid = Math.floor(scores.length / 2);
    const want = scores.length % 2 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2;
    expect(Number((await row.locator('[data-col="healthScore-median"]').innerText()).replace(',', '.'))).toBe(want);
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
