/**
 * Finding and editing projects in the project register, in Chromium against a demo-seeded local
 * tenant: the search box asks the server (only the matching projects are loaded), the filters narrow
 * what is loaded, and a project edited through the form is stored with the new values.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, chooseOption, listItems, usePageSession } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const LIST = 'PMO Projects';

interface IStored {
  Id: number;
  Title: string;
  PmoCode: string;
  Health: string;
  Budget: number | null;
  Department: string | null;
}

const count = (shown: number, loaded: number): string => strings.RegisterCount.replace('{0}', String(shown)).replace('{1}', String(loaded));

/** The codes of the projects the register's grid shows, in order. */
async function shownCodes(page: Page): Promise<string[]> {
  const rows = await page.getByRole('grid', { name: strings.RegisterTitle }).getByRole('row').allInnerTexts();
  return rows.map((r) => /PRJ-\d{4}/.exec(r)?.[0]).filter((c): c is string => !!c);
}

describe('project register: find and edit', () => {
  const s = usePageSession({ view: 'register' });
  let all: IStored[];

  beforeAll(async () => {
    all = await listItems<IStored>(s.pmo.page, LIST, 'Id gt 0', 'Id,Title,PmoCode,Health,Budget,Department');
  });

  it('finds projects with the search box: the server answers with the matching projects only', async () => {
    const { page } = s.pmo;
    await page.getByText(count(all.length, all.length)).waitFor();
    const search = page.getByRole('searchbox', { name: strings.RegisterSearchLabel });
    const expected = all.filter((p) => /warehouse/i.test(p.Title)).map((p) => p.PmoCode).sort();
    expect(expected.length).toBeGreaterThan(1);

    // The register asks SharePoint with the text (substringof on Title and PmoCode), not filtering locally.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('PMO%20Projects') && decodeURIComponent(r.url()).includes("substringof('warehouse',Title)")),
      search.fill('warehouse')
    ]);
    expect(answer.status()).toBe(200);
    // "n of n": only the matches were loaded.
    await page.getByText(count(expected.length, expected.length)).waitFor();
    expect((await shownCodes(page)).sort()).toEqual(expected);

    await search.fill('PRJ-0042');
    await page.getByText(count(1, 1)).waitFor();
    expect(await shownCodes(page)).toEqual(['PRJ-0042']);

    await search.fill('no such project anywhere');
    await page.getByTestId('register-empty').getByText(strings.RegisterNoMatches).waitFor();

    await search.clear();
    await page.getByText(count(all.length, all.length)).waitFor();
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('finds projects with a filter (Health = Red), combined with the search, and clears it', async () => {
    const { page } = s.pmo;
    const red = all.filter((p) => p.Health === 'Red').map((p) => p.PmoCode).sort();
    expect(red.length).toBeGreaterThan(1);

    await chooseOption(page, strings.RegisterColHealth, strings.RegisterHealthRed, { multi: true });
    // Filters narrow what is loaded: "red of all".
    await page.getByText(count(red.length, all.length)).waitFor();
    expect((await shownCodes(page)).sort()).toEqual(red);
    for (const row of await page.getByRole('grid', { name: strings.RegisterTitle }).getByRole('row').filter({ hasText: /PRJ-\d{4}/ }).all()) {
      expect(await row.innerText()).toContain(strings.RegisterHealthRed);
    }

    // With a search as well: the red projects among the matches.
    const search = page.getByRole('searchbox', { name: strings.RegisterSearchLabel });
    const matches = all.filter((p) => /management/i.test(p.Title));
    const redMatches = matches.filter((p) => p.Health === 'Red').map((p) => p.PmoCode).sort();
    expect(redMatches.length).toBeGreaterThan(0);
    expect(matches.length).toBeGreaterThan(redMatches.length);
    await search.fill('management');
    await page.getByText(count(redMatches.length, matches.length)).waitFor();
    expect((await shownCodes(page)).sort()).toEqual(redMatches);
    await search.clear();

    await page.getByRole('button', { name: strings.RegisterClearFilters }).click();
    await page.getByText(count(all.length, all.length)).waitFor();
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('edits a project: the form saves the changed fields and the register shows them', async () => {
    const { page } = s.pmo;
    const project = all.filter((p) => p.PmoCode === 'PRJ-0024')[0];
    expect(project).toBeDefined();
    const newHealth = project.Health === 'Amber' ? 'Green' : 'Amber';
    const newLabel = newHealth === 'Amber' ? strings.RegisterHealthAmber : strings.RegisterHealthGreen;

    // The grid renders rows as they scroll into view: find the project first.
    await page.getByRole('searchbox', { name: strings.RegisterSearchLabel }).fill(project.PmoCode);
    await page.getByText(count(1, 1)).waitFor();
    await page.getByRole('button', { name: project.Title, exact: true }).click();
    const form = page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
    await form.getByRole('heading', { name: strings.ProjectFormEditTitle.replace('{0}', project.PmoCode) }).waitFor();
    await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill('Health and Safety');
    await form.getByRole('textbox', { name: strings.RegisterColBudget }).fill('123456');
    await chooseOption(form, strings.RegisterColHealth, newLabel);
    await form.getByRole('button', { name: strings.Save, exact: true }).click();
    await form.waitFor({ state: 'detached' });

    const [stored] = await listItems<IStored>(page, LIST, `Id eq ${project.Id}`, 'Id,Title,PmoCode,Health,Budget,Department');
    expect(stored).toEqual({ ...project, Health: newHealth, Budget: 123456, Department: 'Health and Safety' });
    const row = page.getByRole('row').filter({ hasText: project.PmoCode });
    await row.getByText(newLabel).waitFor();
    expect(await row.innerText()).toContain('Health and Safety');
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
