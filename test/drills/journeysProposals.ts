/**
 * The proposal intake journey of the drills (test/drills/journeys.ts lists it with the others): from the
 * register, a person submits a proposal with its business case; it must become exactly one PMO Projects
 * item in the Proposal phase, holding what was typed.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, viewUrl, waitForViewReady } from '../browser/helpers';
import { created, type Journey } from './journeys';
import { pickPerson } from './journeysMore';
import { storedItems } from './tenantRecords';

const PROJECTS = 'PMO Projects';
const panel = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });

export function proposalJourneys(): Journey[] {
  return [
    {
      name: 'proposals: submit',
      writes: [created(PROJECTS)],
      prepare: async (ctx) => {
        await ctx.page.goto('about:blank');
        await ctx.page.goto(viewUrl(ctx.tenant, 'register'));
        await waitForViewReady(ctx.page);
        await ctx.page.getByRole('button', { name: strings.ProposalCmdSubmit }).click();
        const form = panel(ctx.page);
        await form.getByRole('heading', { name: strings.ProposalFormNewTitle }).waitFor();
        // The next free code is filled in from the register: wait for it, as a person would see it.
        const code = form.getByRole('textbox', { name: strings.ProposalFieldCode });
        await ctx.page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle(), { timeout: 60_000 });
        ctx.state.title = `Drill ${ctx.stamp} proposal`;
        await form.getByRole('textbox', { name: strings.ProposalFieldTitle }).fill(ctx.state.title as string);
        await form.getByRole('textbox', { name: strings.ProposalFieldProblem }).fill('Order tracking by phone.');
        await form.getByRole('textbox', { name: strings.ProposalFieldObjectives }).fill('Self-service tracking.');
        await form.getByRole('textbox', { name: strings.ProposalFieldBenefits }).fill('Fewer calls.');
        await form.getByRole('textbox', { name: strings.ProposalFieldCost }).fill('120000');
        await form.getByRole('textbox', { name: strings.ProposalFieldEffort }).fill('200');
        await form.getByRole('textbox', { name: strings.ProposalFieldDepartment }).fill('Drills');
        await chooseOption(form, strings.ProposalFieldUrgency, strings.RegisterPriorityHigh);
        await pickPerson(ctx.page, form, strings.ProposalFieldSponsor, 'Alex', 'Alex Wilber');
      },
      submit: (ctx) => panel(ctx.page).getByRole('button', { name: strings.Save, exact: true }).click(),
      acknowledged: async (ctx) => {
        await panel(ctx.page).waitFor({ state: 'detached', timeout: 60_000 });
        await ctx.page.getByRole('row').filter({ hasText: ctx.state.title as string }).first().waitFor({ timeout: 60_000 });
      },
      check: async (ctx) => {
        const stored = await storedItems<{ Phase: string; ProposalState: string; Department: string; EstimatedCost: number; Urgency: string }>(
          ctx.tenant,
          PROJECTS,
          `Title eq '${ctx.state.title as string}'`,
          'Phase,ProposalState,Department,EstimatedCost,Urgency'
        );
        const got = JSON.stringify(stored.map((s) => [s.Phase, s.ProposalState, s.Department, s.EstimatedCost, s.Urgency]));
        const expected = JSON.stringify([['Proposal', 'Submitted', 'Drills', 120000, 'High']]);
        if (got !== expected) throw new Error(`proposal: stored ${got}, expected ${expected}`);
      }
    }
  ];
}
