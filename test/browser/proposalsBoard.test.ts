/**
 * The proposals board in Chromium against a demo-seeded local tenant: the demo proposals ranked by
 * weighted score; scores out of range or missing refused next to the field (nothing stored); a
 * proposal scored and ranked; a proposal edited by someone else while being scored shows the conflict;
 * weights that do not add up refused; a proposal approved into Initiation with its reason, the
 * decision in its RAID log, and its whole history shown. Every step is checked in what the tenant stored.
 */
import * as fs from 'fs';
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import type { RunningTenant } from '../helpers/localTenant';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, launchBrowser, listItems, openPmoPage, openTab, runAxe, saveAsSomeoneElse, startPageTenant, switchPerson, type PmoPage, type TestBrowser } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

// eslint-disable-next-line @typescript-eslint/no-var-requires -- reason: officeparser's CommonJS entry
const { parseOffice } = require('officeparser') as { parseOffice(b: Buffer): Promise<{ to(f: 'text'): Promise<{ value: string }> }> };

const f = (template: string, ...v: (string | number)[]) => v.reduce<string>((s, x, i) => s.replace(`{${i}}`, String(x)), template);
const panel = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });

interface IStored { Id: number; PmoCode: string; Title: string; Phase: string; ProposalState: string; ProposalScore: number | null; ProposalScores: string | null; EstimatedCost: number | null }
const projects = (page: Page, filter: string) =>
  listItems<IStored>(page, 'PMO Projects', filter, 'Id,PmoCode,Title,Phase,ProposalState,ProposalScore,ProposalScores,EstimatedCost');
const byTitle = async (page: Page, title: string) => (await projects(page, `Title eq '${title}'`))[0];
const reviews = (page: Page, id: number) =>
  listItems<{ Kind: string; WeightedScore: number | null; Decision: string | null; Reason: string | null }>(page, 'PMO Proposal Reviews', `ProjectId eq ${id}`, 'Kind,WeightedScore,Decision,Reason');

/** The codes of the awaiting grid, top to bottom. */
async function rankedCodes(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid', { name: /^Awaiting a decision/ });
  await grid.waitFor();
  return grid.locator('[data-automationid="DetailsRowCell"][data-automation-key="code"]').allInnerTexts();
}

async function openFor(page: Page, command: string, name: string, heading: string): Promise<Locator> {
  await page.getByRole('button', { name: f(command, name), exact: true }).click();
  const form = panel(page);
  await form.getByRole('heading', { name: heading, exact: true }).waitFor();
  return form;
}

async function fillScores(form: Locator, scores: string[]): Promise<void> {
  const labels = [strings.ScoreCriterionStrategic, strings.ScoreCriterionValue, strings.ScoreCriterionUrgency, strings.ScoreCriterionRisk, strings.ScoreCriterionFeasibility];
  for (let i = 0; i < labels.length; i++) await form.getByRole('textbox', { name: new RegExp(`^${labels[i].replace(/[()]/g, '\\$&')} \\(`) }).fill(scores[i]);
}

describe('proposals board', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;
  let pmo: PmoPage;
  const DI = 'Diversity and inclusion analytics';
  let di: IStored;

  beforeAll(async () => {
    tenant = await startPageTenant();
    browser = await launchBrowser();
    pmo = await openPmoPage(browser, tenant, { view: 'proposals' });
    di = await byTitle(pmo.page, DI);
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  it('ranks the demo proposals by weighted score, unscored last, with the value-against-effort chart', async () => {
    const { page } = pmo;
    const stored = await projects(page, "Phase eq 'Proposal'");
    const expected = stored
      .filter((p) => ['Submitted', 'Scored', 'Deferred'].indexOf(p.ProposalState) >= 0)
      .sort((a, b) => (b.ProposalScore ?? -1) - (a.ProposalScore ?? -1))
      .map((p) => p.PmoCode);
    expect(expected.length).toBe(5);
    expect(await rankedCodes(page)).toEqual(expected);
    expect(expected[4]).toBe(di.PmoCode);
    await page.getByTestId('value-effort-chart').waitFor();
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('refuses scores out of range or missing next to the field, then scores the proposal and ranks it', async () => {
    const { page } = pmo;
    const name = `${di.PmoCode} ${DI}`;
    const form = await openFor(page, strings.ProposalCmdScoreLabel, name, f(strings.ScoreFormTitle, name));
    await fillScores(form, ['6', '', '3', '0', '4']);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.getByText(strings.RecordFixErrors).waitFor();
    expect(await form.getByText(f(strings.ValidationScale, 1, 5)).count()).toBe(2);
    await form.getByText(strings.ValidationRequired).waitFor();
    expect((await byTitle(page, DI)).ProposalScore).toBeNull();
    expect(await reviews(page, di.Id)).toEqual([]);

    await fillScores(form, ['5', '5', '5', '5', '5']);
    await form.getByText(f(strings.ScoreFormWeighted, '5.00')).waitFor();
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const after = await byTitle(page, DI);
    expect(after).toMatchObject({ ProposalScore: 5, ProposalState: 'Scored' });
    expect(JSON.parse(after.ProposalScores!)).toEqual({ strategic: 5, value: 5, urgency: 5, risk: 5, feasibility: 5 });
    expect(await reviews(page, di.Id)).toEqual([expect.objectContaining({ Kind: 'Score', WeightedScore: 5 })]);
    expect((await rankedCodes(page))[0]).toBe(di.PmoCode);
  });

  it('shows the conflict when the proposal was edited while being scored, and saves the merge', async () => {
    const { page } = pmo;
    const title = 'E-invoicing compliance';
    const target = await byTitle(page, title);
    const name = `${target.PmoCode} ${title}`;
    const form = await openFor(page, strings.ProposalCmdScoreLabel, name, f(strings.ScoreFormTitle, name));
    await fillScores(form, ['5', '4', '5', '4', '4']);
    await saveAsSomeoneElse(tenant, 'PMO Projects', target.Id, { EstimatedCost: 210000 });
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: strings.ConflictTitle });
    await dialog.getByText(strings.ConflictIntro).waitFor();
    await dialog.getByText(strings.ConflictChangedByThem).first().waitFor();
    // Nothing was stored yet: the score waits for the person's choice.
    expect((await byTitle(page, title)).ProposalScore).toBe(target.ProposalScore);
    await dialog.getByRole('button', { name: strings.ConflictSave }).click();
    await dialog.waitFor({ state: 'detached' });
    await form.waitFor({ state: 'detached' });
    const after = await byTitle(page, title);
    expect(after.EstimatedCost).toBe(210000);
    expect(after.ProposalScore).toBe(4.45);
  });

  it('refuses weights that do not add up to 100 and stores them once they do', async () => {
    const { page } = pmo;
    await page.getByRole('button', { name: strings.ProposalCmdWeights }).click();
    const form = panel(page);
    await form.getByRole('heading', { name: strings.WeightsFormTitle, exact: true }).waitFor();
    await form.getByRole('textbox', { name: strings.ScoreCriterionStrategic }).fill('50');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    expect(await form.getByText(f(strings.ValidationWeightsTotal, 100, 120)).count()).toBe(5);
    expect(await listItems(page, 'PMO Settings', "Title eq 'ScoringWeights'", 'Value')).toEqual([]);
    await form.getByRole('textbox', { name: strings.ScoreCriterionValue }).fill('10');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const [setting] = await listItems<{ Value: string }>(page, 'PMO Settings', "Title eq 'ScoringWeights'", 'Value');
    expect(JSON.parse(setting.Value)).toEqual({ strategic: 50, value: 10, urgency: 15, risk: 10, feasibility: 15 });
  });

  it('approves a proposal into Initiation with its reason, records it in the RAID log and shows its history', async () => {
    const { page } = pmo;
    const name = `${di.PmoCode} ${DI}`;
    const form = await openFor(page, strings.ProposalCmdDecideLabel, name, f(strings.DecisionFormTitle, name));
    await chooseOption(form, strings.DecisionFormDecision, strings.DecisionApprove);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.getByText(strings.ValidationRequired).waitFor();
    expect((await byTitle(page, DI)).Phase).toBe('Proposal');
    await form.getByRole('textbox', { name: strings.DecisionFormReason }).fill('Board approved: reporting obligation next year.');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.waitFor({ state: 'detached' });

    expect(await byTitle(page, DI)).toMatchObject({ Phase: 'Initiation', ProposalState: 'Approved' });
    const raid = await listItems<{ Kind: string; Title: string; Description: string; Status: string }>(page, 'PMO RAID Log', `ProjectId eq ${di.Id} and Kind eq 'Decision'`, 'Kind,Title,Description,Status');
    expect(raid).toEqual([{ Kind: 'Decision', Title: f(strings.DecisionRaidTitle, strings.DecisionApprove), Description: 'Board approved: reporting obligation next year.', Status: 'Closed' }]);
    expect((await reviews(page, di.Id)).map((r) => [r.Kind, r.Decision])).toEqual([['Score', null], ['Decision', 'Approve']]);
    expect(await rankedCodes(page)).not.toContain(di.PmoCode);

    await page.getByRole('button', { name: f(strings.ProposalCmdHistoryLabel, name), exact: true }).click();
    const history = page.getByRole('list', { name: f(strings.HistoryTitle, name) });
    await history.locator('[data-review-kind="Decision"]').waitFor();
    expect(await history.locator('li').count()).toBe(2);
    await history.getByText('Board approved: reporting obligation next year.').waitFor();
    // The one 412 is the conflict test's refused save (the browser logs every failed response).
    expect(pmo.consoleProblems().filter((p) => !/status of 412/.test(p))).toEqual([]);
  });

  it('builds the steering committee deck in one click and downloads a .pptx with the chosen projects and the proposals', async () => {
    const { page } = pmo;
    // The previous test left the history panel open: close it as a person would.
    await page.keyboard.press('Escape');
    await page.locator('.ms-Panel').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: strings.ProposalCmdDeck }).click();
    const deckPanel = page.getByRole('dialog').filter({ hasText: strings.DeckPanelIntro });
    await deckPanel.getByRole('checkbox').first().waitFor();
    // The projects needing attention (not Green, under way) are ticked by default.
    const active = await projects(page, "Phase ne 'Proposal' and Phase ne 'Closed' and Health ne 'Green'");
    const ticked = deckPanel.getByRole('checkbox', { checked: true });
    expect(await ticked.count()).toBe(active.length);
    const [download] = await Promise.all([page.waitForEvent('download'), deckPanel.getByRole('button', { name: strings.DeckBuild }).click()]);
    expect(download.suggestedFilename()).toMatch(/^steering-committee-\d{4}-\d{2}-\d{2}\.pptx$/);
    const text = (await (await parseOffice(fs.readFileSync((await download.path())!))).to('text')).value;
    for (const p of active) expect(text).toContain(`${p.PmoCode} ${p.Title}`);
    expect(text).toContain(strings.DeckProposalsTitle);
    expect(text).toContain('E-invoicing compliance');
    expect(blocking(await runAxe(page, '.ms-Panel'))).toEqual([]);
  });

  it('warns of a decision left half done after its panel was closed, and finishes only its missing step', async () => {
    const { page } = pmo;
    await page.keyboard.press('Escape');
    await page.locator('.ms-Panel').waitFor({ state: 'detached' });
    const title = 'E-invoicing compliance';
    const target = await byTitle(page, title);
    const name = `${target.PmoCode} ${title}`;
    const reason = 'Board approved: legal deadline.';
    // The RAID log refuses the decision once (a 500: no retry), as a failing service would.
    await tenant.control('POST', 'faults', { rules: [{ match: "^POST [^?]*getByTitle\\('PMO(%20| )RAID(%20| )Log'\\)/items$", status: 500, times: 1 }] });
    const form = await openFor(page, strings.ProposalCmdDecideLabel, name, f(strings.DecisionFormTitle, name));
    await chooseOption(form, strings.DecisionFormDecision, strings.DecisionApprove);
    await form.getByRole('textbox', { name: strings.DecisionFormReason }).fill(reason);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.getByTestId('decision-steps').getByText(f(strings.DecisionStepFailed, strings.DecisionStepRaid)).waitFor();
    await tenant.control('POST', 'faults', { rules: [] });
    // The person closes the panel instead of saving again.
    await form.getByRole('button', { name: strings.Cancel, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const raid = () => listItems<{ Title: string; Description: string }>(page, 'PMO RAID Log', `ProjectId eq ${target.Id} and Kind eq 'Decision'`, 'Title,Description');
    expect(await raid()).toEqual([]);

    // A fresh board finds it in its one read of the proposals.
    await pmo.goto('proposals');
    const warning = page.getByTestId('proposal-pending-decision').filter({ hasText: name });
    await warning.getByText(new RegExp(`^${name}: .*\u201c${strings.DecisionApprove}\u201d`)).waitFor();
    expect(await page.getByRole('button', { name: f(strings.ProposalCmdDecideLabel, name), exact: true }).count()).toBe(0);
    expect(blocking(await runAxe(page))).toEqual([]);
    await warning.getByRole('button', { name: f(strings.ProposalCmdFinishLabel, name), exact: true }).click();
    await page.getByText(f(strings.ProposalPendingFinished, name)).waitFor();
    await warning.waitFor({ state: 'detached' });

    const [stored] = await listItems<{ Phase: string; ProposalState: string; PendingDecision: string | null }>(page, 'PMO Projects', `Id eq ${target.Id}`, 'Phase,ProposalState,PendingDecision');
    expect(stored).toEqual({ Phase: 'Initiation', ProposalState: 'Approved', PendingDecision: null });
    expect(await raid()).toEqual([{ Title: f(strings.DecisionRaidTitle, strings.DecisionApprove), Description: reason }]);
    expect((await reviews(page, target.Id)).filter((r) => r.Kind === 'Decision').map((r) => [r.Decision, r.Reason])).toEqual([['Approve', reason]]);
  });

  it('hosts the board in PMO Portfolio as a Proposals tab: scoring for the PMO, the ranked board for everyone else', async () => {
    const { page } = pmo;
    await page.keyboard.press('Escape');
    await pmo.goto('portfolio');
    await openTab(page, strings.PortfolioViewProposals);
    const first = (await rankedCodes(page))[0];
    const row = page.getByRole('grid', { name: /^Awaiting a decision/ }).getByRole('row').filter({ hasText: first });
    await row.getByRole('button', { name: strings.ProposalCmdScore }).waitFor();
    await expect(page.getByTestId('proposal-weights-where').innerText()).resolves.toContain('PMO Settings');
    // Megan Bowen is a project manager, not a site collection administrator of the PMO site.
    await switchPerson(page, 'Megan Bowen');
    await openTab(page, strings.PortfolioViewProposals);
    expect((await rankedCodes(page))[0]).toBe(first);
    await page.getByTestId('proposal-pmo-only').waitFor();
    expect(await page.getByRole('button', { name: strings.ProposalCmdScore }).count()).toBe(0);
    expect(await page.getByRole('button', { name: strings.ProposalCmdDecide }).count()).toBe(0);
    expect(await page.getByRole('button', { name: strings.ProposalCmdWeights }).count()).toBe(0);
    await page.getByRole('button', { name: strings.ProposalCmdSubmit }).waitFor();
    expect(blocking(await runAxe(page))).toEqual([]);
  });
});
