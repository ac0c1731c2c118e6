/**
 * The conflict flow of the PMO Project records, in Chromium against a demo-seeded local tenant: a
 * record is opened and changed in the page, another person saves it meanwhile through SharePoint REST,
 * so the page's save is refused (412) and nothing of it is stored; the conflict dialog shows the
 * differing fields, and the version the person resolves (field by field, by the defaults, or taking
 * all theirs) is what SharePoint stores.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, useProjectSession, listItems, openEditPanel, openTab, saveAsSomeoneElse } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const CODE = 'PRJ-0024';

/** Saves the panel and waits for the conflict dialog the refused save opens. */
async function saveIntoConflict(page: Page, panel: Locator): Promise<Locator> {
  await panel.getByRole('button', { name: strings.Save, exact: true }).click();
  // A blocking Fluent dialog is an alertdialog; its own element has no box, so wait for its content.
  const dialog = page.getByRole('alertdialog', { name: strings.ConflictTitle });
  await dialog.getByText(strings.ConflictIntro).waitFor();
  return dialog;
}

/**
 * Saves the version chosen in the dialog and waits until the dialog and the panel are gone. (While the
 * blocking dialog is up, the panel is aria-hidden, so the panel alone cannot tell.)
 */
async function saveResolved(dialog: Locator, panel: Locator): Promise<void> {
  await dialog.getByRole('button', { name: strings.ConflictSave }).click();
  await dialog.page().getByText(strings.ConflictIntro).waitFor({ state: 'detached' });
  await panel.waitFor({ state: 'detached' });
}

const conflictFields = (dialog: Locator): Promise<(string | null)[]> =>
  dialog.locator('[data-conflict-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conflict-field')));

describe('PMO Project records: conflicting saves', () => {
  const s = useProjectSession(CODE);

  it('RAID item: resolved field by field, the stored item is the merge', async () => {
    const { page } = s.pmo;
    interface IRaid { Id: number; Title: string; Status: string; Probability: number; Impact: number; Mitigation: string }
    const select = 'Id,Title,Status,Probability,Impact,Mitigation';
    const [item] = await listItems<IRaid>(page, 'PMO RAID Log', `ProjectId eq ${s.projectId} and Kind eq 'Risk' and Status ne 'Closed'`, select);
    const mine = (item.Probability % 5) + 1;
    const theirs = (mine % 5) + 1;
    await openTab(page, strings.WorkspaceTabRaid);
    const panel = await openEditPanel(page, item.Title);
    await panel.getByRole('textbox', { name: strings.RaidFieldProbability }).fill(String(mine));
    await panel.getByRole('textbox', { name: strings.RaidFieldMitigation }).fill('Weekly check with the vendor');

    // Meanwhile Megan rewords it, closes it and scores it otherwise.
    const changed = { Title: `${item.Title} (reworded)`, Status: 'Closed', Probability: theirs };
    await saveAsSomeoneElse(s.tenant, 'PMO RAID Log', item.Id, changed);
    const dialog = await saveIntoConflict(page, panel);
    // The refused save wrote nothing.
    expect((await listItems<IRaid>(page, 'PMO RAID Log', `Id eq ${item.Id}`, select))[0]).toEqual({ ...item, ...changed });
    expect(await conflictFields(dialog)).toEqual(['title', 'status', 'probability', 'mitigation']);
    const probability = dialog.locator('[data-conflict-field="probability"]');
    await probability.getByText(`${strings.ConflictColBase}: ${item.Probability}`).waitFor();
    await probability.getByText(strings.ConflictChangedByBoth).waitFor();
    // Changed by both: mine is the default; take theirs. Their title and status, my mitigation stay.
    await probability.getByText(`${strings.ConflictColTheirs}: ${theirs}`).click();
    await saveResolved(dialog, panel);

    const [stored] = await listItems<IRaid>(page, 'PMO RAID Log', `Id eq ${item.Id}`, select);
    expect(stored).toEqual({ ...item, ...changed, Mitigation: 'Weekly check with the vendor' });
    await page.getByRole('button', { name: strings.RecordEditNamed.replace('{0}', changed.Title), exact: true }).waitFor();
    expect(s.pmo.consoleProblems().filter((p) => !/412/.test(p))).toEqual([]);
  });

  it('cost line: the default choices keep my amount and their category', async () => {
    const { page } = s.pmo;
    interface ICost { Id: number; Title: string; Kind: string; Category: string; Amount: number; Supplier: string }
    const select = 'Id,Title,Kind,Category,Amount,Supplier';
    const year = new Date().getFullYear();
    const lines = await listItems<ICost>(page, 'PMO Costs', `ProjectId eq ${s.projectId} and Kind eq 'Budget' and Period ge '${year}-01-01' and Period lt '${year + 1}-01-01'`, select);
    const line = lines[0];
    expect(line).toBeDefined();
    await openTab(page, strings.WorkspaceTabCosts);
    const row = page.getByRole('row').filter({ hasText: line.Title }).filter({ hasText: strings.CostKindBudget });
    const panel = await openEditPanel(row, line.Title);
    await panel.getByRole('textbox', { name: strings.CostFieldAmount }).fill(String(line.Amount + 500));

    await saveAsSomeoneElse(s.tenant, 'PMO Costs', line.Id, { Amount: line.Amount + 900, Category: 'Contingency' });
    const dialog = await saveIntoConflict(page, panel);
    expect(await conflictFields(dialog)).toEqual(['category', 'amount']);
    await dialog.locator('[data-conflict-field="category"]').getByText(strings.ConflictChangedByThem).waitFor();
    await saveResolved(dialog, panel);

    const [stored] = await listItems<ICost>(page, 'PMO Costs', `Id eq ${line.Id}`, select);
    expect(stored).toEqual({ ...line, Amount: line.Amount + 500, Category: 'Contingency' });
    expect(s.pmo.consoleProblems().filter((p) => !/412/.test(p))).toEqual([]);
  });

  it('allocation: "Take all theirs" drops my change, the stored item is theirs', async () => {
    const { page } = s.pmo;
    interface IAlloc { Id: number; Percent: number; Department: string; Status: string; Person: { Title: string } | null }
    const select = 'Id,Percent,Department,Status,Person/Title';
    const all = await listItems<IAlloc>(page, 'PMO Allocations', `ProjectId eq ${s.projectId}`, select, 'Person');
    const alloc = all.filter((a) => a.Person && a.Person.Title !== 'Grady Archie')[0];
    const name = alloc.Person!.Title;
    await openTab(page, strings.WorkspaceTabResources);
    const panel = await openEditPanel(page, name);
    await panel.getByRole('textbox', { name: strings.ResourceFieldPercent }).fill('50');
    await panel.getByRole('textbox', { name: strings.ResourceFieldDepartment }).fill('Facilities');

    await saveAsSomeoneElse(s.tenant, 'PMO Allocations', alloc.Id, { Percent: 35 });
    const dialog = await saveIntoConflict(page, panel);
    expect(await conflictFields(dialog)).toEqual(['department', 'percent']);
    await dialog.getByRole('button', { name: strings.ConflictTakeAllTheirs }).click();
    await saveResolved(dialog, panel);

    const [stored] = await listItems<IAlloc>(page, 'PMO Allocations', `Id eq ${alloc.Id}`, select, 'Person');
    expect(stored).toEqual({ ...alloc, Percent: 35 });
    await page.getByRole('row').filter({ hasText: name }).getByText('35 %', { exact: true }).waitFor();
    expect(s.pmo.consoleProblems().filter((p) => !/412/.test(p))).toEqual([]);
  });
});
