/**
 * The records tabs of the PMO Project web part in Chromium against a demo-seeded local tenant: a RAID
 * item, a cost line and an allocation are created through the panels (validation first refuses bad
 * input), show in their lists, and are stored in the SharePoint lists with the values typed.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, fetchInPage, waitForViewReady, usePageSession } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PROJECT_ID = 1;
const STAMP = Date.now().toString(36);

/** Items of a list whose Title is `title`, as SharePoint REST returns them (read by the page itself). */
async function itemsTitled<T>(page: Page, list: string, title: string, select: string): Promise<T[]> {
  const url = `/sites/pmo/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$select=${select}&$filter=${encodeURIComponent(`Title eq '${title}'`)}`;
  const body = await fetchInPage<{ value: T[] }>(page, url, { Accept: 'application/json;odata=nometadata' });
  return body.value;
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await waitForViewReady(page);
}

async function openNew(page: Page, command: string): Promise<Locator> {
  await page.getByRole('button', { name: command }).click();
  const panel = page.getByRole('dialog');
  // The dialog element itself has no box (the panel inside is position: fixed): wait for its content.
  await panel.getByRole('heading').first().waitFor();
  return panel;
}

async function save(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: strings.Save, exact: true }).click();
}

describe('PMO Project records tabs', () => {
  const s = usePageSession({ view: 'project', projectId: PROJECT_ID });

  it('creates a RAID item after refusing an out-of-range probability', async () => {
    const { page } = s.pmo;
    await page.getByTestId('project-header').waitFor();
    await openTab(page, strings.WorkspaceTabRaid);
    const panel = await openNew(page, strings.RaidNew);
    const title = `Browser risk ${STAMP}`;
    await panel.getByRole('textbox', { name: strings.RaidFieldTitle }).fill(title);
    await panel.getByRole('textbox', { name: strings.RaidFieldProbability }).fill('6');
    await panel.getByRole('textbox', { name: strings.RaidFieldImpact }).fill('4');
    await save(panel);
    await panel.getByText('Enter a whole number from 1 to 5.').waitFor();
    expect(await itemsTitled(page, 'PMO RAID Log', title, 'Title')).toEqual([]);

    await panel.getByRole('textbox', { name: strings.RaidFieldProbability }).fill('4');
    await save(panel);
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Edit ${title}` }).waitFor();
    const stored = await itemsTitled<{ Probability: number; Impact: number; ProjectId: number; Kind: string; Status: string }>(
      page, 'PMO RAID Log', title, 'Title,Probability,Impact,ProjectId,Kind,Status'
    );
    expect(stored).toEqual([expect.objectContaining({ Probability: 4, Impact: 4, ProjectId: PROJECT_ID, Kind: 'Risk', Status: 'Open' })]);
    // 4 × 4 = 16: critical, marked with text in the list.
    const row = page.getByRole('row').filter({ hasText: title });
    expect(await row.innerText()).toContain('Critical (16)');
    if (process.env.PMO_SHOTS) await page.screenshot({ path: `${process.env.PMO_SHOTS}/raid.png`, fullPage: true });
  });

  it('creates a cost line after refusing a negative amount', async () => {
    const { page } = s.pmo;
    await openTab(page, strings.WorkspaceTabCosts);
    const before = await page.locator('[data-figure="actual"] dd').innerText();
    const panel = await openNew(page, strings.CostNew);
    const category = `Browser ${STAMP}`;
    await panel.getByRole('textbox', { name: strings.CostFieldCategory }).fill(category);
    await panel.getByRole('textbox', { name: strings.CostFieldAmount }).fill('-5');
    await save(panel);
    await panel.getByText(strings.ValidationNonNegative).waitFor();
    await panel.getByRole('textbox', { name: strings.CostFieldAmount }).fill('1234.5');
    await save(panel);
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: category }).first().waitFor();
    const now = new Date();
    const title = `Actual ${category} ${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const stored = await itemsTitled<{ Amount: number; Kind: string; Category: string; ProjectId: number }>(page, 'PMO Costs', title, 'Title,Amount,Kind,Category,ProjectId');
    expect(stored).toEqual([expect.objectContaining({ Amount: 1234.5, Kind: 'Actual', Category: category, ProjectId: PROJECT_ID })]);
    expect(await page.locator('[data-figure="actual"] dd').innerText()).not.toBe(before);
    if (process.env.PMO_SHOTS) await page.screenshot({ path: `${process.env.PMO_SHOTS}/costs.png`, fullPage: true });
  });

  it('creates an allocation after refusing 120 % and an end before the start', async () => {
    const { page } = s.pmo;
    await openTab(page, strings.WorkspaceTabResources);
    const panel = await openNew(page, strings.ResourceNew);
    const role = `Browser tester ${STAMP}`;
    await panel.getByRole('textbox', { name: strings.ResourceFieldRole }).fill(role);
    await panel.getByRole('textbox', { name: strings.ResourceFieldPercent }).fill('120');
    await panel.getByRole('combobox', { name: strings.ResourceFieldStart }).fill('2026-05-10');
    await page.keyboard.press('Tab');
    await panel.getByRole('combobox', { name: strings.ResourceFieldEnd }).fill('2026-05-01');
    await page.keyboard.press('Tab');
    await save(panel);
    await panel.getByText(strings.ValidationPercent).waitFor();
    await panel.getByText(strings.ValidationDateOrder.replace('{0}', '2026-05-10')).waitFor();

    await panel.getByRole('textbox', { name: strings.ResourceFieldPercent }).fill('20');
    await panel.getByRole('combobox', { name: strings.ResourceFieldEnd }).fill('2026-06-30');
    await page.keyboard.press('Tab');
    await save(panel);
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: role }).waitFor();
    const stored = await itemsTitled<{ Role: string; Percent: number; ProjectId: number; Status: string; ResourceType: string }>(
      page, 'PMO Allocations', role, 'Title,Role,Percent,ProjectId,Status,ResourceType'
    );
    expect(stored).toEqual([expect.objectContaining({ Role: role, Percent: 20, ProjectId: PROJECT_ID, Status: 'Requested', ResourceType: 'Employee' })]);
    if (process.env.PMO_SHOTS) await page.screenshot({ path: `${process.env.PMO_SHOTS}/resources.png`, fullPage: true });
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
