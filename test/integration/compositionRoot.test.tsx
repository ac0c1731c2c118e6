/**
 * The SPFx composition root against the real local tenant (design.md §2): a narrow context object like
 * the one SharePoint and Teams hand the web part (page context with the web URL, a Graph client
 * factory, the Teams SDK with a group id) must build working services and render the web part's root.
 *
 * Node environment, because PnPjs and the Graph client need Node's fetch; the React tree is rendered
 * into a jsdom document installed on the global object before React loads (react-dom decides whether
 * it can use the DOM when it is first imported), hence the dynamic imports in beforeAll.
 */
import { JSDOM } from 'jsdom';
import { Client } from '@microsoft/microsoft-graph-client';
import type * as ReactNS from 'react';
import type * as RtlNS from '@testing-library/react';
import type * as RootNS from '../../src/webparts/common/compositionRoot';
import type * as PmoRootNS from '../../src/webparts/common/PmoRoot';
import type * as PropsNS from '../../src/webparts/common/properties';
import type * as ThemeNS from '../../src/webparts/common/theme';
import type { ProjectDraft } from '../../src/model/types';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';

jest.setTimeout(180_000);

let dom: JSDOM | undefined;

function installDom(): void {
  dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://localhost/', pretendToBeVisual: true });
  const w = dom.window as unknown as Record<string, unknown>;
  const names = ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'Element', 'Node', 'Text', 'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'DocumentFragment'];
  for (const name of names) {
    const value = name === 'window' ? dom.window : w[name];
    const bound = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(dom.window) : value;
    Object.defineProperty(globalThis, name, { value: bound, configurable: true, writable: true });
  }
  // React's scheduler would keep a MessageChannel port open (and jest alive) once it sees a window;
  // without MessageChannel it schedules with setTimeout.
  Object.defineProperty(globalThis, 'MessageChannel', { value: undefined, configurable: true, writable: true });
}

let React: typeof ReactNS;
let rtl: typeof RtlNS;
let root: typeof RootNS;
let pmoRoot: typeof PmoRootNS;
let props: typeof PropsNS;
let theme: typeof ThemeNS;
let Portfolio: React.FC;
let ProjectWorkspace: React.FC<{ projectId?: number; groupId?: string }>;

let tenant: RunningTenant;
beforeAll(async () => {
  installDom();
  React = await import('react');
  // RTL would register its afterEach cleanup on import, which jest refuses inside beforeAll; each test unmounts.
  process.env.RTL_SKIP_AUTO_CLEANUP = 'true';
  rtl = await import('@testing-library/react');
  root = await import('../../src/webparts/common/compositionRoot');
  pmoRoot = await import('../../src/webparts/common/PmoRoot');
  props = await import('../../src/webparts/common/properties');
  theme = await import('../../src/webparts/common/theme');
  Portfolio = (await import('../../src/components/Portfolio')).Portfolio;
  ProjectWorkspace = (await import('../../src/components/ProjectWorkspace')).ProjectWorkspace;
  // A PMO site with the lists in place; the setup test starts an empty one of its own.
  tenant = await startLocalTenant({ seed: 'none' });
  await (await root.buildServices(shellContext(tenant, tenant.siteUrl, false))).provisioning.ensure();
});

afterAll(async () => {
  rtl?.cleanup();
  await tenant?.stop();
  // pretendToBeVisual runs an animation-frame timer that would keep jest alive.
  dom?.window.close();
});
const GROUP_ID = '3f0c2a5e-6d1b-4c8e-9a2f-0b7d5e4c1a90';

/**
 * What SharePoint/Teams hand the web part, reduced to the narrow shape and pointed at a local tenant;
 * the Teams theme handlers it is given are collected in `themeHandlers` (each test passes its own).
 */
function shellContext(on: RunningTenant, webUrl: string, teams: boolean, themeHandlers: ((theme: string) => void)[] = []): RootNS.IPmoShellContext {
  return {
    pageContext: { web: { absoluteUrl: webUrl }, legacyPageContext: { formDigestValue: '', formDigestTimeoutSeconds: 0 } },
    msGraphClientFactory: {
      getClient: async () =>
        Client.initWithMiddleware({
          baseUrl: on.origin,
          customHosts: new Set(['localhost']),
          // The local tenant treats a bearer token that is a person's mail as that person.
          authProvider: { getAccessToken: async () => 'pmo.manager@contoso.com' }
        })
    },
    sdks: teams
      ? {
          microsoftTeams: {
            teamsJs: {
              app: {
                getContext: async () => ({ app: { theme: 'dark' }, team: { groupId: GROUP_ID } }),
                registerOnThemeChangeHandler: (h: (t: string) => void) => themeHandlers.push(h)
              }
            }
          }
        }
      : undefined
  };
}

function draft(title: string, over: Partial<ProjectDraft>): ProjectDraft {
  return { title, code: '', description: '', phase: 'Execution', health: 'Green', priority: 'Medium', department: 'IT', ...over };
}

/** Sequence number of the tenant's newest log entry, to read only what a step caused. */
async function logMark(on: RunningTenant): Promise<number> {
  const log = await on.control<{ seq: number }[]>('GET', 'log');
  return log.length ? log[log.length - 1].seq : 0;
}

// Each test builds what it needs (services, projects, handlers) and asserts only on that: no test
// depends on another having run, or on the order.
describe('SPFx composition root on the local tenant', () => {
  it('reads the Teams host: the team group id and the Teams theme, and follows theme changes', async () => {
    const themeHandlers: ((theme: string) => void)[] = [];
    const ctx = shellContext(tenant, tenant.siteUrl, true, themeHandlers);
    await expect(root.readHost(ctx)).resolves.toEqual({ host: 'Teams', groupId: GROUP_ID, teamsTheme: 'dark' });
    const seen: string[] = [];
    const stop = root.followTeamsTheme(ctx, (t) => seen.push(t));
    themeHandlers.forEach((h) => h('contrast'));
    stop();
    themeHandlers.forEach((h) => h('default'));
    expect(seen).toEqual(['contrast']);
  });

  it('builds services that offer setup on an empty site, provision it, then render the portfolio', async () => {
    const empty = await startLocalTenant({ seed: 'none' });
    try {
      const ctx = shellContext(empty, empty.siteUrl, true);
      const services = await root.buildServices(ctx);
      const host = await root.readHost(ctx);
      const { render, screen, fireEvent } = rtl;
      const view = render(
        React.createElement(pmoRoot.PmoRoot, {
          name: 'PmoPortfolio',
          theme: theme.teamsTheme(host.teamsTheme),
          services,
          needsLists: true,
          title: 'Portfolio status',
          children: React.createElement(Portfolio)
        })
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Set up PMO lists' }, { timeout: 30_000 }));
      expect(await screen.findByText('There are no projects in the register yet.', undefined, { timeout: 120_000 })).toBeTruthy();
      await expect(services.provisioning.missing()).resolves.toEqual([]);
      view.unmount();
    } finally {
      await empty.stop();
    }
  });

  it('writes and reads through the built services, and renders the team\'s project from its group id', async () => {
    const ctx = shellContext(tenant, tenant.siteUrl, true);
    const services = await root.buildServices(ctx);
    const created = await services.projects.create(draft('Teams project', { code: 'PRJ-0101', groupId: GROUP_ID, budget: 1000, forecastCost: 1200, percentComplete: 30 }));
    await services.projects.create(draft('Other project', { code: 'PRJ-0102', health: 'Red', phase: 'Planning' }));
    expect(created.groupId).toBe(GROUP_ID);

    const host = await root.readHost(ctx);
    const target = props.projectTarget('', host.groupId);
    expect(target).toEqual({ groupId: GROUP_ID });
    const { render, screen } = rtl;
    const view = render(
      React.createElement(pmoRoot.PmoRoot, {
        name: 'PmoProject',
        theme: theme.teamsTheme(host.teamsTheme),
        services,
        needsLists: true,
        children: React.createElement(ProjectWorkspace, target)
      })
    );
    expect((await screen.findAllByText('Teams project', undefined, { timeout: 60_000 })).length).toBeGreaterThan(0);
    expect(screen.queryByText('Other project')).toBeNull();
    view.unmount();
  });

  it('reads the PMO site it is configured with when the page is on another site (a Teams tab on the team site)', async () => {
    const pmo = await root.buildServices(shellContext(tenant, tenant.siteUrl, false));
    await pmo.projects.create(draft('Seen from the team site', { code: 'PRJ-0201' }));
    const mark = await logMark(tenant);
    const teamSite = `${tenant.origin}/sites/team-a`;
    const ctx = shellContext(tenant, teamSite, true);
    // The page's digest belongs to the team site, so it is not handed to the PMO site's client.
    expect(root.clientContext({ ...ctx, pageContext: { ...ctx.pageContext, legacyPageContext: { formDigestValue: '0xTEAM,1', formDigestTimeoutSeconds: 1800 } } }, tenant.siteUrl).pageContext).toEqual({
      web: { absoluteUrl: tenant.siteUrl },
      legacyPageContext: { formDigestValue: '', formDigestTimeoutSeconds: 0 }
    });
    const remote = await root.buildServices(ctx, tenant.siteUrl);
    const { render, screen } = rtl;
    const view = render(
      React.createElement(pmoRoot.PmoRoot, { name: 'PmoPortfolio', theme: theme.teamsTheme('default'), services: remote, needsLists: true, children: React.createElement(Portfolio) })
    );
    expect(await screen.findByText('Seen from the team site', undefined, { timeout: 60_000 })).toBeTruthy();
    view.unmount();
    const log = await tenant.control<{ path: string }[]>('GET', `log?since=${mark}`);
    const spPaths = log.map((e) => e.path).filter((p) => p.includes('/_api/'));
    expect(spPaths.length).toBeGreaterThan(0);
    expect(spPaths.every((p) => p.startsWith('/sites/pmo/_api/'))).toBe(true);
  });

  it('in Teams without a configured site (a personal app) reads the PMO site from the tenant setting PmoHubSiteUrl, and falls back to the current site when it is unset', async () => {
    const rootSite = `${tenant.origin}/sites/root-for-personal-app`;
    const ctx = shellContext(tenant, rootSite, true);
    expect(await root.tenantPmoSite(ctx)).toBeUndefined();
    await tenant.control('POST', 'storage-entity', { key: 'PmoHubSiteUrl', value: `${tenant.siteUrl}/` });
    try {
      expect(await root.tenantPmoSite(ctx)).toBe(tenant.siteUrl);
      const mark = await logMark(tenant);
      const services = await root.buildServices(ctx, '', { host: 'Teams' });
      expect((await services.projects.list()).length).toBeGreaterThan(0);
      const log = await tenant.control<{ path: string }[]>('GET', `log?since=${mark}`);
      const listReads = log.map((e) => e.path).filter((p) => p.includes('/lists/'));
      expect(listReads.length).toBeGreaterThan(0);
      expect(listReads.every((p) => p.startsWith('/sites/pmo/_api/'))).toBe(true);
      // On a SharePoint page the setting is not consulted: an empty site URL means this site.
      expect(root.clientContext(shellContext(tenant, rootSite, false), '').pageContext.web.absoluteUrl).toBe(rootSite);
    } finally {
      await tenant.control('POST', 'storage-entity', { key: 'PmoHubSiteUrl', value: '' });
    }
  });
});
