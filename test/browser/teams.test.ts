/**
 * The local page's Teams mode (issue 14): PMO Project hosted as a channel tab, as Teams hosts it. The
 * tab of a demo project's team shows that project with no choice made (the project is the one whose
 * GroupId, as the tenant stores it, is the team's group); an unlinked team tells a non-member whom to
 * ask and lets a PMO member link it (GroupId and TeamsChannelId stored with the ETag); the
 * Teams themes (default, dark, high contrast) switch live and pass axe; a phone width still shows the
 * project. With PMO_SCREENSHOTS=1 it also writes docs/teams-tab-<theme>.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as strings from 'PmoHubStrings';
import type { Locator } from 'playwright-core';
import type { RunningTenant } from '../helpers/localTenant';
import { PageStrings } from '../../local/page/strings';
import { UNLINKED_TEAM_ID } from '../../local/src/seed/graphDemo';
import { BROWSER_TEST_TIMEOUT, actAs, blocking, chooseOption, fetchInPage, launchBrowser, listItems, openPmoPage, runAxe, saveAsSomeoneElse, startPageTenant, waitForViewReady, type PmoPage, type TestBrowser } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

interface IStoredProject {
  Id: number;
  Title: string;
  PmoCode: string;
  GroupId: string | null;
  TeamsChannelId: string | null;
}

describe('local page Teams mode: PMO Project as a channel tab', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;
  let pmo: PmoPage;
  let linked: IStoredProject;
  beforeAll(async () => {
    tenant = await startPageTenant();
    browser = await launchBrowser();
    pmo = await openPmoPage(browser, tenant);
    const stored = await listItems<IStoredProject>(pmo.page, 'PMO Projects', 'Id gt 0', 'Id,Title,PmoCode,GroupId,TeamsChannelId');
    // One project per team, so the team alone decides which project the tab shows.
    linked = stored.find((p) => p.GroupId && stored.filter((o) => o.GroupId === p.GroupId).length === 1)!;
    expect(linked).toBeDefined();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  const tab = (): Locator => pmo.page.getByRole('region', { name: /^Teams channel tab: / });
  const openTeam = async (groupId: string): Promise<void> => {
    const url = `${tenant.origin}/#/teams/${groupId}`;
    // The same address again changes nothing in the page: reload, so a person switched meanwhile is the one served.
    if (pmo.page.url() === url) await pmo.page.reload();
    else await pmo.page.goto(url);
    await waitForViewReady(pmo.page);
  };
  const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A Fluent choice's drawn circle covers its input: click the label, as a person does.
  const choose = (label: string): Promise<void> => pmo.page.locator('label.ms-ChoiceField-field', { hasText: new RegExp(`^${esc(label)}$`) }).click();
  const background = (): Promise<string> => tab().evaluate((el) => getComputedStyle(el).backgroundColor);

  it("shows the team's project, found from the team's group id as the tenant stores it, with no project chosen", async () => {
    await openTeam(linked.GroupId!);
    await tab().getByRole('heading', { name: linked.Title }).waitFor();
    // The tab offers no project picker: the Teams context decided.
    expect(await tab().getByRole('combobox', { name: new RegExp(`^${esc(strings.WorkspacePickLabel)}`) }).count()).toBe(0);
    expect(await tab().getByRole('tab', { name: strings.WorkspaceTabStatus }).count()).toBe(1);
    // The team chosen in the page's Teams chrome is the team whose group the project stores.
    expect(await pmo.page.getByRole('combobox', { name: new RegExp(`^${esc(PageStrings.TeamsTeamLabel)}`) }).innerText()).toContain(linked.Title);
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('follows the three Teams themes live, and each passes axe', async () => {
    await openTeam(linked.GroupId!);
    await tab().getByRole('heading', { name: linked.Title }).waitFor();
    const expected: Record<string, [string, string]> = {
      default: [PageStrings.TeamsThemeDefault, 'rgb(255, 255, 255)'],
      dark: [PageStrings.TeamsThemeDark, 'rgb(31, 31, 31)'],
      contrast: [PageStrings.TeamsThemeContrast, 'rgb(0, 0, 0)']
    };
    for (const [theme, [label, colour]] of Object.entries(expected)) {
      await choose(label);
      await pmo.page.waitForFunction((t) => document.querySelector(`[data-teams-theme="${t}"]`) !== null, theme);
      await waitForViewReady(pmo.page);
      expect({ theme, background: await background() }).toEqual({ theme, background: colour });
      // Still the same project, not re-chosen: a theme switch re-renders in place.
      await tab().getByRole('heading', { name: linked.Title }).waitFor();
      expect({ theme, violations: blocking(await runAxe(pmo.page)) }).toEqual({ theme, violations: [] });
      if (process.env.PMO_SCREENSHOTS) {
        await pmo.page.setViewportSize({ width: 1100, height: 900 });
        await tab().screenshot({ path: path.resolve(__dirname, `../../docs/teams-tab-${theme}.png`) });
      }
    }
    expect(pmo.consoleProblems()).toEqual([]);
  });

  it('at a phone width the tab is 360 px wide and still shows the project', async () => {
    await openTeam(linked.GroupId!);
    await choose(PageStrings.TeamsWidthPhone);
    await tab().getByRole('heading', { name: linked.Title }).waitFor();
    expect(await tab().evaluate((el) => el.getBoundingClientRect().width)).toBe(360);
    await choose(PageStrings.TeamsWidthDesktop);
  });

  it('the tab of a team no project is linked to tells anyone outside the PMO why, and whom to ask', async () => {
    const stored = await listItems<IStoredProject>(pmo.page, 'PMO Projects', `GroupId eq '${UNLINKED_TEAM_ID}'`, 'Id,GroupId');
    expect(stored).toEqual([]);
    await actAs(browser.context, tenant, 'meganb@contoso.com'); // a project manager, not a site collection admin
    try {
      await openTeam(UNLINKED_TEAM_ID);
      await tab().getByRole('heading', { name: strings.TeamLinkAskTitle }).waitFor();
      // Whom to ask: the PMO site's site collection administrators, as SharePoint lists them.
      const contacts = tab().getByRole('list', { name: strings.TeamLinkContactsLabel });
      await contacts.getByText(/Patricia Moreau/).waitFor();
      expect(await contacts.getByRole('link', { name: 'pmo.manager@contoso.com' }).getAttribute('href')).toBe('mailto:pmo.manager@contoso.com');
      expect(await tab().getByRole('button', { name: strings.TeamLinkSave }).count()).toBe(0);
      expect(await tab().getByRole('heading', { name: linked.Title }).count()).toBe(0);
      expect(blocking(await runAxe(pmo.page))).toEqual([]);
    } finally {
      await actAs(browser.context, tenant, 'pmo.manager@contoso.com');
    }
  });

  it('a PMO member links the team from its tab: a project of another team is refused next to the field, then GroupId and TeamsChannelId are stored', async () => {
    await openTeam(UNLINKED_TEAM_ID);
    await tab().getByRole('heading', { name: strings.TeamLinkTitle }).waitFor();
    expect(blocking(await runAxe(pmo.page))).toEqual([]);
    const label = (p: IStoredProject): string => `${p.PmoCode} – ${p.Title}`;
    // A project that already belongs to another team stays there.
    await chooseOption(tab(), strings.TeamLinkProject, label(linked));
    await tab().getByRole('button', { name: strings.TeamLinkSave }).click();
    await tab().getByRole('alert').filter({ hasText: strings.ValidationTeamLinkedElsewhere.replace('{0}', linked.PmoCode) }).waitFor();
    const [unchanged] = await listItems<IStoredProject>(pmo.page, 'PMO Projects', `Id eq ${linked.Id}`, 'Id,GroupId,TeamsChannelId');
    expect(unchanged.GroupId).toBe(linked.GroupId);

    const all = await listItems<IStoredProject>(pmo.page, 'PMO Projects', 'Id gt 0', 'Id,Title,PmoCode,GroupId,TeamsChannelId');
    // Every demo project has its team: one is given none first, as a project new to Teams would be.
    const free = all.find((p) => p.Id !== linked.Id && p.GroupId)!;
    await saveAsSomeoneElse(tenant, 'PMO Projects', free.Id, { GroupId: null, TeamsChannelId: null });
    await openTeam(UNLINKED_TEAM_ID);
    await tab().getByRole('heading', { name: strings.TeamLinkTitle }).waitFor();
    await chooseOption(tab(), strings.TeamLinkProject, label(free));
    await tab().getByRole('button', { name: strings.TeamLinkSave }).click();
    await tab().getByRole('heading', { name: free.Title }).waitFor();
    const channels = await fetchInPage<{ value: { id: string }[] }>(pmo.page, `/v1.0/teams/${UNLINKED_TEAM_ID}/channels`);
    const [saved] = await listItems<IStoredProject>(pmo.page, 'PMO Projects', `Id eq ${free.Id}`, 'Id,Title,PmoCode,GroupId,TeamsChannelId');
    expect(saved).toMatchObject({ GroupId: UNLINKED_TEAM_ID, TeamsChannelId: channels.value[0].id, PmoCode: free.PmoCode, Title: free.Title });
    // Everyone opening the team's tab now gets the project without a choice.
    await openTeam(UNLINKED_TEAM_ID);
    await tab().getByRole('heading', { name: free.Title }).waitFor();
  });
});

// The screenshots are kept in docs/; a run without PMO_SCREENSHOTS leaves them as they are.
if (process.env.PMO_SCREENSHOTS) fs.mkdirSync(path.resolve(__dirname, '../../docs'), { recursive: true });
