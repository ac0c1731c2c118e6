import type * as React from 'react';
import { PropertyPaneCheckbox, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
// The columns only, not the view: the pane needs them before (and without) the view's chunk.
import { DEFAULT_REGISTER_COLUMNS, REGISTER_COLUMNS } from '../../components/ProjectRegister/columns';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import { toggleColumn, type IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';
import { preloadService } from '../../services/lazyService';
import type { IPmoServices } from '../../services/types';

const VIEW = lazyView('PmoProjectRegister', () =>
  import(/* webpackChunkName: 'pmo-register' */ '../../components/ProjectRegister/ProjectRegister').then((m) => m.ProjectRegister)
);

export interface IPmoProjectRegisterWebPartProps extends IPmoWebPartProps {
  /** Keys of REGISTER_COLUMNS to show, in order; the register's defaults when unset or empty. */
  columns?: string[];
}

// Each checkbox writes a helper property column_<key>; onPropertyPaneFieldChanged folds it into
// `columns` (the web part's contract) and the helpers are removed when the pane closes.
const CHOICE_PREFIX = 'column_';

/** PMO Project Register: the register of all projects, with the columns chosen in the pane. */
export default class PmoProjectRegisterWebPart extends PmoWebPartBase<IPmoProjectRegisterWebPartProps> {
  protected readonly rootName: string = 'PmoProjectRegister';

  protected preloadView(services: IPmoServices | undefined): void {
    VIEW.preload();
    // What the view calls on mount (the register reads the projects), so their chunks are there when it does.
    if (services) [services.projects].forEach(preloadService);
  }

  protected renderContent(): React.ReactElement {
    return VIEW.element({ columns: this.shownColumns() });
  }

  protected paneGroups(): IPropertyPaneGroup[] {
    const shown = this.shownColumns();
    return [
      {
        groupName: strings.WebPartPaneColumnsGroup,
        groupFields: REGISTER_COLUMNS.map((c) =>
          PropertyPaneCheckbox(`${CHOICE_PREFIX}${c.key}`, { text: c.label, checked: shown.indexOf(c.key) >= 0 })
        )
      }
    ];
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath.indexOf(CHOICE_PREFIX) === 0) {
      const all = REGISTER_COLUMNS.map((c) => c.key);
      this.properties.columns = toggleColumn(this.shownColumns(), all, propertyPath.substring(CHOICE_PREFIX.length), newValue === true);
      // Keep every helper equal to `columns`, so the pane shows the same whichever one it reads.
      const shown = this.shownColumns();
      for (const key of all) this.helpers()[`${CHOICE_PREFIX}${key}`] = shown.indexOf(key) >= 0;
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  protected onPropertyPaneConfigurationComplete(): void {
    for (const key of Object.keys(this.helpers())) if (key.indexOf(CHOICE_PREFIX) === 0) delete this.helpers()[key];
    super.onPropertyPaneConfigurationComplete();
  }

  private helpers(): Record<string, unknown> {
    return this.properties as unknown as Record<string, unknown>;
  }

  private shownColumns(): string[] {
    const columns = this.properties.columns;
    return columns && columns.length ? columns : DEFAULT_REGISTER_COLUMNS;
  }
}
