/**
 * The process compliance journey of the drills (test/drills/journeys.ts lists it with the others):
 * open PMO Portfolio's Compliance tab; it reads only. Check: the projects it lists without a published
 * report this month are exactly those the store holds none for.
 */
import * as strings from 'PmoHubStrings';
import { periodKey } from '../../src/model/statusReport';
import { toIsoDate } from '../../src/model/dates';
import { viewUrl, waitForViewReady } from '../browser/helpers';
import type { Journey } from './journeys';
import { storedItems } from './tenantRecords';

const UNDER_WAY = ['Initiation', 'Planning', 'Execution', 'Closing'];

export function complianceJourneys(): Journey[] {
  return [
    {
      name: 'compliance: open',
      writes: [],
      // The tab's board is a chunk of its own: a restarted tenant fails the browser's script fetch, not PMO Hub.
      restartable: false,
      prepare: async (ctx) => {
        await ctx.page.goto('about:blank');
        await ctx.page.goto(viewUrl(ctx.tenant, 'portfolio'));
        await ctx.page.getByTestId('freshness').waitFor({ timeout: 90_000 });
        await waitForViewReady(ctx.page);
      },
      submit: (ctx) => ctx.page.getByRole('tab', { name: strings.PortfolioViewCompliance }).click(),
      // A read that failed after the retries offers Retry on the board.
      resubmit: async (ctx) => {
        const retry = ctx.page.getByTestId('compliance').getByRole('button', { name: strings.Retry });
        if (await retry.count()) await retry.click();
        else await ctx.page.getByRole('tab', { name: strings.PortfolioViewCompliance }).click();
      },
      acknowledged: async (ctx) => {
        await ctx.page.getByTestId('compliance-summary').waitFor({ timeout: 90_000 });
        await waitForViewReady(ctx.page);
      },
      check: async (ctx) => {
        const month = periodKey(toIsoDate(new Date()), 'monthly');
        const projects = await storedItems<{ Id: number; Phase: string }>(ctx.tenant, 'PMO Projects', 'Id gt 0', 'Id,Phase');
        const reports = await storedItems<{ ProjectId: number; ReportDate: string }>(ctx.tenant, 'PMO Status Reports', "State eq 'Published'", 'ProjectId,ReportDate');
        const reported = new Set(reports.filter((r) => periodKey(r.ReportDate.slice(0, 10), 'monthly') === month).map((r) => r.ProjectId));
        const expected = projects.filter((p) => UNDER_WAY.includes(p.Phase) && !reported.has(p.Id)).map((p) => p.Id).sort((a, b) => a - b);
        const shown = (await ctx.page.locator('[data-testid^="finding-report-"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-testid')!.split('-').pop()))))
          .sort((a, b) => a - b);
        if (JSON.stringify(shown) !== JSON.stringify(expected)) throw new Error(`compliance: missing reports shown ${JSON.stringify(shown)}, stored ${JSON.stringify(expected)}`);
      }
    }
  ];
}
