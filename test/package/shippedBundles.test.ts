/**
 * The JavaScript the .sppkg ships, run (issue 14). The web part bundles, lazy chunks and loc file are
 * taken out of sharepoint/solution/pmo-hub.sppkg (run `npm run build` first) and loaded in Chromium
 * through an AMD loader (host/amdLoader.js) with stand-ins for the SPFx host modules
 * (host/spfxHost.js), from the local tenant's origin, as a SharePoint page or a Teams tab would.
 * Each web part gets a context pointing at the local tenant's PMO site and must show real data,
 * fetch its lazy chunks and loc strings, and raise no error. A broken webpack configuration,
 * externals list, loc module or chunk path fails here.
 *
 * It also measures what the issue budgets: the gzipped JavaScript a page downloads before its first
 * data request (SharePoint REST or Graph), for each web part alone and for a page with all four.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import type { Page, Request } from 'playwright-core';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { launchBrowser, type TestBrowser } from '../browser/helpers';
import { readPackage, type IComponentManifest } from './sppkg';

jest.setTimeout(240_000);

const root = path.resolve(__dirname, '../..');
const nodeFile = (p: string): Buffer => fs.readFileSync(require.resolve(p));
/** The real React, ReactDOM and Graph client builds: SharePoint supplies them as components. */
const HOST_LIBS: Record<string, Buffer> = {
  'react.js': nodeFile('react/umd/react.production.min.js'),
  'react-dom.js': nodeFile('react-dom/umd/react-dom.production.min.js'),
  'graph-client.js': nodeFile('@microsoft/microsoft-graph-client/lib/graph-js-sdk.js'),
  'amdLoader.js': fs.readFileSync(path.join(__dirname, 'host/amdLoader.js')),
  'spfxHost.js': fs.readFileSync(path.join(__dirname, 'host/spfxHost.js'))
};
const ALIASES = { portfolio: 'PmoPortfolioWebPart', register: 'PmoProjectRegisterWebPart', project: 'PmoProjectWebPart', meetings: 'PmoMeetingsWebPart' } as const;
type Part = keyof typeof ALIASES;
const KB = 1000;
/**
 * Issue 14's targets for gzipped JavaScript before the first data request: 130 KB per web part alone,
 * 250 KB for a page with all four; both are asserted. Each web part's shell starts its first request
 * (the setup check) from the shared bundle and asks for its view's chunks once that request is on its
 * way (src/webparts/common/firstRequest.ts), so the views download alongside the data, not before it.
 */
const TARGET_ONE = 130 * KB;
const TARGET_PAGE = 250 * KB;
const verdict = (bytes: number, target: number): string => `${(bytes / KB).toFixed(1)} KB, target ${target / KB} KB ${bytes <= target ? 'met' : 'NOT met'}`;

let tenant: RunningTenant;
let browser: TestBrowser;
let assets: Map<string, Buffer>;
let manifests: Map<string, IComponentManifest>;
let strings: Record<string, string>;
let digest: string;
let projects: { Id: number; Title: string; PmoCode: string; GroupId: string | null; TeamsChannelId: string | null }[];

const manifestOf = (part: Part): IComponentManifest => [...manifests.values()].find((m) => m.alias === ALIASES[part])!;

beforeAll(async () => {
  const pkg = await readPackage();
  assets = pkg.assets;
  manifests = pkg.manifests;
  // The shipped loc file, evaluated as the AMD module it is, so the test expects what the page shows.
  const locFile = [...assets.keys()].find((n) => /^PmoHubStrings_en-us_/.test(n))!;
  vm.runInNewContext(assets.get(locFile)!.toString('utf8'), { define: (_deps: string[], f: () => Record<string, string>) => (strings = f()) });
  tenant = await startLocalTenant({ seed: 'demo' });
  const headers = { Accept: 'application/json;odata=nometadata' };
  const info = await fetch(`${tenant.siteUrl}/_api/contextinfo`, { method: 'POST', headers });
  digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
  const list = await fetch(`${tenant.siteUrl}/_api/web/lists/getbytitle('PMO%20Projects')/items?$select=Id,Title,PmoCode,GroupId,TeamsChannelId&$top=500`, { headers });
  projects = ((await list.json()) as { value: typeof projects }).value;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await tenant?.stop();
});

interface IMountSpec {
  part: Part;
  properties?: Record<string, unknown>;
  /** The site the page is on; the PMO site unless given (a Teams tab runs on the team's site). */
  webUrl?: string;
  teams?: { groupId: string; channelId?: string; theme?: string; teamName?: string };
}

interface IHostPage {
  page: Page;
  /** Asset files the page fetched from the package, in order. */
  fetched: string[];
  /** Console errors, page errors, failed requests and HTTP errors, as readable lines. */
  problems(): string[];
  /** Gzipped bytes of the package's JavaScript requested before the first SharePoint REST or Graph request. */
  jsBeforeFirstData(): { bytes: number; files: string[] };
  /** Gzipped bytes of all the package's JavaScript fetched so far (what the views needed to show their data). */
  jsFetched(): number;
}

const ASSET_BASE = '/__shipped/assets/';

const gzipped = (files: string[]): number => files.reduce((n, f) => n + zlib.gzipSync(assets.get(f)!, { level: 9 }).length, 0);

/** Opens a page on the tenant's origin that mounts the given web parts from the package. */
async function openHost(specs: IMountSpec[]): Promise<IHostPage> {
  const page = await browser.newPage();
  const fetched: string[] = [];
  const requests: Request[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  const body = specs.map((s, i) => `<section aria-label="${ALIASES[s.part]}"><div id="wp${i}"></div></section>`).join('');
  await page.route(`${tenant.origin}/__shipped/**`, async (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === '/__shipped/host.html') {
      const libs = Object.keys(HOST_LIBS).map((f) => `<script src="/__shipped/lib/${f}"></script>`).join('\n');
      // Fluent UI would fetch Segoe UI from the Office CDN; this stand-in CDN has no fonts (204 below).
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PMO Hub shipped bundles</title><link rel="icon" href="data:,">
<script>window.FabricConfig = { fontBaseUrl: '/__shipped/fonts' };</script>${libs}</head><body><main>${body}</main></body></html>`;
      return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    }
    if (p.startsWith('/__shipped/lib/')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: HOST_LIBS[p.substring(15)] });
    if (p.startsWith('/__shipped/fonts/')) return route.fulfill({ status: 204 });
    if (p.startsWith(ASSET_BASE)) {
      const name = decodeURIComponent(p.substring(ASSET_BASE.length));
      const file = assets.get(name);
      if (!file) return route.fulfill({ status: 404, body: `not in the package: ${name}` });
      fetched.push(name);
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: file });
    }
    return route.fulfill({ status: 404, body: 'unknown' });
  });
  await page.goto(`${tenant.origin}/__shipped/host.html`);
  await page.evaluate(
    async ({ mounts, base }) => {
      const host = (window as unknown as { pmoHost: { mount(o: unknown): Promise<unknown> } }).pmoHost;
      // One web part after another, as SharePoint's page loads them (each awaits its manifest's modules).
      await Promise.all(mounts.map((m, i) => host.mount({ ...m, baseUrl: base, element: document.getElementById(`wp${i}`) })));
    },
    {
      base: ASSET_BASE,
      mounts: specs.map((s) => ({
        manifest: manifestOf(s.part),
        properties: { title: '', siteUrl: '', ...s.properties },
        webUrl: s.webUrl ?? tenant.siteUrl,
        digest: s.webUrl ? '' : digest,
        teams: s.teams
      }))
    }
  );
  return {
    page,
    fetched,
    problems: () => problems.concat(fetched.length ? [] : ['nothing fetched from the package']),
    jsBeforeFirstData: () => {
      const first = requests.findIndex((r) => /\/_api\/|\/v1\.0\//.test(new URL(r.url()).pathname));
      const before = (first < 0 ? requests : requests.slice(0, first))
        .map((r) => new URL(r.url()).pathname)
        .filter((p) => p.startsWith(ASSET_BASE) && p.endsWith('.js'))
        .map((p) => decodeURIComponent(p.substring(ASSET_BASE.length)));
      return { bytes: gzipped(before), files: before };
    },
    jsFetched: () => gzipped(fetched.filter((f) => f.endsWith('.js')))
  };
}

/** Waits until nothing is loading in the page (no spinner, no shimmer) and the network is idle. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ms-Spinner, .ms-Shimmer-container'), undefined, { timeout: 60_000 });
}

const hostProblems = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { pmoHost: { problems: string[] } }).pmoHost.problems.slice());
const chunk = (name: string): RegExp => new RegExp(`^chunk\\.${name}_[0-9a-f]+\\.js$`);
/** The portfolio's "Showing {0} of {1} projects…" line for the whole register (any number shown). */
const showing = (total: number): RegExp =>
  new RegExp(`^${strings.PortfolioShowing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{0\\}', '\\d+').replace('\\{1\\}', String(total))}$`);
const report: string[] = [];

afterAll(() => {
  // eslint-disable-next-line no-console -- reason: docs/benchmarks.md records these figures
  if (report.length) console.log(`gzipped JavaScript from the package before the first data request:\n${report.join('\n')}`);
});

describe('the shipped bundles, on a SharePoint page', () => {
  it('the package names every external it imports as a component SharePoint supplies, in the version installed here', () => {
    // The stand-ins replace exactly these; a component SharePoint lacks (or another version) would fail on a real page.
    for (const m of manifests.values()) {
      for (const [name, r] of Object.entries(m.loaderConfig.scriptResources)) {
        if (r.type !== 'component') continue;
        const installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
        expect({ name, version: r.version }).toEqual({ name, version: installed.version });
      }
    }
  });

  it.each([
    ['portfolio', 'pmo-portfolio'],
    ['register', 'pmo-register'],
    ['project', 'pmo-project'],
    ['meetings', 'pmo-meetings']
  ] as [Part, string][])('PMO %s alone renders real data from its lazy chunk and loc file, without errors, and reports its JavaScript before the first data request', async (part, view) => {
    const target = projects.find((p) => p.PmoCode === 'PRJ-0001') ?? projects[0];
    const host = await openHost([{ part, properties: part === 'project' ? { projectId: String(target.Id) } : {} }]);
    const { page } = host;
    try {
      await settled(page);
      if (part === 'portfolio') {
        await page.getByText(showing(projects.length)).waitFor();
        await page.getByText(target.PmoCode, { exact: true }).first().waitFor();
      } else if (part === 'register') {
        await page.getByRole('columnheader', { name: strings.RegisterColCode }).waitFor();
        await page.getByText(target.PmoCode, { exact: true }).first().waitFor();
      } else if (part === 'project') {
        await page.getByRole('heading', { name: target.Title }).waitFor();
        await page.getByText(strings.WorkspaceManager).first().waitFor();
      } else {
        // Meetings from the demo calendars (Graph calendarView), under headings from the shipped loc file.
        await page.getByRole('heading', { name: strings.MeetingsDefaultTitle }).waitFor();
        await page.getByRole('columnheader', { name: strings.MeetingsColMeeting }).waitFor();
        await page.locator('tr[data-meeting]').first().waitFor();
      }
      expect(host.fetched.filter((f) => /^pmo-hub-web-parts_[0-9a-f]+\.js$/.test(f))).toHaveLength(1);
      expect(host.fetched.some((f) => chunk(view).test(f))).toBe(true);
      expect(host.fetched.some((f) => /^PmoHubStrings_en-us_[0-9a-f]+\.js$/.test(f))).toBe(true);
      expect(host.problems().concat(await hostProblems(page))).toEqual([]);
      const js = host.jsBeforeFirstData();
      report.push(`  PMO ${part} alone: ${verdict(js.bytes, TARGET_ONE)} (${js.files.join(', ')}); ${(host.jsFetched() / KB).toFixed(1)} KB in all once it shows its data`);
      // The first request needs the shared bundle and the loc file; the view's chunk follows it (render-as-you-fetch).
      expect(js.files).toEqual(expect.arrayContaining([expect.stringMatching(/^pmo-hub-web-parts_/), expect.stringMatching(/^PmoHubStrings_en-us_/)]));
      expect(js.files.filter((f) => chunk(view).test(f))).toEqual([]);
      expect(js.bytes).toBeLessThanOrEqual(TARGET_ONE);
    } finally {
      await page.close();
    }
  });

  it('a page with all four web parts loads the shared bundle once, each view once, and reports the page’s JavaScript before the first data request', async () => {
    const target = projects[0];
    const host = await openHost([{ part: 'portfolio' }, { part: 'register' }, { part: 'project', properties: { projectId: String(target.Id) } }, { part: 'meetings' }]);
    const { page } = host;
    try {
      await settled(page);
      await page.getByText(showing(projects.length)).waitFor();
      await page.getByRole('columnheader', { name: strings.RegisterColCode }).waitFor();
      await page.getByRole('heading', { name: target.Title }).waitFor();
      await page.getByRole('heading', { name: strings.MeetingsDefaultTitle }).waitFor();
      // Every file at most once: shared code (Fluent UI, PnPjs, services, the shell) is not downloaded per web part.
      expect(host.fetched.filter((f, i) => host.fetched.indexOf(f) !== i)).toEqual([]);
      expect(host.fetched.filter((f) => /^pmo-hub-web-parts_/.test(f) && f.endsWith('.js'))).toHaveLength(1);
      expect(host.problems().concat(await hostProblems(page))).toEqual([]);
      const js = host.jsBeforeFirstData();
      report.push(`  page with all four: ${verdict(js.bytes, TARGET_PAGE)} (${js.files.join(', ')}); ${(host.jsFetched() / KB).toFixed(1)} KB in all once they show their data`);
      expect(js.bytes).toBeLessThanOrEqual(TARGET_PAGE);
    } finally {
      await page.close();
    }
  });
});

describe('the shipped bundles, in a Teams tab', () => {
  it("PMO Project in a project team's channel shows that team's project and follows the Teams theme live", async () => {
    const target = projects.find((p) => p.GroupId)!;
    const host = await openHost([
      {
        part: 'project',
        // A tab runs on the team's own site; the PMO site comes from the web part's properties.
        webUrl: `${tenant.origin}/sites/${target.PmoCode.toLowerCase()}`,
        properties: { siteUrl: tenant.siteUrl },
        teams: { groupId: target.GroupId!, channelId: target.TeamsChannelId ?? undefined, theme: 'default', teamName: target.Title }
      }
    ]);
    const { page } = host;
    try {
      await settled(page);
      await page.getByRole('heading', { name: target.Title }).waitFor();
      const background = (): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('#wp0 > *')!).backgroundColor);
      const light = await background();
      await page.evaluate((id) => (window as unknown as { pmoHost: { setTeamsTheme(i: string, t: string): void } }).pmoHost.setTeamsTheme(id, 'dark'), manifestOf('project').id);
      await page.waitForFunction((before) => getComputedStyle(document.querySelector('#wp0 > *')!).backgroundColor !== before, light);
      expect(await background()).toBe('rgb(31, 31, 31)');
      expect(light).toBe('rgb(255, 255, 255)');
      await page.getByRole('heading', { name: target.Title }).waitFor();
      expect(host.fetched.some((f) => chunk('pmo-project').test(f))).toBe(true);
      expect(host.problems().concat(await hostProblems(page))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
