import * as React from 'react';
import { PropertyPaneCheckbox, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import { DEFAULT_REGISTER_COLUMNS, ProjectRegister, REGISTER_COLUMNS } from '../../components/ProjectRegister';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import { toggleColumn, type IPmoWebPartProps } from '../common/properties';

export interface IPmoProjectRegisterWebPartProps extends IPmoWebPartProps {
  /** Keys of REGISTER_COLUMNS to show, in order; the register's defaults when unset or empty. */
  columns?: string[];
}

// Checkbox values land in throw-away properties; onPropertyPaneFieldChanged folds them into `columns`.
const CHOICE_PREFIX = 'column_';

/** PMO Project Register: the register of all projects, with the columns chosen in the pane. */
export default class PmoProjectRegisterWebPart extends PmoWebPartBase<IPmoProjectRegisterWebPartProps> {
  protected readonly rootName: string = 'PmoProjectRegister';

  protected renderContent(): React.ReactElement {
    return React.createElement(ProjectRegister, { columns: this.shownColumns() });
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
      const key = propertyPath.substring(CHOICE_PREFIX.length);
      const all = REGISTER_COLUMNS.map((c) => c.key);
      this.properties.columns = toggleColumn(this.shownColumns(), all, key, newValue === true);
      delete (this.properties as Record<string, unknown>)[propertyPath];
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  private shownColumns(): string[] {
    const columns = this.properties.columns;
    return columns && columns.length ? columns : DEFAULT_REGISTER_COLUMNS;
  }
}
