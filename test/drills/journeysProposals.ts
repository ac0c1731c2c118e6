/**
 * The proposal journeys of the drills (test/drills/journeys.ts lists them with the others): from the
 * register, a person submits a proposal with its business case; it must become exactly one PMO Projects
 * item in the Proposal phase, holding what was typed. On the board, the PMO manager scores a proposal
 * and approves it into Initiation: the score and the decision each reach the store once (the project,
 * its history, its RAID log), whatever the tenant did in between.
 */
import * as strings from 'PmoHubStrings';
import { chooseOption, viewUrl, waitForViewReady } from '../browser/helpers';
import { created, updatedItem, type Journey, type JourneyContext } from './journeys';
import { openRegisterForm, panelOf, pickPerson } from './formSteps';
import { addItem, storedItems } from './tenantRecords';

const PROJECTS = 'PMO Projects';
const REVIEWS = 'PMO Proposal Reviews';
const RAID = 'PMO RAID Log';

const f = (t: string, ...v: string[]): string => v.reduce((s, x, i) => s.replace(`{${i}}`, x), t);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SCORES = ['4', '5', '3', '4', '4'];
/** The weighted score of SCORES under the default weights (docs/rules.md): 30/30/15/10/15. */
const WEIGHTED = 4.15;

/**
 * Saves the open panel and waits until it closes. A save the tenant refused past the retries says so
 * in the panel (the form keeps what was typed); the person saves again, as they would.
 */
async function saveUntilClosed(ctx: JourneyContext, attempts = 3): Promise<void> {
  const form = panelOf(ctx.page);
  const failed = form.getByText(new RegExp(`^${esc(strings.RecordSaveFailed.split('{0}')[0])}`));
  for (let attempt = 1; ; attempt++) {
    // The one that does not happen times out later; its rejection is caught, so it cannot fail the run.
    const outcome = await Promise.race([
      form.waitFor({ state: 'detached', timeout: 90_000 }).then(() => 'closed', () => 'timeout'),
      failed.waitFor({ timeout: 90_000 }).then(() => 'failed', () => 'timeout')
    ]);
    if (outcome === 'closed') return;
    if (outcome === 'timeout' || attempt >= attempts) throw new Error(`not saved (${outcome}): ${await failed.innerText().catch(() => '')}`);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    // The message goes when the save starts again.
    await failed.waitFor({ state: 'detached', timeout: 60_000 });
  }
}

/** On the board, the PMO manager scores a new proposal and approves it into Initiation with a reason. */
export function scoreAndApproveJourney(): Journey {
  const name = (ctx: JourneyContext): string => `${ctx.state.code as string} ${ctx.state.title as string}`;
  return {
    name: 'proposals: score and approve',
    // The score (project, history), the decision (project with the decision, history, RAID) and the
    // decision's pending marker emptied: three updates of the one project.
    writes: [updatedItem(PROJECTS, 'id', 3), created(REVIEWS, 2), created(RAID)],
    prepare: async (ctx) => {
      ctx.state.code = `DRL-${ctx.stamp}`.slice(0, 20);
      ctx.state.title = `Drill ${ctx.stamp} to approve`;
      ctx.state.reason = `Drill ${ctx.stamp}: fits the strategy.`;
      ctx.state.id = await addItem(ctx.tenant, PROJECTS, {
        Title: ctx.state.title, PmoCode: ctx.state.code, Phase: 'Proposal', Health: 'Green', Priority: 'Medium', Department: 'Drills',
        ProposalState: 'Submitted', Problem: 'Paper forms.', Objectives: 'Online forms.', ExpectedBenefits: 'Less typing.', EstimatedCost: 30000, EstimatedEffort: 60, Urgency: 'High'
      });
      await ctx.page.goto('about:blank');
      await ctx.page.goto(viewUrl(ctx.tenant, 'proposals'));
      await waitForViewReady(ctx.page);
      await ctx.page.getByRole('button', { name: f(strings.ProposalCmdScoreLabel, name(ctx)), exact: true }).click();
      const score = panelOf(ctx.page);
      await score.getByRole('heading', { name: f(strings.ScoreFormTitle, name(ctx)), exact: true }).waitFor();
      const labels = [strings.ScoreCriterionStrategic, strings.ScoreCriterionValue, strings.ScoreCriterionUrgency, strings.ScoreCriterionRisk, strings.ScoreCriterionFeasibility];
      for (let i = 0; i < labels.length; i++) await score.getByRole('textbox', { name: new RegExp(`^${esc(labels[i])} \\(`) }).fill(SCORES[i]);
    },
    // The drills break the tenant at the score's save. The page writes nothing before it: the restart
    // drill counts writes from here on, the others from the start, and both must find the same.
    submit: (ctx) => panelOf(ctx.page).getByRole('button', { name: strings.Save, exact: true }).click(),
    acknowledged: async (ctx) => {
      await saveUntilClosed(ctx);
      await ctx.page.getByRole('button', { name: f(strings.ProposalCmdDecideLabel, name(ctx)), exact: true }).click();
      const decide = panelOf(ctx.page);
      await decide.getByRole('heading', { name: f(strings.DecisionFormTitle, name(ctx)), exact: true }).waitFor();
      await chooseOption(decide, strings.DecisionFormDecision, strings.DecisionApprove);
      await decide.getByRole('textbox', { name: strings.DecisionFormReason }).fill(ctx.state.reason as string);
      await decide.getByRole('button', { name: strings.Save, exact: true }).click();
      await saveUntilClosed(ctx);
      await ctx.page.getByRole('row').filter({ hasText: ctx.state.title as string }).filter({ hasText: `${strings.ProposalStateApproved} · ` }).waitFor({ timeout: 60_000 });
    },
    check: async (ctx) => {
      const id = ctx.state.id as number;
      const [p] = await storedItems<{ Phase: string; ProposalState: string; ProposalScore: number; PendingDecision: string | null }>(
        ctx.tenant, PROJECTS, `Id eq ${id}`, 'Phase,ProposalState,ProposalScore,PendingDecision');
      const reviews = await storedItems<{ Kind: string; WeightedScore: number | null; Decision: string | null; Reason: string }>(ctx.tenant, REVIEWS, `ProjectId eq ${id}`, 'Kind,WeightedScore,Decision,Reason');
      const raid = await storedItems<{ Title: string; Description: string; Status: string }>(ctx.tenant, RAID, `ProjectId eq ${id} and Kind eq 'Decision'`, 'Title,Description,Status');
      const got = JSON.stringify({
        project: [p.Phase, p.ProposalState, p.ProposalScore, p.PendingDecision],
        history: reviews.map((r) => [r.Kind, r.Kind === 'Score' ? r.WeightedScore : r.Decision]).sort(),
        raid: raid.map((r) => [r.Title, r.Description, r.Status])
      });
      const expected = JSON.stringify({
        project: ['Initiation', 'Approved', WEIGHTED, null],
        history: [['Decision', 'Approve'], ['Score', WEIGHTED]],
        raid: [[f(strings.DecisionRaidTitle, strings.DecisionApprove), ctx.state.reason, 'Closed']]
      });
      if (got !== expected) throw new Error(`score and approve: stored ${got}, expected ${expected}`);
    }
  };
}

export function proposalJourneys(): Journey[] {
  return [
    {
      name: 'proposals: submit',
      writes: [created(PROJECTS)],
      prepare: async (ctx) => {
        const form = await openRegisterForm(ctx, strings.ProposalCmdSubmit, strings.ProposalFormNewTitle, strings.ProposalFieldCode);
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
      submit: (ctx) => panelOf(ctx.page).getByRole('button', { name: strings.Save, exact: true }).click(),
      acknowledged: async (ctx) => {
        await panelOf(ctx.page).waitFor({ state: 'detached', timeout: 60_000 });
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

