/**
 * Proposals in Chromium against a demo-seeded local tenant: a proposal submitted from the register
 * (invalid input refused next to the field, nothing stored meanwhile; the draft survives a reload)
 * becomes a PMO Projects item in the Proposal phase with its business case.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import type { RunningTenant } from '../helpers/localTenant';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, launchBrowser, listItems, openPmoPage, runAxe, startPageTenant, waitForViewReady, type PmoPage, type TestBrowser } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const TITLE = 'Browser customer portal';
/** The demo registers PRJ-0001…PRJ-0046: intake proposes the next code. */
const CODE = 'PRJ-0047';

function panel(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
}

interface IStoredProposal {
  Id: number;
  Title: string;
  Phase: string;
  ProposalState: string;
  Problem: string;
  EstimatedCost: number;
  EstimatedEffort: number;
  Urgency: string;
  Department: string;
  SponsorId: number | null;
}

const storedProposal = (page: Page, code: string) =>
  listItems<IStoredProposal>(page, 'PMO Projects', `PmoCode eq '${code}'`, 'Id,Title,Phase,ProposalState,Problem,EstimatedCost,EstimatedEffort,Urgency,Department,SponsorId');

describe('proposal intake', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;
  let pmo: PmoPage;

  beforeAll(async () => {
    tenant = await startPageTenant();
    browser = await launchBrowser();
    pmo = await openPmoPage(browser, tenant, { view: 'register' });
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  it('refuses an incomplete proposal next to its fields and stores nothing', async () => {
    const { page } = pmo;
    await page.getByRole('button', { name: strings.ProposalCmdSubmit }).click();
    const form = panel(page);
    await form.getByRole('heading', { name: strings.ProposalFormNewTitle }).waitFor();
    const code = form.getByRole('textbox', { name: strings.ProposalFieldCode });
    await page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle());
    expect(await code.inputValue()).toBe(CODE);
    await form.getByRole('textbox', { name: strings.ProposalFieldTitle }).fill(TITLE);
    await form.getByRole('textbox', { name: strings.ProposalFieldCost }).fill('-5');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.getByText(strings.RecordFixErrors).waitFor();
    await form.getByText(strings.ValidationNonNegative).waitFor();
    expect(await form.getByText(strings.ValidationRequired).count()).toBeGreaterThanOrEqual(5);
    expect(await storedProposal(page, CODE)).toEqual([]);
    expect(blocking(await runAxe(page, '.ms-Panel'))).toEqual([]);
  });

  it('keeps the draft over a reload and submits it as a project in the Proposal phase', async () => {
    const { page } = pmo;
    const form = panel(page);
    await form.getByRole('textbox', { name: strings.ProposalFieldProblem }).fill('Customers phone us to track orders.');
    await page.reload();
    await waitForViewReady(page);
    await page.getByRole('button', { name: strings.ProposalCmdSubmit }).click();
    await form.getByRole('button', { name: strings.DraftRestore }).click();
    expect(await form.getByRole('textbox', { name: strings.ProposalFieldProblem }).inputValue()).toBe('Customers phone us to track orders.');
    expect(await form.getByRole('textbox', { name: strings.ProposalFieldTitle }).inputValue()).toBe(TITLE);

    await form.getByRole('textbox', { name: strings.ProposalFieldObjectives }).fill('Self-service order tracking.');
    await form.getByRole('textbox', { name: strings.ProposalFieldBenefits }).fill('30% fewer calls to the service desk.');
    await form.getByRole('textbox', { name: strings.ProposalFieldCost }).fill('180000');
    await form.getByRole('textbox', { name: strings.ProposalFieldEffort }).fill('240');
    await form.getByRole('textbox', { name: strings.ProposalFieldDepartment }).fill('Operations');
    await chooseOption(form, strings.ProposalFieldUrgency, strings.RegisterPriorityHigh);
    const picker = form.getByRole('combobox', { name: strings.ProposalFieldSponsor });
    await picker.fill('Alex');
    await page.locator('.ms-Suggestions-item').filter({ hasText: 'Alex Wilber' }).first().click();
    await form.locator('.ms-PickerPersona-container').filter({ hasText: 'Alex Wilber' }).waitFor();
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await page.getByText(strings.ProposalSubmitted.replace('{0}', `${CODE} ${TITLE}`)).waitFor();

    const [item] = await storedProposal(page, CODE);
    expect(item).toMatchObject({ Title: TITLE, Phase: 'Proposal', ProposalState: 'Submitted', Problem: 'Customers phone us to track orders.',
      EstimatedCost: 180000, EstimatedEffort: 240, Urgency: 'High', Department: 'Operations' });
    expect(item.SponsorId).toEqual(expect.any(Number));
    // The register shows it without a reload.
    await page.getByRole('row').filter({ hasText: CODE }).first().waitFor();
  });
});
