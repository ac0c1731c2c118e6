/**
 * A first visit to an empty PMO site (seed 'none') in Chromium: the web part offers to set up the
 * lists, creates them through the production provisioning service when asked, then shows the
 * (empty) portfolio; the offer does not come back, and the page stays free of console errors.
 */
import * as strings from 'PmoHubStrings';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { BROWSER_TEST_TIMEOUT, launchBrowser, openPmoPage, waitForViewReady, blocking, runAxe, type TestBrowser } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('local PMO page on an empty site', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none', page: true, timeoutMs: BROWSER_TEST_TIMEOUT - 30_000 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  it('offers to set up the PMO lists, sets them up, then shows the empty portfolio', async () => {
    const pmo = await openPmoPage(browser, tenant);
    const { page } = pmo;
    const offer = page.getByRole('region', { name: strings.SetupTitle });
    await offer.waitFor();
    // The offer names what is missing: all seven lists on an empty site.
    expect(await offer.innerText()).toContain('PMO Projects');
    expect(blocking(await runAxe(page))).toEqual([]);

    await page.getByRole('button', { name: strings.SetupButton }).click();
    await page.getByText(/The PMO lists are ready \(\d+ changes made\)\./).waitFor({ timeout: 60_000 });
    await page.getByText(strings.PortfolioEmpty).waitFor();

    const lists = await (await fetch(`${tenant.siteUrl}/_api/web/lists?$select=Title`, { headers: { Accept: 'application/json' } })).json();
    expect((lists as { value: { Title: string }[] }).value.map((l) => l.Title)).toEqual(expect.arrayContaining(['PMO Projects', 'PMO Costs', 'PMO Allocations']));

    // A reload finds the lists in place: no offer, straight to the portfolio.
    await page.reload();
    await waitForViewReady(page);
    await page.getByText(strings.PortfolioEmpty).waitFor();
    expect(await page.getByRole('button', { name: strings.SetupButton }).count()).toBe(0);
    expect(pmo.consoleProblems()).toEqual([]);
  });
});
