import type * as React from 'react';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import {
  PropertyPaneTextField,
  type IPropertyPaneConfiguration,
  type IPropertyPaneGroup
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'PmoHubStrings';
import { logError } from '../../components/common/errorMessage';
import type { IPmoServices } from '../../services/types';
import { setFormatLocale } from '../../model/locale';
import type { IHostInfo, IPmoShellContext } from './compositionRoot';
import { renderRoot, unmountRoot } from './PmoRoot';
import { PmoShell } from './PmoShell';
import { validateSiteUrl, type IPmoWebPartProps } from './properties';

/**
 * The shared shell of the four PMO web parts: forwards SPFx's lifecycle to a PmoShell (host, theme,
 * services built from a narrow context), renders the root in an error boundary and unmounts it on
 * dispose. Subclasses only say what their root is and what their pane adds.
 */
export abstract class PmoWebPartBase<TProps extends IPmoWebPartProps> extends BaseClientSideWebPart<TProps> {
  /** Names the web part in logs and in the error boundary. */
  protected abstract readonly rootName: string;
  /** False for web parts that read no PMO list (no provisioning offer). */
  protected readonly needsLists: boolean = true;

  private _shell: PmoShell | undefined;
  /** SPFx may report the section's theme before onInit; kept until the shell exists. */
  private _pageTheme: IReadonlyTheme | undefined;

  /** The web part's own root element (rendered inside PmoRoot). */
  protected abstract renderContent(host: IHostInfo): React.ReactElement;

  /**
   * Starts the download of the web part's view chunk and of the services it calls first (absent when
   * the services could not be built). The shell calls it once the first data request is on its way,
   * so they download alongside it (render-as-you-fetch, firstRequest.ts).
   */
  protected preloadView(services: IPmoServices | undefined): void {
    // A web part without a lazy view has nothing to start.
  }

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
    // Dates, numbers and amounts in the person's regional format; the strings come from the loc module
    // SPFx picked for the UI culture (config.json localizedResources).
    setFormatLocale(this.context.pageContext.cultureInfo.currentCultureName);
    this._shell = new PmoShell({
      name: this.rootName,
      context: this.shellContext(),
      checkSetup: this.needsLists,
      onFirstRequest: (services) => this.preloadView(services),
      onChange: () => {
        if (this.renderedOnce) this.render();
      }
    });
    this._shell.setPageTheme(this._pageTheme);
    await this._shell.start(this.properties.siteUrl);
  }

  /** Renders the shell's current state; it never starts work (services are built in onInit and on a pane change). */
  public render(): void {
    const shell = this._shell;
    if (!shell || shell.disposed) return;
    const { host, ...state } = shell.state;
    renderRoot(this.domElement, {
      ...state,
      name: this.rootName,
      needsLists: this.needsLists,
      title: this.rootTitle(),
      children: this.renderContent(host)
    });
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    // A new PMO site URL: rebuild the services; the shell renders again when they are ready.
    if (propertyPath === 'siteUrl') this._shell?.setSiteUrl(this.properties.siteUrl).catch((e) => logError(this.rootName, e));
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this._pageTheme = theme;
    this._shell?.setPageTheme(theme);
  }

  protected onDispose(): void {
    this._shell?.dispose();
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
}
