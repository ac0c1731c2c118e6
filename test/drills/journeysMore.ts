/**
 * The meetings and portfolio journeys of the drills (test/drills/journeys.ts lists them with the
 * others). Functions, not constants: journeys.ts imports this file and this file its helpers.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { chooseOption, viewUrl, waitForViewReady } from '../browser/helpers';
import { created, updatedItem, type Journey, type JourneyContext } from './journeys';
import { pickPerson } from './formSteps';
import { storedItems } from './tenantRecords';

/** A running demo project with a group (calendar), a plan and a manager. */
const MEETING_PROJECT = 'PRJ-0024';

interface IProjectRow {
  Id: number;
  Title: string;
  PmoCode: string;
  GroupId: string;
}

async function project(ctx: JourneyContext): Promise<IProjectRow> {
  const [p] = await storedItems<IProjectRow>(ctx.tenant, 'PMO Projects', `PmoCode eq '${MEETING_PROJECT}'`, 'Id,Title,PmoCode,GroupId');
  return p;
}

async function fresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForViewReady(page);
}

/** Steps that ended failed or are still pending after publishing. */
const unfinished = (page: Page): Promise<string[]> =>
  page.locator('[data-step]').evaluateAll((els) => els.filter((e) => !['done', 'skipped'].includes(e.getAttribute('data-state') || '')).map((e) => `${e.getAttribute('data-step')}=${e.getAttribute('data-state')}`));

/** Open yesterday's meeting on the project's group calendar, write minutes with one action, publish. */
export function meetingsJourney(): Journey {
  return {
    name: 'meetings: write and publish minutes',
    writes: [
      created('PMO Meetings'),
      created('PMO Actions'),
      { label: 'Planner: task created', match: /^POST \/v1\.0\/planner\/tasks$/i, count: 1 },
      { label: 'Outlook: minutes mailed', match: /^POST \/v1\.0\/(me|users\/[^/]+)\/sendmail$/i, count: 1 },
      // The new action learns its Planner task's id once. (A group event takes no attachment: the mail
      // carries the link, so Outlook's event is not written.) Only that item is counted: opening the view
      // also brings the project's other actions in step with Planner, which writes those that Planner
      // changed since their last sync (the demo's, the first time a view of the project syncs them).
      updatedItem('PMO Actions', 'actionId')
    ],
    prepare: async (ctx) => {
      const p = await project(ctx);
      const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const subject = `[${p.PmoCode}] Drill review ${ctx.stamp}`;
      ctx.state.subject = subject;
      ctx.state.action = `Confirm the cut-over date ${ctx.stamp}`;
      // The meeting itself is Outlook's: made through the tenant's fixture route, not by the page.
      await ctx.tenant.control('POST', 'graph/fixture', {
        op: 'addEvent',
        args: { calendar: { kind: 'group', ownerId: p.GroupId }, subject, start: `${day}T09:00:00Z`, end: `${day}T09:30:00Z`, attendeeIds: ['pmo.manager@contoso.com'] }
      });
      await fresh(ctx.page, viewUrl(ctx.tenant, 'meetings'));
      await chooseOption(ctx.page, strings.MeetingsFilterProject, `${p.PmoCode} ${p.Title}`);
      await ctx.page.getByRole('button', { name: subject, exact: true }).click();
      await ctx.page.getByRole('list', { name: strings.MinutesAgenda }).waitFor();
      await waitForViewReady(ctx.page);
      const notes = ctx.page.getByRole('textbox', { name: /^Notes on / }).first();
      await notes.click();
      await ctx.page.keyboard.type('Cut-over stays on the planned weekend.');
      await ctx.page.getByRole('button', { name: strings.MinutesAddAction }).click();
      const row = ctx.page.locator('[data-action="a1"]');
      await row.getByRole('textbox', { name: strings.MinutesActionTitle, exact: true }).fill(ctx.state.action as string);
      await pickPerson(ctx.page, row, strings.MinutesOwner, 'Patricia', 'Patricia Moreau');
      const due = row.getByRole('combobox', { name: strings.MinutesDue });
      await due.fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
      await due.press('Tab');
    },
    submit: (ctx) => ctx.page.getByRole('button', { name: strings.PublishMinutes }).click(),
    resubmit: (ctx) => ctx.page.getByRole('button', { name: new RegExp(`^(${strings.PublishRetry}|${strings.PublishMinutes})$`) }).click(),
    acknowledged: async (ctx) => {
      // A step Outlook or Planner refused past the retries says so and offers Retry, as a person would use it.
      for (let attempt = 0; ; attempt++) {
        await ctx.page.waitForFunction(() => {
          const steps = Array.from(document.querySelectorAll('[data-step]'));
          return steps.length > 0 && steps.every((s) => s.getAttribute('data-state') !== 'pending');
        }, undefined, { timeout: 90_000 });
        const left = await unfinished(ctx.page);
        if (!left.length) {
          const [action] = await storedItems<{ Id: number }>(ctx.tenant, 'PMO Actions', `Title eq '${(ctx.state.action as string).replace(/'/g, "''")}'`, 'Id');
          ctx.state.actionId = action && action.Id;
          return;
        }
        if (attempt >= 3) throw new Error(`publishing did not finish: ${left.join(', ')}`);
        await ctx.page.getByRole('button', { name: strings.PublishRetry }).click();
      }
    },
    check: async (ctx) => {
      const subject = ctx.state.subject as string;
      const meetings = await storedItems<{ Id: number; State: string }>(ctx.tenant, 'PMO Meetings', `Title eq '${subject.replace(/'/g, "''")}'`, 'Id,State');
      if (meetings.length !== 1 || meetings[0].State !== 'Published') throw new Error(`PMO Meetings: ${JSON.stringify(meetings)}`);
      const actions = await storedItems<{ Title: string; PlannerTaskId: string | null }>(ctx.tenant, 'PMO Actions', `MeetingId eq ${meetings[0].Id}`, 'Title,PlannerTaskId');
      if (actions.length !== 1 || actions[0].Title !== ctx.state.action || !actions[0].PlannerTaskId) throw new Error(`PMO Actions: ${JSON.stringify(actions)}`);
      const mails = (await ctx.tenant.control<{ subject: string }[]>('GET', 'outbox')).filter((m) => m.subject === strings.MinutesMailSubject.replace('{0}', subject));
      if (mails.length !== 1) throw new Error(`outbox: ${mails.length} mails of the minutes`);
    }
  };
}

/** Open the portfolio: every project's row with its register figures; Planner figures or why not. */
export function portfolioJourney(): Journey {
  return {
    name: 'portfolio: open',
    writes: [],
    restartable: false,
    prepare: (ctx) => ctx.page.goto('about:blank').then(() => undefined),
    submit: (ctx) => ctx.page.goto(viewUrl(ctx.tenant, 'portfolio')).then(() => undefined),
    acknowledged: async (ctx) => {
      await ctx.page.getByTestId('freshness').waitFor({ timeout: 90_000 });
      await ctx.page.getByText(strings.PortfolioRefreshing).waitFor({ state: 'detached', timeout: 90_000 });
      await waitForViewReady(ctx.page);
    },
    check: async (ctx) => {
      const stored = await storedItems<{ PmoCode: string; PlanId: string | null }>(ctx.tenant, 'PMO Projects', 'Id gt 0', 'PmoCode,PlanId');
      const showing = new RegExp(`^${strings.PortfolioShowing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{0\\}', '(\\d+)').replace('\\{1\\}', '(\\d+)')}$`);
      const shown = await ctx.page.getByText(showing).innerText();
      const of = showing.exec(shown.trim());
      if (!of || Number(of[2]) !== stored.length) throw new Error(`portfolio: "${shown}" for ${stored.length} stored projects`);
      // A plan Planner still throttled after the retries says so on its row; nothing else may fail.
      const failures = (await ctx.page.getByTestId('plan-failure').allInnerTexts()).map((t) => t.replace(/[\uE000-\uF8FF]/g, '').trim());
      const wrong = failures.filter((t) => t !== strings.PortfolioPlanThrottled);
      if (wrong.length) throw new Error(`portfolio plan cells: ${wrong.join('; ')}`);
    }
  };
}
