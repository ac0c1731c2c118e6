/**
 * The metrics journey of the drills (test/drills/journeys.ts lists it with the others): open the
 * Metrics tab of PMO Portfolio (three list-wide reads) and export it to Excel; the workbook must hold
 * the last 12 months and, for last month, as many reporting projects as the store's published,
 * not superseded reports name.
 */
import * as strings from 'PmoHubStrings';
import type { Download } from 'playwright-core';
import { viewUrl, waitForViewReady } from '../browser/helpers';
import type { Journey } from './journeys';
import { storedItems } from './tenantRecords';

/** Open the metrics and export them to Excel. */
export function metricsJourney(): Journey {
  const tab = strings.PortfolioViewMetrics;
  return {
    name: 'metrics: open and export',
    writes: [],
    restartable: false,
    prepare: async (ctx) => {
      await ctx.page.goto('about:blank');
      await ctx.page.goto(viewUrl(ctx.tenant, 'portfolio'));
      await ctx.page.getByRole('tab', { name: tab }).waitFor({ timeout: 90_000 });
      await waitForViewReady(ctx.page);
    },
    submit: (ctx) => ctx.page.getByRole('tab', { name: tab }).click(),
    // A read that failed past the retries offers Retry on the tab.
    resubmit: (ctx) => ctx.page.getByRole('button', { name: strings.Retry }).click(),
    acknowledged: async (ctx) => {
      // A read throttled past the client's retries says so and offers Try again, as a person would use it.
      for (let attempt = 0; ; attempt++) {
        const table = ctx.page.getByTestId('metrics-table');
        const retry = ctx.page.getByRole('button', { name: strings.Retry });
        await table.or(retry).first().waitFor({ timeout: 90_000 });
        if (await table.isVisible()) break;
        if (attempt >= 3) throw new Error('metrics: still failing after 3 tries');
        await retry.click();
      }
      const download = ctx.page.waitForEvent('download', { timeout: 60_000 });
      await ctx.page.getByRole('menuitem', { name: strings.MetricsExportXlsx }).click();
      ctx.state.file = await (await download as Download).path();
    },
    check: async (ctx) => {
      const ExcelJS = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(ctx.state.file as string);
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      const rows: unknown[][] = [];
      sheet.eachRow((r, n) => n > 1 && rows.push(r.values as unknown[]));
      if (rows.length !== 12) throw new Error(`metrics workbook: ${rows.length} months`);
      const d = new Date();
      d.setDate(1);
      d.setMonth(d.getMonth() - 1);
      const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      const reports = await storedItems<{ Id: number; ProjectId: number; ReportDate: string; Supersedes: number | null }>(
        ctx.tenant, 'PMO Status Reports', "State eq 'Published'", 'Id,ProjectId,ReportDate,Supersedes');
      const replaced = new Set(reports.map((r) => r.Supersedes).filter(Boolean));
      const reporting = new Set(reports.filter((r) => !replaced.has(r.Id) && r.ReportDate.slice(0, 7) === month).map((r) => r.ProjectId));
      const row = rows.find((r) => r[header.indexOf(strings.MetricsColMonth)] === month);
      const shown = row?.[header.indexOf(strings.MetricsColReported)];
      if (shown !== reporting.size) throw new Error(`metrics ${month}: ${String(shown)} reporting projects exported, ${reporting.size} stored`);
    }
  };
}
