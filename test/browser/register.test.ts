/**
 * The project register in Chromium against a demo-seeded local tenant: a project is created through
 * the form (validation first refuses bad input and nothing is stored), edited, changed meanwhile by
 * another person through SharePoint REST so the save gets 412, resolved field by field in the
 * conflict dialog (the stored item is the merge), and the register is exported as CSV and as an
 * Excel workbook (exceljs fetched as a chunk of its own only then).
 */
import * as fs from 'fs';
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, fetchInPage, saveAsSomeoneElse, waitForViewReady, usePageSession } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const LIST = 'PMO Projects';
/** The demo seed registers PRJ-0001…PRJ-0046, so the form proposes the next one. */
const NEW_CODE = 'PRJ-0047';
const TITLE = 'Browser warehouse move';
const OTHER_PERSON = 'meganb@contoso.com';

interface IStored {
  Id: number;
  Title: string;
  PmoCode: string;
  Department: string | null;
  Budget: number | null;
  Priority: string;
}

/** The stored item with our code (read by the page, as the signed-in person). */
async function stored(page: Page): Promise<IStored[]> {
  const url = `/sites/pmo/_api/web/lists/getbytitle('${encodeURIComponent(LIST)}')/items?$select=Id,Title,PmoCode,Department,Budget,Priority&$filter=${encodeURIComponent(`PmoCode eq '${NEW_CODE}'`)}`;
  return (await fetchInPage<{ value: IStored[] }>(page, url, { Accept: 'application/json;odata=nometadata' })).value;
}

function panel(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
}

async function fillDate(form: Locator, label: string, iso: string): Promise<void> {
  const box = form.getByRole('combobox', { name: label });
  await box.fill(iso);
  await box.press('Tab');
}

describe('project register', () => {
  const s = usePageSession({ view: 'register' });

  it('creates a project after refusing invalid input, with nothing stored meanwhile', async () => {
    const { page } = s.pmo;
    await page.getByText('PRJ-0001', { exact: true }).waitFor();
    await page.getByRole('button', { name: strings.RegisterCmdNew }).click();
    const form = panel(page);
    await form.getByRole('heading', { name: strings.ProjectFormNewTitle }).waitFor();
    const code = form.getByRole('textbox', { name: strings.RegisterColCode });
    // The proposed code arrives from the server after the panel opens.
    await code.page().waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle());
    expect(await code.inputValue()).toBe(NEW_CODE);

    await fillDate(form, strings.RegisterColStartDate, '2030-05-01');
    await fillDate(form, strings.RegisterColPlannedEndDate, '2030-04-01');
    await form.getByRole('textbox', { name: strings.RegisterColBudget }).fill('-250');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.getByText(strings.RecordFixErrors).waitFor();
    await form.getByText(strings.ValidationRequired).first().waitFor();
    await form.getByText(strings.ValidationDateOrder.replace('{0}', '2030-05-01')).waitFor();
    await form.getByText(strings.ValidationNonNegative).waitFor();
    expect(await stored(page)).toEqual([]);

    await form.getByRole('textbox', { name: strings.RegisterColTitle }).fill(TITLE);
    await fillDate(form, strings.RegisterColPlannedEndDate, '2030-12-31');
    await form.getByRole('textbox', { name: strings.RegisterColBudget }).fill('80000');
    await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill('Operations');
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(TITLE, { exact: true }).waitFor();
    expect(await stored(page)).toEqual([expect.objectContaining({ Title: TITLE, PmoCode: NEW_CODE, Department: 'Operations', Budget: 80000 })]);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('resolves a conflicting save field by field; the stored item is the merge', async () => {
    const { page } = s.pmo;
    const [item] = await stored(page);
    await page.getByText(TITLE, { exact: true }).click();
    const form = panel(page);
    await form.getByRole('heading', { name: strings.ProjectFormEditTitle.replace('{0}', NEW_CODE) }).waitFor();
    await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill('Logistics');
    await form.getByRole('textbox', { name: strings.RegisterColTitle }).fill(`${TITLE} (EU)`);

    // Meanwhile Megan renames it and raises the budget.
    await saveAsSomeoneElse(s.tenant, LIST, item.Id, { Title: `${TITLE} – phase 1`, Budget: 95000 }, OTHER_PERSON);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();

    // A blocking Fluent dialog is an alertdialog: it must be answered before going on.
    // Its own element has no box (the content is position: fixed): wait for the content.
    const dialog = page.getByRole('alertdialog', { name: strings.ConflictTitle });
    await dialog.getByText(strings.ConflictIntro).waitFor();
    const titleRow = dialog.locator('[data-conflict-field="title"]');
    await titleRow.getByText(`${strings.ConflictColBase}: ${TITLE}`).waitFor();
    expect(await dialog.locator('[data-conflict-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conflict-field')))).toEqual([
      'title',
      'department',
      'budget'
    ]);
    // Keep their title; my department and their budget are the defaults.
    await titleRow.getByText(`${strings.ConflictColTheirs}: ${TITLE} – phase 1`).click();
    await dialog.getByRole('button', { name: strings.ConflictSave }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(`${TITLE} – phase 1`, { exact: true }).waitFor();
    expect(await stored(page)).toEqual([
      expect.objectContaining({ Title: `${TITLE} – phase 1`, Department: 'Logistics', Budget: 95000 })
    ]);
    expect(s.pmo.consoleProblems().filter((p) => !/412/.test(p))).toEqual([]);
  });

  it('exports the register as CSV', async () => {
    const { page } = s.pmo;
    await page.reload();
    await waitForViewReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: strings.RecordExportCsv }).click()
    ]);
    expect(download.suggestedFilename()).toBe(`${strings.ExportProjectsFileName}.csv`);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = text.split('\r\n');
    expect(lines[0].split(',')[0]).toBe(strings.RegisterColCode);
    // Every project and the header; ours with its merged title.
    expect(lines.filter((l) => l.length > 0)).toHaveLength(47 + 1);
    expect(lines.some((l) => l.startsWith(`${NEW_CODE},${TITLE} – phase 1,`))).toBe(true);
  });

  it('exports the register as an Excel workbook with typed cells (exceljs loaded on demand)', async () => {
    const { page } = s.pmo;
    // Scripts fetched since the last reload (the CSV test's): exceljs is a chunk of its own, fetched on the first export.
    const scripts = (): Promise<string[]> =>
      page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    expect(await scripts()).toContain('/assets/main.js');
    expect((await scripts()).filter((p) => /exceljs/.test(p))).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: strings.RecordExportExcel }).click()
    ]);
    expect((await scripts()).filter((p) => /exceljs/.test(p))).toEqual([expect.stringMatching(/^\/assets\/chunks\/exceljs/)]);
    expect(download.suggestedFilename()).toBe(`${strings.ExportProjectsFileName}.xlsx`);
    expect(fs.statSync((await download.path())!).size).toBeGreaterThan(0);
    const ExcelJS = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet(strings.ExportProjectsSheet)!;
    expect(sheet.getRow(1).getCell(1).value).toBe(strings.RegisterColCode);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(47 + 1);
    const budgetColumn = (sheet.getRow(1).values as unknown[]).indexOf(strings.RegisterColBudget);
    const ours = sheet.getRows(2, 47)!.filter((r) => r.getCell(1).value === NEW_CODE)[0];
    expect(ours.getCell(budgetColumn).value).toBe(95000);
    expect(s.pmo.consoleProblems().filter((p) => !/412/.test(p))).toEqual([]);
  });
});
