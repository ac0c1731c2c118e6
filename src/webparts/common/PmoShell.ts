/**
 * The state behind every PMO web part, without the SPFx runtime classes: the host, the theme and the
 * services built for the PMO site. PmoWebPartBase owns one and only forwards SPFx's lifecycle to it
 * (onInit → start, a changed siteUrl → setSiteUrl, onThemeChanged → setPageTheme, onDispose → dispose),
 * so render() stays a pure function of this state. Tested in test/unit/webparts/PmoShell.test.ts.
 */
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { ITheme, PartialTheme } from '@fluentui/react/lib/Theme';
import { logError } from '../../components/common/errorMessage';
import type { IPmoServices } from '../../services/types';
import { buildServices, followTeamsTheme, readHost, type IHostInfo, type IPmoShellContext } from './compositionRoot';
import { effectiveSiteUrl } from './properties';
import { setFormatLocale } from '../../model/locale';
import { spfxTheme, teamsTheme, type TeamsThemeName } from './theme';
import { afterRequestSent, withSetupCheckStarted } from './firstRequest';

/** What the shell needs from outside: the narrow context and how to build services for a site. */
export interface IPmoShellOptions {
  /** Names the web part in logs. */
  name: string;
  context: IPmoShellContext;
  /** Called whenever what the root shows changed (services built, theme changed); the web part renders. */
  onChange: () => void;
  /** Builds the services; the composition root's by default, a fake in tests. */
  build?: (ctx: IPmoShellContext, configuredSiteUrl?: string, host?: IHostInfo) => Promise<IPmoServices>;
  /** Start the setup check as soon as the services exist (web parts that read the PMO lists). */
  checkSetup?: boolean;
  /**
   * Called once per build, when the first data request is on its way (or the build failed, without
   * services): the web part then asks for its view's chunk and the services the view calls first,
   * which download alongside that request (firstRequest.ts).
   */
  onFirstRequest?: (services: IPmoServices | undefined) => void;
}

/** What PmoRoot needs from the shell. */
export interface IPmoShellState {
  host: IHostInfo;
  theme: ITheme;
  services?: IPmoServices;
  startError?: unknown;
}

export class PmoShell {
  private readonly _options: IPmoShellOptions;
  private _host: IHostInfo = { host: 'SharePoint' };
  private _teamsTheme: TeamsThemeName | undefined;
  private _pageTheme: IReadonlyTheme | undefined;
  private _services: IPmoServices | undefined;
  private _startError: unknown;
  /** The PMO site the newest build is for; an older build that finishes later is dropped. */
  private _builtFor: string | undefined;
  private _stopTeamsTheme: (() => void) | undefined;
  private _disposed: boolean = false;

  public constructor(options: IPmoShellOptions) {
    this._options = options;
  }

  /** Reads the host, follows the Teams theme and builds the services for the configured PMO site. */
  public async start(configuredSiteUrl: string | undefined): Promise<void> {
    const { context } = this._options;
    this._host = await readHost(context);
    // Teams' own locale wins over the page's culture for formats (the person chose it in Teams).
    if (this._host.locale) setFormatLocale(this._host.locale);
    this._teamsTheme = this._host.teamsTheme;
    if (this._host.host === 'Teams' && !this._disposed) {
      this._stopTeamsTheme = followTeamsTheme(context, (t) => {
        this._teamsTheme = t;
        this.changed();
      });
    }
    await this.build(configuredSiteUrl);
  }

  /** The page author changed the PMO site URL: rebuilds the services only when the target site differs. */
  public async setSiteUrl(configuredSiteUrl: string | undefined): Promise<void> {
    if (this._builtFor === this.target(configuredSiteUrl)) return;
    await this.build(configuredSiteUrl);
  }

  /** The SharePoint section's theme (ignored in Teams, which has its own). */
  public setPageTheme(theme: IReadonlyTheme | undefined): void {
    this._pageTheme = theme;
    this.changed();
  }

  public get disposed(): boolean {
    return this._disposed;
  }

  public get state(): IPmoShellState {
    return {
      host: this._host,
      theme: this._host.host === 'Teams' ? teamsTheme(this._teamsTheme) : spfxTheme(this._pageTheme as PartialTheme | undefined),
      services: this._services,
      startError: this._startError
    };
  }

  /** Stops following the Teams theme; a build still under way changes nothing afterwards. */
  public dispose(): void {
    this._disposed = true;
    this._stopTeamsTheme?.();
  }

  private target(configuredSiteUrl: string | undefined): string {
    return effectiveSiteUrl(configuredSiteUrl, this._options.context.pageContext.web.absoluteUrl);
  }

  /** Builds the services for a PMO site; a failure is kept and shown in place of the content. */
  private async build(configuredSiteUrl: string | undefined): Promise<void> {
    const target = this.target(configuredSiteUrl);
    this._builtFor = target;
    const { name, context, build = buildServices } = this._options;
    try {
      // The host says whether the tenant setting may name the PMO site (Teams, no site configured).
      const services = await build(context, configuredSiteUrl, this._host);
      if (this._builtFor !== target) return;
      this._services = this._options.checkSetup ? withSetupCheckStarted(services) : services;
      this._startError = undefined;
    } catch (e) {
      if (this._builtFor !== target) return;
      logError(`${name}: buildServices`, e);
      this._services = undefined;
      this._startError = e;
    }
    const { onFirstRequest } = this._options;
    const built = this._services;
    if (onFirstRequest) afterRequestSent(() => onFirstRequest(built));
    this.changed();
  }

  private changed(): void {
    if (!this._disposed) this._options.onChange();
  }
}
