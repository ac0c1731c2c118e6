import type * as React from 'react';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import {
  PropertyPaneTextField,
  type IPropertyPaneConfiguration,
  type IPropertyPaneGroup
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { logError } from '../../components/common/errorMessage';
import type { IPmoServices } from '../../services/types';
import { buildServices, followTeamsTheme, readHost, type IHostInfo, type IPmoShellContext } from './compositionRoot';
import { renderRoot, unmountRoot } from './PmoRoot';
import { effectiveSiteUrl, validateSiteUrl, type IPmoWebPartProps } from './properties';
import { spfxTheme, teamsTheme, type TeamsThemeName } from './theme';

/**
 * The shared shell of the four PMO web parts: builds the services once from a narrow context, reads
 * the host (page or Teams tab), follows the theme, renders the root in an error boundary and
 * unmounts it on dispose. Subclasses only say what their root is and what their pane adds.
 */
export abstract class PmoWebPartBase<TProps extends IPmoWebPartProps> extends BaseClientSideWebPart<TProps> {
  /** Names the web part in logs and in the error boundary. */
  protected abstract readonly rootName: string;
  /** False for web parts that read no PMO list (no provisioning offer). */
  protected readonly needsLists: boolean = true;

  private _services: IPmoServices | undefined;
  private _startError: unknown;
  /** The PMO site the current services were built for, so a changed siteUrl rebuilds them. */
  private _builtFor: string | undefined;
  private _host: IHostInfo = { host: 'SharePoint' };
  private _spTheme: IReadonlyTheme | undefined;
  private _teamsTheme: TeamsThemeName | undefined;
  private _stopTeamsTheme: (() => void) | undefined;
  private _disposed: boolean = false;

  /** The web part's own root element (rendered inside PmoRoot). */
  protected abstract renderContent(host: IHostInfo): React.ReactElement;

  /** Extra property pane groups after the common ones; none by default. */
  protected paneGroups(): IPropertyPaneGroup[] {
    return [];
  }

  /** The heading PmoRoot renders; a subclass whose root shows the title itself returns undefined. */
  protected rootTitle(): string | undefined {
    return this.properties.title;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._host = await readHost(this.shellContext());
    this._teamsTheme = this._host.teamsTheme;
    if (this._host.host === 'Teams') {
      this._stopTeamsTheme = followTeamsTheme(this.shellContext(), (t) => {
        this._teamsTheme = t;
        this.render();
      });
    }
    await this.start();
  }

  public render(): void {
    if (this._disposed) return;
    if (this._builtFor !== undefined && this._builtFor !== this.siteUrl()) {
      // The page author changed the PMO site URL: rebuild the services, render again when they are ready.
      this.start().catch((e) => logError(this.rootName, e));
    }
    renderRoot(this.domElement, {
      name: this.rootName,
      theme: this._host.host === 'Teams' ? teamsTheme(this._teamsTheme) : spfxTheme(this._spTheme as PartialTheme | undefined),
      services: this._services,
      startError: this._startError,
      needsLists: this.needsLists,
      title: this.rootTitle(),
      children: this.renderContent(this._host)
    });
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this._spTheme = theme;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    this._disposed = true;
    this._stopTeamsTheme?.();
    unmountRoot(this.domElement);
    super.onDispose();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.WebPartPaneDescription },
          groups: [
            {
              groupName: strings.WebPartPaneDisplayGroup,
              groupFields: [PropertyPaneTextField('title', { label: strings.WebPartPaneTitleLabel })]
            },
            ...this.paneGroups(),
            {
              groupName: strings.WebPartPaneDataGroup,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.WebPartPaneSiteUrlLabel,
                  description: strings.WebPartPaneSiteUrlDescription,
                  onGetErrorMessage: validateSiteUrl,
                  deferredValidationTime: 500
                })
              ]
            }
          ]
        }
      ]
    };
  }

  /** The narrow context the composition root reads; nothing else of WebPartContext reaches it. */
  private shellContext(): IPmoShellContext {
    const { pageContext, msGraphClientFactory, sdks } = this.context;
    return {
      pageContext: {
        web: { absoluteUrl: pageContext.web.absoluteUrl },
        user: { loginName: pageContext.user.loginName },
        legacyPageContext: pageContext.legacyPageContext
      },
      msGraphClientFactory,
      sdks
    };
  }

  private siteUrl(): string {
    return effectiveSiteUrl(this.properties.siteUrl, this.context.pageContext.web.absoluteUrl);
  }

  /** Builds the services for the current PMO site; a failure is shown in place of the content. */
  private async start(): Promise<void> {
    const target = this.siteUrl();
    this._builtFor = target;
    try {
      const services = await buildServices(this.shellContext(), this.properties.siteUrl);
      if (this._builtFor !== target) return;
      this._services = services;
      this._startError = undefined;
    } catch (e) {
      if (this._builtFor !== target) return;
      logError(`${this.rootName}: buildServices`, e);
      this._services = undefined;
      this._startError = e;
    }
    if (this.renderedOnce) this.render();
  }
}
