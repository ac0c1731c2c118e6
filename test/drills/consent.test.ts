/**
 * Graph consent missing: the local tenant answers as Graph does when PMO Hub's package lacks a
 * delegated scope (POST /__pmo/consent; local/src/graph/consent.ts). Every view that needs the scope
 * must name it in a localized message, and still show what it reads from SharePoint; views that do
 * not need it keep working. One row per view and scope goes into docs/reliability.json.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { openTab, viewUrl, waitForViewReady } from '../browser/helpers';
import { DRILL_TIMEOUT, STACK_TRACE, closeDrillSession, openDrillSession, recordDrill, type DrillSession } from './harness';
import { storedItems } from './tenantRecords';

jest.setTimeout(DRILL_TIMEOUT);

interface Row {
  denied: string;
  view: string;
  /** The permission the view named (the localized text containing it). */
  named: boolean;
  /** What the view shows from SharePoint meanwhile. */
  sharePoint: string;
}

const fill = (template: string, value: string): string => template.replace(/\{0\}/g, value);
/** A cell's text without the icon font's glyph (a private-use character) and its line break. */
const words = (text: string): string => text.replace(/[\uE000-\uF8FF]/g, '').trim();

async function open(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForViewReady(page);
}

describe('Graph consent missing', () => {
  let s: DrillSession;
  const rows: Row[] = [];
  const deny = (scopes: string[]): Promise<unknown> => s.tenant.control('POST', 'consent', { deny: scopes });

  beforeAll(async () => {
    s = await openDrillSession();
  });
  afterAll(async () => {
    if (rows.length) {
      recordDrill('consent', {
        title: 'Graph consent missing',
        description:
          'The tenant answers 403 as Graph does for the scopes denied (POST /__pmo/consent); each view that needs one must name the permission in its message and still show its SharePoint data.',
        settings: { scopes: [...new Set(rows.map((r) => r.denied))].join('; ') },
        figures: {
          'views checked': rows.length,
          'views naming the permission': rows.filter((r) => r.named).length,
          'views still showing SharePoint data': rows.filter((r) => r.sharePoint !== '').length
        },
        rows: rows.map((r) => ({ denied: r.denied, view: r.view, 'permission named': r.named, 'SharePoint data shown': r.sharePoint }))
      });
    }
    await deny([]).catch(() => undefined);
    await closeDrillSession(s);
  });
  afterEach(async () => {
    const text = await s.pmo.page.locator('body').innerText();
    expect(STACK_TRACE.exec(text)?.[0]).toBeUndefined();
  });

  it('without Tasks.ReadWrite and Group.Read.All: the portfolio and the status tab name Tasks.ReadWrite, the register figures stay', async () => {
    const { page } = s.pmo;
    await deny(['Tasks.ReadWrite', 'Group.Read.All']);
    await open(page, viewUrl(s.tenant, 'portfolio'));
    await page.getByText(strings.PortfolioRefreshing).waitFor({ state: 'detached', timeout: 60_000 });
    const withPlan = await storedItems<{ Id: number; PmoCode: string; Title: string }>(s.tenant, 'PMO Projects', 'PlanId ne null', 'Id,PmoCode,Title');
    const want = fill(strings.PortfolioPlanPermission, 'Tasks.ReadWrite');
    const failures = await page.getByTestId('plan-failure').allInnerTexts();
    const shownRows = await page.locator('[data-testid^="open-PRJ-"]').count();
    expect(failures.length).toBeGreaterThan(0);
    expect([...new Set(failures.map(words))]).toEqual([want]);
    // Each rendered row is there with its SharePoint figures; those with a plan say why Planner is missing.
    const rendered = await page.locator('[role="row"]').evaluateAll((els) =>
      els
        .map((row) => ({ code: row.querySelector('[data-testid^="open-PRJ-"]')?.getAttribute('data-testid')?.slice(5), failed: !!row.querySelector('[data-testid="plan-failure"]') }))
        .filter((r) => r.code)
    );
    const codes = rendered.map((r) => r.code!);
    const planned = new Set(withPlan.map((p) => p.PmoCode));
    expect(rendered.filter((r) => planned.has(r.code!) !== r.failed)).toEqual([]);
    rows.push({ denied: 'Tasks.ReadWrite, Group.Read.All', view: 'portfolio', named: true, sharePoint: `${shownRows} project rows` });

    const project = withPlan.find((p) => codes.includes(p.PmoCode)) ?? withPlan[0];
    await open(page, viewUrl(s.tenant, 'project', project.Id));
    await openTab(page, strings.WorkspaceTabStatus);
    await page.getByTestId('plan-failure').first().waitFor();
    expect(words(await page.getByTestId('plan-failure').first().innerText())).toBe(want);
    await page.getByText(project.Title).first().waitFor();
    rows.push({ denied: 'Tasks.ReadWrite, Group.Read.All', view: 'project status tab', named: true, sharePoint: `project ${project.PmoCode} with its figures` });
  });

  it('without Group.Read.All: the project form names it next to the group picker and still gets its next code from SharePoint', async () => {
    const { page } = s.pmo;
    await deny(['Group.Read.All']);
    await open(page, viewUrl(s.tenant, 'register'));
    await page.getByRole('button', { name: strings.RegisterCmdNew }).click();
    const form = page.getByRole('dialog');
    const want = fill(strings.ProjectFormLinksFailed, fill(strings.ErrorPermissionMissing, 'Group.Read.All'));
    await form.getByText(want).waitFor();
    const code = form.getByRole('textbox', { name: strings.RegisterColCode });
    await page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle());
    rows.push({ denied: 'Group.Read.All', view: 'project form (group, plan and channel pickers)', named: true, sharePoint: `the next project code ${await code.inputValue()} from PMO Projects` });
    await page.keyboard.press('Escape');
  });

  it('without User.ReadBasic.All: the people picker names it; the register still lists the projects', async () => {
    const { page } = s.pmo;
    await deny(['User.ReadBasic.All']);
    await open(page, viewUrl(s.tenant, 'register'));
    await page.getByRole('button', { name: strings.RegisterCmdNew }).click();
    const form = page.getByRole('dialog');
    const picker = form.getByRole('combobox', { name: strings.RegisterColSponsor });
    await picker.fill('Meg');
    const want = fill(strings.ErrorPermissionMissing, 'User.ReadBasic.All');
    await form.getByText(want).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const stored = (await storedItems<{ Id: number }>(s.tenant, 'PMO Projects', 'Id gt 0', 'Id')).length;
    const count = fill(strings.RegisterCount.replace('{1}', String(stored)), String(stored));
    await page.getByText(count).waitFor();
    rows.push({ denied: 'User.ReadBasic.All', view: 'people picker', named: true, sharePoint: `register of ${stored} projects` });
  });

  it.each([
    ['Calendars.ReadWrite', ['Calendars.ReadWrite']],
    ['Group.Read.All', ['Group.Read.All']]
  ])('without %s: Meetings names it and still lists the meetings PMO Meetings stores', async (scope, denied) => {
    const { page } = s.pmo;
    await deny(denied);
    await open(page, viewUrl(s.tenant, 'meetings'));
    const warning = page.getByTestId('meetings-outlook-unread');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(fill(strings.ErrorPermissionMissing, scope));
    const window = await page.evaluate(() => {
      const day = (n: number): string => {
        const d = new Date();
        d.setDate(d.getDate() + n);
        const p = (x: number): string => String(x).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
      };
      return { from: day(-14), to: day(15) };
    });
    const stored = await storedItems<{ Id: number; Title: string }>(s.tenant, 'PMO Meetings', `Start ge datetime'${window.from}T00:00:00Z' and Start lt datetime'${window.to}T00:00:00Z'`, 'Id,Title');
    expect(stored.length).toBeGreaterThan(0);
    const listed = await page.locator('tr[data-meeting]').allInnerTexts();
    const missing = stored.filter((m) => !listed.some((t) => t.includes(m.Title)));
    expect(missing.map((m) => m.Title)).toEqual([]);
    rows.push({ denied: scope, view: 'meetings', named: true, sharePoint: `${stored.length} stored meetings listed of ${listed.length} rows` });
  });

  it('with nothing denied, no view says a permission is missing', async () => {
    const { page } = s.pmo;
    await deny([]);
    await open(page, viewUrl(s.tenant, 'meetings'));
    expect(await page.getByTestId('meetings-outlook-unread').count()).toBe(0);
    await open(page, viewUrl(s.tenant, 'portfolio'));
    await page.getByText(strings.PortfolioRefreshing).waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.getByText(fill(strings.PortfolioPlanPermission, 'Tasks.ReadWrite')).count()).toBe(0);
  });
});
