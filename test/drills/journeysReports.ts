/**
 * The status report journey of the drills (test/drills/journeys.ts lists it with the others): on a
 * project's Reports tab a project manager drafts this month's report from the data, overrides one
 * dimension with a reason, writes the summary and publishes. Drafting stores the report at once, so the
 * step that reaches the server is "New report"; the person's steps after it are part of `acknowledged`.
 * The draft is created once, autosaved once per change (each change waits for "Saved", so the count is
 * the person's, not the clock's), published once, and the project's Health is set once.
 */
import * as strings from 'PmoHubStrings';
import type { Locator } from 'playwright-core';
import { chooseOption, viewUrl, waitForViewReady } from '../browser/helpers';
import { created, updatedItem, type Journey, type JourneyContext } from './journeys';
import { storedItems } from './tenantRecords';
import { REPORT_DIMENSIONS } from '../../src/model/statusReport';
import type { Health } from '../../src/model/types';

const REPORTS = 'PMO Status Reports';
const PROJECTS = 'PMO Projects';
/** Demo projects with no published report this month (local/src/seed/statusReports.ts MISSING_CURRENT), used by no other journey. */
const CANDIDATES = ['PRJ-0046', 'PRJ-0012', 'PRJ-0032'];
const HEALTH_LABEL: Record<Health, string> = { Green: strings.RegisterHealthGreen, Amber: strings.RegisterHealthAmber, Red: strings.RegisterHealthRed };
const DIMENSION_LABEL = { schedule: strings.ReportDimSchedule, cost: strings.ReportDimCost, scope: strings.ReportDimScope, risk: strings.ReportDimRisk };

const editor = (ctx: JourneyContext): Locator => ctx.page.getByTestId('report-editor');
/** The editor's "Try again" after a write refused past the retries (or the tenant away). */
const retry = (ctx: JourneyContext): Locator => editor(ctx).getByRole('button', { name: strings.Retry });
/** One change, then its autosave written: exactly one write per change; a failed write is tried again as a person would. */
const saved = async (ctx: JourneyContext): Promise<void> => {
  const state = (s: string): Locator => editor(ctx).locator(`[data-testid="report-save-state"][data-state="${s}"]`);
  for (let attempt = 0; ; attempt++) {
    // The error bar stays while a retry is written: the state line says whether it failed again.
    await state('saved').or(state('error')).first().waitFor({ timeout: 90_000 });
    if (await state('saved').count()) return;
    if (attempt >= 3) throw new Error('the draft was not saved');
    await retry(ctx).click();
    await state('error').waitFor({ state: 'detached', timeout: 30_000 });
  }
};

async function suggested(ctx: JourneyContext, d: string): Promise<Health | undefined> {
  const text = await editor(ctx).getByTestId(`report-suggested-${d}`).innerText();
  return (Object.keys(HEALTH_LABEL) as Health[]).find((h) => text.includes(HEALTH_LABEL[h]));
}

export function reportJourneys(): Journey[] {
  return [
    {
      name: 'status reports: draft, override, publish',
      // The draft once; three autosaves (override, reason, summary) and the publication; the project's Health.
      writes: [created(REPORTS), updatedItem(REPORTS, 'reportId', 4), updatedItem(PROJECTS, 'projectId')],
      prepare: async (ctx) => {
        const projects = await storedItems<{ Id: number; PmoCode: string; Health: string | null }>(ctx.tenant, PROJECTS, 'Id gt 0', 'Id,PmoCode,Health');
        // Not Red already, so a Red report changes the project's Health (one write).
        const p = CANDIDATES.map((c) => projects.find((x) => x.PmoCode === c)).find((x) => x && x.Health !== 'Red');
        if (!p) throw new Error(`no candidate project that is not Red: ${JSON.stringify(projects.filter((x) => CANDIDATES.includes(x.PmoCode)))}`);
        ctx.state.projectId = p.Id;
        await ctx.page.goto('about:blank');
        await ctx.page.goto(`${viewUrl(ctx.tenant, 'project', p.Id)}/reports`);
        await waitForViewReady(ctx.page);
        await ctx.page.getByTestId('status-reports').getByRole('button', { name: strings.ReportNew }).waitFor();
      },
      // Drafting reads the project's data and stores the draft at once: every write of the journey follows.
      submit: (ctx) => ctx.page.getByRole('button', { name: strings.ReportNew }).click(),
      resubmit: async (ctx) => {
        if (await retry(ctx).count()) await retry(ctx).click();
        else await ctx.page.getByRole('button', { name: strings.ReportNew }).click();
      },
      acknowledged: async (ctx) => {
        await saved(ctx);
        await editor(ctx).getByRole('heading', { name: strings.ReportPanelEdit }).waitFor();
        const row = await ctx.page.locator('[data-testid^="report-row-"][aria-selected="true"]').getAttribute('data-testid');
        ctx.state.reportId = Number(row!.split('-').pop());
        // The first dimension not suggested Red becomes Red (an override), so the report is Red overall.
        let dim: string | undefined;
        for (const d of REPORT_DIMENSIONS) if (!dim && (await suggested(ctx, d)) !== 'Red') dim = d;
        ctx.state.dimension = dim ?? 'risk';
        ctx.state.chosen = dim ? 'Red' : 'Green';
        await chooseOption(editor(ctx), DIMENSION_LABEL[ctx.state.dimension as 'risk'], HEALTH_LABEL[ctx.state.chosen as Health]);
        await saved(ctx);
        ctx.state.reason = `Drill ${ctx.stamp}: the steering committee asked for this rating.`;
        await editor(ctx).getByRole('textbox', { name: strings.ReportFieldOverrideReason }).fill(ctx.state.reason as string);
        await saved(ctx);
        await editor(ctx).getByRole('textbox', { name: strings.ReportFieldSummary }).fill(`Drill ${ctx.stamp} summary.`);
        await saved(ctx);
        await editor(ctx).getByRole('button', { name: strings.ReportPublish }).click();
        // A publication refused past the retries says so next to the button; the person presses it again.
        const done = ctx.page.getByTestId('report-notice').filter({ hasText: strings.ReportPublished.split('{')[0] });
        const failed = editor(ctx).getByText(strings.ReportPublishFailed.split('{')[0]);
        for (let attempt = 0; ; attempt++) {
          await done.or(failed).first().waitFor({ timeout: 90_000 });
          if (await done.count()) return;
          if (attempt >= 3) throw new Error('publishing did not finish');
          await editor(ctx).getByRole('button', { name: strings.ReportPublish }).click();
          await failed.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
        }
      },
      check: async (ctx) => {
        const id = Number(ctx.state.reportId);
        const mine = await storedItems<{ Id: number; State: string; OverallHealth: string; OverrideReason: string; Summary: string } & Record<string, string>>(
          ctx.tenant,
          REPORTS,
          `ProjectId eq ${Number(ctx.state.projectId)} and State eq 'Published'`,
          'Id,State,OverallHealth,OverrideReason,Summary,ScheduleHealth,CostHealth,ScopeHealth,RiskHealth'
        );
        const drilled = mine.filter((r) => r.Summary === `Drill ${ctx.stamp} summary.`);
        const column = `${(ctx.state.dimension as string)[0].toUpperCase()}${(ctx.state.dimension as string).slice(1)}Health`;
        const got = JSON.stringify(drilled.map((r) => [r.Id, r.State, r[column], r.OverrideReason, r.OverallHealth]));
        const expected = JSON.stringify([[id, 'Published', ctx.state.chosen, ctx.state.reason, 'Red']]);
        if (got !== expected) throw new Error(`status report: stored ${got}, expected ${expected}`);
        const [project] = await storedItems<{ Health: string }>(ctx.tenant, PROJECTS, `Id eq ${Number(ctx.state.projectId)}`, 'Health');
        if (project.Health !== 'Red') throw new Error(`project Health ${project.Health}, the report says Red`);
      }
    }
  ];
}
