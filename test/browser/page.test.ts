/**
 * The local PMO page in Chromium against a demo-seeded local tenant: it loads cleanly, the person
 * switcher changes who /me and the SharePoint current user are, the register shows the demo
 * portfolio, the navigation works from the keyboard, and no view has serious or critical axe violations.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as strings from 'PmoHubStrings';
import type { RunningTenant } from '../helpers/localTenant';
import { loadLocModule } from '../helpers/locModules';
import { PageStrings, PageStringsByLanguage, fmt } from '../../local/page/strings';
import {
  BROWSER_TEST_TIMEOUT,
  blocking,
  fetchInPage,
  launchBrowser,
  listItems,
  openPmoPage,
  runAxe,
  startPageTenant,
  switchPerson,
  waitForViewReady,
  type TestBrowser,
  type View
} from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

/** The demo seed registers 46 projects, PRJ-0001…PRJ-0046 (local/src/seed/catalogue.ts). */
const DEMO_PROJECTS = 46;

describe('local PMO page', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;

  beforeAll(async () => {
    tenant = await startPageTenant();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });
  afterEach(async () => {
    // Each test starts as the tenant's default person.
    await browser.context.clearCookies();
    for (const p of browser.context.pages()) await p.close();
  });

  it('loads the portfolio of the demo with landmarks and no console errors', async () => {
    const pmo = await openPmoPage(browser, tenant);
    const { page } = pmo;
    await page.locator('[data-testid="count-total"]').waitFor();
    expect(await page.locator('[data-testid="count-total"]').innerText()).toContain(String(DEMO_PROJECTS));
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav').getAttribute('aria-label')).toBe(PageStrings.NavLabel);
    expect(await page.locator('h1').innerText()).toContain(PageStrings.Brand);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.title()).toBe(fmt(PageStrings.DocumentTitle, PageStrings.NavPortfolio));
    // Nothing is expected on the console: no CDN fonts (FabricConfig), no 404s, no React warnings as errors.
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('serves the bundle with the right content types and 404s for a missing asset', async () => {
    const res = await fetch(`${tenant.origin}/assets/main.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    // main.js is an ES module that imports its chunks by relative URL (statically or with import() on
    // first use), and chunks import further chunks: each must come back as JavaScript, or Chromium refuses
    // the module under nosniff. Followed transitively, because a lazy library (exceljs) may be reached only
    // through the chunk of the view that uses it.
    const imports = /(?:from|import)\s*\(?\s*["'](\.\/[\w./-]+\.js)["']/g;
    const seen = new Set<string>();
    const queue = [{ url: `${tenant.origin}/assets/main.js`, text: await res.text() }];
    while (queue.length) {
      const { url, text } = queue.shift()!;
      for (const [, rel] of text.matchAll(imports)) {
        const chunk = new URL(rel, url).href;
        if (seen.has(chunk)) continue;
        seen.add(chunk);
        const c = await fetch(chunk);
        expect([chunk, c.status, c.headers.get('content-type')]).toEqual([chunk, 200, expect.stringMatching(/^text\/javascript/)]);
        queue.push({ url: chunk, text: await c.text() });
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining([expect.stringMatching(/\/assets\/chunks\/exceljs\b/)]));
    // The icon font comes from the bundle's assets, not the Office CDN.
    const font = fs.readdirSync(path.join(__dirname, '../../node_modules/@fluentui/font-icons-mdl2/fonts'))[0];
    const woff = await fetch(`${tenant.origin}/assets/fonts/${font}`);
    expect(woff.status).toBe(200);
    expect(woff.headers.get('content-type')).toBe('font/woff');
    expect((await fetch(`${tenant.origin}/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${tenant.origin}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    const html = await fetch(`${tenant.origin}/`);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toContain("connect-src 'self'");
    // Module scripts and their chunks are same-origin, so script-src 'self' (plus the inline script's hash) covers them.
    expect(html.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+';/);
    expect(await html.text()).toContain('<script type="module" src="/assets/main.js"></script>');
  });

  it('switches person: /me and the SharePoint current user follow the choice, across a reload', async () => {
    const pmo = await openPmoPage(browser, tenant);
    const { page } = pmo;
    const meBefore = await fetchInPage<{ mail: string }>(page, '/v1.0/me');
    expect(meBefore.mail).toBe('pmo.manager@contoso.com');

    await switchPerson(page, 'Megan Bowen');
    const me = await fetchInPage<{ mail: string; displayName: string }>(page, '/v1.0/me');
    expect(me).toMatchObject({ mail: 'meganb@contoso.com', displayName: 'Megan Bowen' });
    const spUser = await fetchInPage<{ Email: string; Title: string }>(page, '/sites/pmo/_api/web/currentuser');
    expect(spUser).toMatchObject({ Email: 'meganb@contoso.com', Title: 'Megan Bowen' });
    await page.reload();
    await waitForViewReady(page);
    expect(await page.getByRole('combobox', { name: PageStrings.PersonSwitcherLabel }).innerText()).toContain('Megan Bowen');
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('shows the demo projects in the register', async () => {
    const pmo = await openPmoPage(browser, tenant, { view: 'register' });
    const { page } = pmo;
    expect(await page.title()).toBe(fmt(PageStrings.DocumentTitle, PageStrings.NavRegister));
    const grid = page.getByRole('grid');
    await grid.waitFor();
    // PRJ-0001 is first in code order; the register lists them all (the grid's row count says so).
    await page.getByText('PRJ-0001', { exact: true }).waitFor();
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(DEMO_PROJECTS + 1));
    expect(await page.getByText('Microsoft 365 tenant consolidation').count()).toBeGreaterThan(0);
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('switches to German: the web parts\' loc module, the page\'s strings and German dates and amounts', async () => {
    const pmo = await openPmoPage(browser, tenant, { view: 'register' });
    const { page } = pmo;
    const german = PageStringsByLanguage['de-de'];
    const de = loadLocModule('de-de');
    await page.getByRole('combobox', { name: PageStrings.LanguageLabel }).click();
    await Promise.all([page.waitForEvent('load'), page.getByRole('option', { name: german.LanguageGerman }).click()]);
    await waitForViewReady(page);
    // The view is kept; the address says the language, as the UI culture does in SharePoint.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de-de');
    expect(new URL(page.url()).hash).toBe('#/register');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(await page.title()).toBe(fmt(german.DocumentTitle, german.NavRegister));
    expect(await page.getByRole('navigation').getByRole('link', { name: german.NavRegister }).count()).toBe(1);
    // Web part strings from de-de.js: the command bar and the column headers.
    await page.getByRole('button', { name: de.RegisterCmdNew }).waitFor();
    await page.getByRole('columnheader', { name: new RegExp(`^${de.RegisterColCode}`) }).first().waitFor();
    await page.getByRole('columnheader', { name: new RegExp(`^${de.RegisterColPlannedEndDate}`) }).first().waitFor();

    // PRJ-0001's planned end and budget as the tenant stores them, shown in German formats.
    const [p] = await listItems<{ PlannedEndDate: string; Budget: number }>(page, 'PMO Projects', "PmoCode eq 'PRJ-0001'", 'PlannedEndDate,Budget');
    const end = p.PlannedEndDate.slice(0, 10).split('-').map(Number);
    const germanDate = `${end[2]}.${end[1]}.${end[0]}`;
    const germanAmount = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(p.Budget);
    expect(p.Budget).toBeGreaterThanOrEqual(1000); // so the German thousands separator shows
    const row = page.getByRole('row').filter({ hasText: 'PRJ-0001' });
    await row.getByText(germanDate, { exact: true }).waitFor();
    await row.getByText(germanAmount, { exact: true }).waitFor();
    expect(germanAmount).toContain('.');

    // The Teams mode's own chrome is German too, and the choice survives moving between views.
    await page.getByRole('navigation').getByRole('link', { name: german.NavTeams }).click();
    await page.getByText(german.TeamsIntro).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de-de');
    expect(blocking(await runAxe(page))).toEqual([]);
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('is navigable by keyboard: skip link, then the navigation to each web part', async () => {
    const pmo = await openPmoPage(browser, tenant);
    const { page } = pmo;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(PageStrings.SkipToContent);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // From the top of a fresh page, Tab forward through the chrome: each link must be reachable and
    // work with Enter. Focus stays on the activated link, so the next one is further along.
    await page.reload();
    await waitForViewReady(page);
    const tabTo = async (label: string, key: 'Tab' | 'Shift+Tab') => {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(key);
        const focused = await page.evaluate(() => (document.activeElement?.tagName === 'A' ? document.activeElement.textContent : null));
        if (focused === label) return;
      }
      throw new Error(`${label} is not reachable with ${key}`);
    };
    for (const [label, key, hash] of [
      [PageStrings.NavRegister, 'Tab', '#/register'],
      [PageStrings.NavProject, 'Tab', '#/project'],
      [PageStrings.NavMeetings, 'Tab', '#/meetings'],
      [PageStrings.NavPortfolio, 'Shift+Tab', '#/portfolio']
    ] as const) {
      await tabTo(label, key);
      await page.keyboard.press('Enter');
      await page.waitForFunction((h) => window.location.hash === h, hash);
      await waitForViewReady(page);
      // The title follows the route in an effect after the hash change is rendered: wait for it (a title
      // that never changes still fails, at the timeout, with the title it kept).
      const expected = fmt(PageStrings.DocumentTitle, label);
      await page.waitForFunction((t) => document.title === t, expected, { timeout: 10_000 }).catch(() => undefined);
      expect(await page.title()).toBe(expected);
      expect(await page.locator('nav a[aria-current="page"]').innerText()).toBe(label);
    }
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('works the register from the keyboard: search, filters, sortable headers, title links and the form panel', async () => {
    const pmo = await openPmoPage(browser, tenant, { view: 'register' });
    const { page } = pmo;
    /** What has focus, named as a person hears it: its label (aria-labelledby or aria-label) or its text. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const byIds = (el.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '');
        const name = el.getAttribute('aria-label') || byIds[0] || (el.textContent || '').trim();
        return { role: el.getAttribute('role'), name, header: !!el.closest('[role="columnheader"]'), projectId: el.getAttribute('data-project-id') };
      });
    const sortOf = (column: string) => page.getByRole('columnheader', { name: column }).getAttribute('aria-sort');

    // From the top of the page, Tab goes through the chrome and the commands to the search box, each
    // filter, and the column headers (one stop: arrow keys move between headers, as in any grid).
    const stops: { role: string | null; name: string }[] = [];
    for (let i = 0; i < 30 && !(stops.length && (await focused()).header); i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    const names = stops.map((s) => s.name);
    const filters = [strings.RegisterColPhase, strings.RegisterColHealth, strings.RegisterColPriority, strings.RegisterColDepartment, strings.RegisterColManager, strings.RegisterGroupBy];
    expect(stops.filter((s) => s.role === 'searchbox').map((s) => s.name)).toEqual([strings.RegisterSearchLabel]);
    expect(stops.filter((s) => s.role === 'combobox' && filters.indexOf(s.name) >= 0).map((s) => s.name)).toEqual(filters);
    expect(names.indexOf(strings.RegisterSearchLabel)).toBeLessThan(names.indexOf(strings.RegisterColPhase));
    expect(await focused()).toMatchObject({ header: true, name: strings.RegisterColCode });

    // Enter on a header sorts by it (again: the other way), and says so to assistive technology.
    expect(await sortOf(strings.RegisterColCode)).toBe('ascending');
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => document.querySelector('[role="row"][aria-rowindex="2"]')?.textContent?.startsWith(code), 'PRJ-0046');
    expect(await sortOf(strings.RegisterColCode)).toBe('descending');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ header: true, name: strings.RegisterColTitle });
    await page.keyboard.press('Enter');
    expect(await sortOf(strings.RegisterColTitle)).toBe('ascending');

    // Tab moves on to the rows; a row's title link is an arrow key away, and Enter on it opens the form.
    await page.keyboard.press('Tab');
    expect((await focused()).role).toBe('row');
    const code = await page.evaluate(() => document.activeElement?.querySelector('[role="gridcell"]')?.textContent ?? '');
    await page.keyboard.press('ArrowRight');
    const link = await focused();
    expect(link.projectId).not.toBeNull();
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
    await form.getByRole('heading', { name: strings.ProjectFormEditTitle.replace('{0}', code) }).waitFor();

    // Escape closes it, and focus goes back to the link it was opened from.
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect((await focused()).projectId).toBe(link.projectId);
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it.each<[View, number | undefined]>([
    ['portfolio', undefined],
    ['register', undefined],
    ['project', 42],
    ['meetings', undefined]
  ])('has no serious or critical accessibility violations on the %s view', async (view, projectId) => {
    const pmo = await openPmoPage(browser, tenant, { view, projectId });
    expect(blocking(await runAxe(pmo.page))).toEqual([]);
    expect(pmo.consoleProblems()).toEqual([]);
  });
});
