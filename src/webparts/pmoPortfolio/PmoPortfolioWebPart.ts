import type * as React from 'react';
import { PropertyPaneDropdown, PropertyPaneTextField, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import { validateDays, type IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';
import { preloadService } from '../../services/lazyService';
import type { IPmoServices } from '../../services/types';

const VIEW = lazyView('PmoPortfolio', () => import(/* webpackChunkName: 'pmo-portfolio' */ '../../components/Portfolio/Portfolio').then((m) => m.Portfolio));

/** The process compliance settings as the pane stores them (checked and defaulted by src/model/compliance.ts complianceSettings). */
export interface IPmoPortfolioWebPartProps extends IPmoWebPartProps {
  period?: string;
  reportGraceDays?: string;
  stalePlanDays?: string;
  actionDays?: string;
  riskDays?: string;
  minutesDays?: string;
}

// The thresholds in the pane, with their labels; names as in IComplianceSettings. Defaults: docs/rules.md.
const THRESHOLDS: [keyof IPmoPortfolioWebPartProps, string][] = [
  ['reportGraceDays', strings.CompliancePaneReportGrace],
  ['stalePlanDays', strings.CompliancePaneStalePlan],
  ['actionDays', strings.CompliancePaneActions],
  ['riskDays', strings.CompliancePaneRisks],
  ['minutesDays', strings.CompliancePaneMinutes]
];

/** PMO Portfolio: the portfolio status view (design.md §4) with the process compliance board. */
export default class PmoPortfolioWebPart extends PmoWebPartBase<IPmoPortfolioWebPartProps> {
  protected readonly rootName: string = 'PmoPortfolio';

  protected preloadView(services: IPmoServices | undefined): void {
    VIEW.preload();
    // What the view calls on mount (the portfolio loader reads the register, then Planner), so their chunks are there when it does.
    if (services) [services.portfolioLoader, services.planner].forEach(preloadService);
  }

  protected renderContent(): React.ReactElement {
    const p = this.properties;
    return VIEW.element({ compliance: { period: p.period, reportGraceDays: p.reportGraceDays, stalePlanDays: p.stalePlanDays, actionDays: p.actionDays, riskDays: p.riskDays, minutesDays: p.minutesDays } });
  }

  protected paneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.CompliancePaneGroup,
        groupFields: [
          PropertyPaneDropdown('period', {
            label: strings.ComplianceFieldPeriod,
            options: [
              { key: 'weekly', text: strings.CompliancePeriodWeekly },
              { key: 'fortnightly', text: strings.CompliancePeriodFortnightly },
              { key: 'monthly', text: strings.CompliancePeriodMonthly }
            ],
            selectedKey: this.properties.period || 'monthly'
          }),
          ...THRESHOLDS.map(([key, label]) => PropertyPaneTextField(key, { label, description: strings.CompliancePaneDaysHint, onGetErrorMessage: validateDays, deferredValidationTime: 300 }))
        ]
      }
    ];
  }
}
