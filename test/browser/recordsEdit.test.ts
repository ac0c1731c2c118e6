/**
 * Editing existing records of a demo project in the PMO Project workspace, in Chromium against a
 * demo-seeded local tenant: a RAID item, a cost line and an allocation are opened from their lists,
 * changed and saved; SharePoint then stores the new values (and keeps the fields not edited), and the
 * lists show them without a reload.
 */
import * as strings from 'PmoHubStrings';
import { BROWSER_TEST_TIMEOUT, useProjectSession, chooseOption, listItems, openEditPanel, openTab } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

/** A running demo project with every RAID kind and status, two years of cost lines and three people. */
const CODE = 'PRJ-0024';

const day = (iso: string | null): string | undefined => iso?.slice(0, 10);

describe('PMO Project records: edit', () => {
  const s = useProjectSession(CODE);

  it('edits a RAID item: status and impact are stored, the list shows the new severity', async () => {
    const { page } = s.pmo;
    interface IRaid { Id: number; Title: string; Kind: string; Status: string; Probability: number; Impact: number; Mitigation: string; DueDate: string | null }
    const select = 'Id,Title,Kind,Status,Probability,Impact,Mitigation,DueDate';
    const [item] = await listItems<IRaid>(page, 'PMO RAID Log', `ProjectId eq ${s.projectId} and Kind eq 'Risk' and Status eq 'Open'`, select);
    expect(item).toBeDefined();
    await openTab(page, strings.WorkspaceTabRaid);

    const panel = await openEditPanel(page, item.Title);
    expect(await panel.getByRole('textbox', { name: strings.RaidFieldImpact }).inputValue()).toBe(String(item.Impact));
    await chooseOption(panel, strings.RaidFieldStatus, strings.RaidStatusInProgress);
    await panel.getByRole('textbox', { name: strings.RaidFieldImpact }).fill('5');
    await panel.getByRole('button', { name: strings.Save, exact: true }).click();
    await panel.waitFor({ state: 'detached' });

    const [stored] = await listItems<IRaid>(page, 'PMO RAID Log', `Id eq ${item.Id}`, select);
    expect({ ...stored, DueDate: day(stored.DueDate) }).toEqual({ ...item, Status: 'In progress', Impact: 5, DueDate: day(item.DueDate) });
    const row = page.getByRole('row').filter({ hasText: item.Title });
    const score = item.Probability * 5;
    await row.getByText(strings.RaidStatusInProgress, { exact: true }).waitFor();
    expect(await row.innerText()).toContain(`(${score})`);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('edits a cost line found in its year: amount and supplier are stored, the figures follow', async () => {
    const { page } = s.pmo;
    interface ICost { Id: number; Title: string; Kind: string; Category: string; Amount: number; Supplier: string; Period: string }
    const select = 'Id,Title,Kind,Category,Amount,Supplier,Period';
    const actuals = await listItems<ICost>(page, 'PMO Costs', `ProjectId eq ${s.projectId} and Kind eq 'Actual'`, select);
    // The most recent actual line; the tab opens on the current year, so go to the line's year.
    const line = actuals.sort((a, b) => (a.Period < b.Period ? 1 : a.Period > b.Period ? -1 : a.Id - b.Id))[0];
    const year = Number(line.Period.slice(0, 4));
    await openTab(page, strings.WorkspaceTabCosts);
    const shown = Number(/\d{4}/.exec(await page.getByRole('heading', { name: strings.CostLinesTitle.replace('{0}', '') }).innerText())![0]);
    for (let y = shown; y !== year; y += y < year ? 1 : -1) {
      await page.getByRole('button', { name: y < year ? strings.CostNextYear : strings.CostPreviousYear }).click();
    }
    await page.getByRole('heading', { name: strings.CostLinesTitle.replace('{0}', String(year)) }).waitFor();
    const actualBefore = await page.locator('[data-figure="actual"] dd').innerText();

    const row = page.getByRole('row').filter({ hasText: line.Title }).filter({ hasText: strings.CostKindActual });
    const panel = await openEditPanel(row, line.Title);
    expect(await panel.getByRole('textbox', { name: strings.CostFieldAmount }).inputValue()).toBe(String(line.Amount));
    await panel.getByRole('textbox', { name: strings.CostFieldAmount }).fill(String(line.Amount + 1000.5));
    await panel.getByRole('textbox', { name: strings.CostFieldSupplier }).fill('Northwind Traders');
    await panel.getByRole('button', { name: strings.Save, exact: true }).click();
    await panel.waitFor({ state: 'detached' });

    const [stored] = await listItems<ICost>(page, 'PMO Costs', `Id eq ${line.Id}`, select);
    expect({ ...stored, Period: day(stored.Period) }).toEqual({ ...line, Amount: line.Amount + 1000.5, Supplier: 'Northwind Traders', Period: day(line.Period) });
    await row.getByText('Northwind Traders').waitFor();
    expect(await page.locator('[data-figure="actual"] dd').innerText()).not.toBe(actualBefore);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('edits an allocation: percent and status are stored, the dates stay as they were', async () => {
    const { page } = s.pmo;
    interface IAlloc { Id: number; Percent: number; Status: string; Role: string; Department: string; StartDate: string; EndDate: string; Person: { Title: string } | null }
    const select = 'Id,Percent,Status,Role,Department,StartDate,EndDate,Person/Title';
    const all = await listItems<IAlloc>(page, 'PMO Allocations', `ProjectId eq ${s.projectId}`, select, 'Person');
    const alloc = all.filter((a) => a.Person && a.Status === 'Approved' && a.Person.Title !== 'Grady Archie')[0];
    expect(alloc).toBeDefined();
    const name = alloc.Person!.Title;
    await openTab(page, strings.WorkspaceTabResources);

    const panel = await openEditPanel(page, name);
    expect(await panel.getByRole('textbox', { name: strings.ResourceFieldPercent }).inputValue()).toBe(String(alloc.Percent));
    await panel.getByRole('textbox', { name: strings.ResourceFieldPercent }).fill(String(alloc.Percent + 15));
    await chooseOption(panel, strings.ResourceFieldStatus, strings.ResourceStatusRequested);
    await panel.getByRole('button', { name: strings.Save, exact: true }).click();
    await panel.waitFor({ state: 'detached' });

    const [stored] = await listItems<IAlloc>(page, 'PMO Allocations', `Id eq ${alloc.Id}`, select, 'Person');
    const dates = (a: IAlloc): IAlloc => ({ ...a, StartDate: day(a.StartDate)!, EndDate: day(a.EndDate)! });
    expect(dates(stored)).toEqual(dates({ ...alloc, Percent: alloc.Percent + 15, Status: 'Requested' }));
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText(`${alloc.Percent + 15} %`, { exact: true }).waitFor();
    expect(await row.innerText()).toContain(strings.ResourceStatusRequested);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
