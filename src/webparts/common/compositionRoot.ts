/**
 * The SPFx composition root, without the SPFx runtime classes: from a narrow context object it builds
 * the services and reads the host (SharePoint page or Teams tab). The web part shells call it with
 * their real context; test/integration/compositionRoot.test.tsx calls it with the local tenant's.
 */
import { createClientsFromContext, type IPmoSpfxContext } from '../../services/clients';
import { createServices } from '../../services';
import type { IPmoServices } from '../../services/types';
import { logError } from '../../components/common/errorMessage';
import { effectiveSiteUrl } from './properties';
import type { TeamsThemeName } from './theme';

/** The slice of TeamsJS v2 (context.sdks.microsoftTeams.teamsJs) the shell uses. */
export interface ITeamsJsLike {
  app: {
    getContext(): Promise<{ app?: { theme?: string; locale?: string }; team?: { groupId?: string }; channel?: { id?: string } }>;
    registerOnThemeChangeHandler?(handler: (theme: string) => void): void;
  };
}

/** The narrow web part context the shell reads: the clients' slice plus the group id and the Teams SDK. */
export interface IPmoShellContext {
  pageContext: IPmoSpfxContext['pageContext'] & { legacyPageContext: { groupId?: string } };
  msGraphClientFactory: IPmoSpfxContext['msGraphClientFactory'];
  /** Present only when hosted in Teams (or Outlook/Office). */
  sdks?: { microsoftTeams?: { teamsJs: ITeamsJsLike } };
}

/** Where the web part runs and what that host says about the project. */
export interface IHostInfo {
  host: 'SharePoint' | 'Teams';
  /** The team's M365 group in Teams; the group-connected site's group on a SharePoint page. */
  groupId?: string;
  /** Teams only: the channel the tab is in (chooses between several projects of one team). */
  channelId?: string;
  /** Teams only: the theme Teams shows now. */
  teamsTheme?: TeamsThemeName;
  /** Teams only: the person's Teams locale (app.locale, e.g. de-DE), for dates and numbers. */
  locale?: string;
}

/**
 * The clients' context for the PMO site. When the lists live on another site (a Teams tab runs on the
 * team's site), the page's request digest belongs to the wrong site, so it is left out and PnPjs asks
 * the PMO site's contextinfo for its own.
 */
export function clientContext(ctx: IPmoShellContext, configuredSiteUrl?: string): IPmoSpfxContext {
  const current = ctx.pageContext.web.absoluteUrl.replace(/\/+$/, '');
  const siteUrl = effectiveSiteUrl(configuredSiteUrl, current);
  if (siteUrl.toLowerCase() === current.toLowerCase()) {
    const { formDigestValue, formDigestTimeoutSeconds } = ctx.pageContext.legacyPageContext;
    return {
      pageContext: { web: { absoluteUrl: current }, user: ctx.pageContext.user, legacyPageContext: { formDigestValue, formDigestTimeoutSeconds } },
      msGraphClientFactory: ctx.msGraphClientFactory
    };
  }
  return {
    pageContext: { web: { absoluteUrl: siteUrl }, user: ctx.pageContext.user, legacyPageContext: { formDigestValue: '', formDigestTimeoutSeconds: 0 } },
    msGraphClientFactory: ctx.msGraphClientFactory
  };
}

/**
 * Builds the web part's services once, for the configured PMO site. Without one, in Teams (a personal
 * app has no property pane) the tenant-wide setting names the PMO site; elsewhere, or when the tenant
 * has none, it is the current site.
 */
export async function buildServices(ctx: IPmoShellContext, configuredSiteUrl?: string, host?: Pick<IHostInfo, 'host'>): Promise<IPmoServices> {
  const configured = (configuredSiteUrl ?? '').trim() || (host?.host === 'Teams' ? await tenantPmoSite(ctx) : undefined);
  const clients = await createClientsFromContext(clientContext(ctx, configured));
  return createServices(clients);
}

/** The tenant property PmoHubSiteUrl (README "PMO Portfolio in Teams"), read on the current site; undefined when unset or unreadable. */
export async function tenantPmoSite(ctx: IPmoShellContext): Promise<string | undefined> {
  try {
    const [settings, here] = await Promise.all([
      import(/* webpackChunkName: 'pmo-tenant-settings' */ '../../services/sharepoint/tenantSettings'),
      createClientsFromContext(clientContext(ctx))
    ]);
    return await settings.readPmoSiteSetting(here.sp);
  } catch (e) {
    // Not fatal: the web part then reads the current site, whose setup check says what is missing.
    logError('Reading the tenant setting PmoHubSiteUrl', e);
    return undefined;
  }
}

/** Normalizes what Teams calls its themes; anything unknown is treated as the default theme. */
export function toTeamsTheme(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Reads the host: in Teams the team's group id and theme from TeamsJS app.getContext(); on a page
 * the site's group id from legacyPageContext. A failing Teams context falls back to the page's group.
 */
export async function readHost(ctx: Pick<IPmoShellContext, 'pageContext' | 'sdks'>): Promise<IHostInfo> {
  const pageGroupId = ctx.pageContext.legacyPageContext.groupId || undefined;
  const teams = ctx.sdks?.microsoftTeams;
  if (!teams) return { host: 'SharePoint', groupId: pageGroupId };
  try {
    const tc = await teams.teamsJs.app.getContext();
    return { host: 'Teams', groupId: tc.team?.groupId || pageGroupId, channelId: tc.channel?.id || undefined, teamsTheme: toTeamsTheme(tc.app?.theme), locale: tc.app?.locale || undefined };
  } catch {
    return { host: 'Teams', groupId: pageGroupId, teamsTheme: 'default' };
  }
}

/**
 * Follows Teams theme changes until the returned function is called. TeamsJS keeps one handler and
 * offers no way to remove it, so disposal switches ours off instead.
 */
export function followTeamsTheme(ctx: Pick<IPmoShellContext, 'sdks'>, onTheme: (theme: TeamsThemeName) => void): () => void {
  let active = true;
  ctx.sdks?.microsoftTeams?.teamsJs.app.registerOnThemeChangeHandler?.((t) => {
    if (active) onTheme(toTeamsTheme(t));
  });
  return () => {
    active = false;
  };
}
