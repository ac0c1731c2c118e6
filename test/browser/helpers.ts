/**
 * Browser test infrastructure: Chromium through playwright-core against the local PMO page of a real
 * local tenant (demo portfolio). Tests in test/browser/ share these helpers:
 *
 *   const tenant = await startPageTenant();          // demo seed + page, free port, temp data folder
 *   const browser = await launchBrowser();           // fresh profile, self-signed certificate accepted
 *   const pmo = await openPmoPage(browser, tenant, { as: 'meganb@contoso.com', view: 'register' });
 *   ... pmo.page (a playwright Page), pmo.consoleProblems() ...
 *   await browser.close(); await tenant.stop();
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as Papa from 'papaparse';
import * as strings from 'PmoHubStrings';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { PageStrings } from '../../local/page/strings';

/** Debian's chromium unless PMO_CHROMIUM names another binary. */
export const CHROMIUM = process.env.PMO_CHROMIUM ?? '/usr/bin/chromium';

/** Starting a tenant builds the page and seeds the demo; on two shared cores that takes a while. */
export const BROWSER_TEST_TIMEOUT = 240_000;

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab in the shared profile. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with a throw-away profile (launchPersistentContext: Playwright refuses --user-data-dir in args). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; install it (apt-get install chromium) or set PMO_CHROMIUM.`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // The local tenant's certificate is self-signed per data folder.
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  };
}

/** A local tenant with the demo portfolio and the local PMO page built. */
export function startPageTenant(env?: Record<string, string>): Promise<RunningTenant> {
  return startLocalTenant({ seed: 'demo', page: true, env, timeoutMs: BROWSER_TEST_TIMEOUT - 30_000 });
}

export type View = 'portfolio' | 'register' | 'project' | 'meetings' | 'proposals';

export interface OpenOptions {
  /** Mail of the demo person to act as (sets the pmo_user cookie); the tenant's default otherwise. */
  as?: string;
  view?: View;
  /** With view 'project': the PMO Projects item id. */
  projectId?: number;
}

export interface PmoPage {
  page: Page;
  /** Console errors, uncaught page errors and failed requests seen so far, as readable lines. */
  consoleProblems(): string[];
  /** Goes to a view by URL and waits until it has loaded. */
  goto(view: View, projectId?: number): Promise<void>;
}

/** Sets who the browser acts as, as the person switcher does. */
export async function actAs(context: BrowserContext, tenant: RunningTenant, mail: string): Promise<void> {
  await context.addCookies([{ name: 'pmo_user', value: encodeURIComponent(mail), url: tenant.origin, secure: true, sameSite: 'Lax' }]);
}

export function viewUrl(tenant: RunningTenant, view: View = 'portfolio', projectId?: number): string {
  return `${tenant.origin}/#/${view}${view === 'project' && projectId ? `/${projectId}` : ''}`;
}

/** Opens the local PMO page in a new tab, recording every console error, page error and failed request. */
export async function openPmoPage(browser: TestBrowser, tenant: RunningTenant, opts: OpenOptions = {}): Promise<PmoPage> {
  if (opts.as) await actAs(browser.context, tenant, opts.as);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  const goto = async (view: View, projectId?: number) => {
    await page.goto(viewUrl(tenant, view, projectId));
    await waitForViewReady(page);
  };
  await goto(opts.view ?? 'portfolio', opts.projectId);
  return { page, consoleProblems: () => problems.slice(), goto };
}

/**
 * Waits until the page has rendered and settled: the main landmark exists, no request is in flight
 * for 500 ms, no Fluent spinner or shimmer is showing and no animation is running.
 */
export async function waitForViewReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('main#main', { timeout });
  await page.waitForLoadState('networkidle', { timeout });
  await page.waitForFunction(() => !document.querySelector('.ms-Spinner, .ms-Shimmer-container'), undefined, { timeout });
  // Fluent fades rows and panels in; colours measured mid-animation (e.g. by axe) would be wrong.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout });
}

/** Switches person through the header's person switcher (keyboard-free click path) and waits for the reload. */
export async function switchPerson(page: Page, displayName: string): Promise<void> {
  await page.getByRole('combobox', { name: PageStrings.PersonSwitcherLabel }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('option', { name: new RegExp(`^${displayName}\\b`) }).click()]);
  await waitForViewReady(page);
}

/** JSON of a GET made by the page itself (so its cookie, i.e. the signed-in person, applies). */
export function fetchInPage<T>(page: Page, url: string, headers: Record<string, string> = { Accept: 'application/json' }): Promise<T> {
  return page.evaluate(
    async ([u, h]) => {
      const res = await fetch(u, { headers: h });
      if (!res.ok) throw new Error(`${u}: ${res.status}`);
      return res.json();
    },
    [url, headers] as const
  ) as Promise<T>;
}

/**
 * Items of a PMO list matching an OData `$filter`, as SharePoint REST stores them (read by the page,
 * as the signed-in person). `expand` names person or lookup fields selected as `Person/Title`.
 */
export async function listItems<T>(page: Page, list: string, filter: string, select: string, expand?: string): Promise<T[]> {
  const query = `$select=${select}&$filter=${encodeURIComponent(filter)}&$top=5000${expand ? `&$expand=${expand}` : ''}`;
  const url = `/sites/pmo/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?${query}`;
  return (await fetchInPage<{ value: T[] }>(page, url, { Accept: 'application/json;odata=nometadata' })).value;
}

/**
 * Another person saves an item through SharePoint REST (digest, MERGE, IF-Match: *), outside the page:
 * what a colleague's save between opening and saving a form looks like to the page.
 */
export async function saveAsSomeoneElse(tenant: RunningTenant, list: string, id: number, fields: Record<string, unknown>, as = 'meganb@contoso.com'): Promise<void> {
  const cookie = `pmo_user=${encodeURIComponent(as)}`;
  const info = await fetch(`${tenant.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', Cookie: cookie } });
  if (info.status !== 200) throw new Error(`contextinfo: ${info.status} ${await info.text()}`);
  const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
  const res = await fetch(`${tenant.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items(${id})`, {
    method: 'POST',
    headers: {
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/json;odata=nometadata',
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
      'X-RequestDigest': digest,
      Cookie: cookie
    },
    body: JSON.stringify(fields)
  });
  if (res.status !== 204) throw new Error(`MERGE ${list} ${id}: ${res.status} ${await res.text()}`);
}

/** Clicks a command that downloads a file; returns the file's suggested name and text (UTF-8, BOM dropped). */
export async function downloadText(command: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([command.page().waitForEvent('download'), command.click()]);
  const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  return { name: download.suggestedFilename(), text };
}

/** Opens a tab of the PMO Project workspace (RAID, Costs, Resources) and waits until it has loaded. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tab', { name, selected: true }).waitFor();
  await waitForViewReady(page);
}

/**
 * Opens a record for editing with its "Edit <name>" command (within `scope`, e.g. one row) and returns
 * the edit panel, once its heading shows.
 */
export async function openEditPanel(scope: Page | Locator, name: string, heading = name): Promise<Locator> {
  const edit = (n: string): string => strings.RecordEditNamed.replace('{0}', n);
  await scope.getByRole('button', { name: edit(name), exact: true }).click();
  const page = 'waitForEvent' in scope ? scope : scope.page();
  const panel = page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
  await panel.getByRole('heading', { name: edit(heading), exact: true }).waitFor();
  return panel;
}

/** The rows of an exported CSV as objects keyed by the header row's labels. */
export function csvRows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Picks an option of the Fluent Dropdown labelled `label` within `scope` (its accessible name is the
 * label followed by the selected text). The option list is a layer of its own, so it is looked up in
 * the page. A multi-select dropdown stays open: Escape closes it.
 */
export async function chooseOption(scope: Page | Locator, label: string, option: string, opts: { multi?: boolean } = {}): Promise<void> {
  const page = 'waitForEvent' in scope ? scope : scope.page();
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
  await scope.getByRole('combobox', { name }).click();
  const choice = page.getByRole('listbox', { name: label }).getByRole('option', { name: option, exact: true });
  if (opts.multi) {
    // A multi-select option is a checkbox whose drawn box covers the input: click its label, as a person does.
    await page.locator(`label[for="${await choice.getAttribute('id')}"]`).click();
    await page.keyboard.press('Escape');
  } else {
    await choice.click();
  }
  await page.getByRole('listbox', { name: label }).waitFor({ state: 'detached' });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE = require.resolve('axe-core/axe.min.js');

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) in the page; returns the violations. */
export async function runAxe(page: Page, selector?: string): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's Content-Security-Policy does not apply to (a <script>
  // tag would be refused, as it should be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, selector);
}

/** Violations that block people (serious, critical), formatted so a failing test says what and where. */
export function blocking(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A demo tenant and Chromium with the local PMO page open. */
export interface IPageSession {
  tenant: RunningTenant;
  browser: TestBrowser;
  pmo: PmoPage;
}

/** What a session opens: fixed options, or options worked out from the started tenant (e.g. whom to act as). */
export type SessionOpen = OpenOptions | ((tenant: RunningTenant) => Promise<OpenOptions>);

/** Starts a demo tenant and Chromium and opens the local PMO page. */
export async function openPageSession(open: SessionOpen = {}): Promise<IPageSession> {
  const tenant = await startPageTenant();
  const browser = await launchBrowser();
  const pmo = await openPmoPage(browser, tenant, typeof open === 'function' ? await open(tenant) : open);
  return { tenant, browser, pmo };
}

/** Closes what a session started (safe when it failed half-way). */
export async function closeSession(s: Partial<IPageSession>): Promise<void> {
  await s.browser?.close();
  await s.tenant?.stop();
}

/**
 * Registers beforeAll/afterAll that open (and close) a page session for the enclosing describe; the
 * returned object is filled before the first test runs. `ready` waits for the view to settle.
 */
export function usePageSession(open: SessionOpen = {}, ready?: (pmo: PmoPage) => Promise<void>): IPageSession {
  const session = {} as IPageSession;
  beforeAll(async () => {
    Object.assign(session, await openPageSession(open));
    if (ready) await ready(session.pmo);
  });
  afterAll(() => closeSession(session));
  return session;
}

/** A page session with the PMO Project view open on one project. */
export interface IProjectSession extends IPageSession {
  projectId: number;
}

/** Starts a demo tenant and Chromium and opens the PMO Project view of the project with this code. */
export async function openProjectSession(code: string): Promise<IProjectSession> {
  const s = await openPageSession({ view: 'register' });
  const [{ Id: projectId }] = await listItems<{ Id: number }>(s.pmo.page, 'PMO Projects', `PmoCode eq '${code}'`, 'Id');
  await s.pmo.goto('project', projectId);
  return { ...s, projectId };
}


/**
 * Registers beforeAll/afterAll that open (and close) a project session for the enclosing describe;
 * the returned object is filled before the first test runs.
 */
export function useProjectSession(code: string): IProjectSession {
  const session = {} as IProjectSession;
  beforeAll(async () => {
    Object.assign(session, await openProjectSession(code));
  });
  afterAll(() => closeSession(session));
  return session;
}
