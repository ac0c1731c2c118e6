import type { IComplianceSettings, IComplianceTarget } from '../../model/compliance';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';

/** The compliance settings as a host passes them: the property pane's strings, numbers, or nothing (defaults). */
export type ComplianceSettingsInput = Partial<Record<keyof IComplianceSettings, unknown>>;

export interface IComplianceBoardProps {
  /** The portfolio's rows (register and plans as the portfolio read them). */
  rows: IPortfolioRow[];
  /** yyyy-mm-dd */
  today: string;
  settings?: ComplianceSettingsInput;
  /** One click on a finding: the project on the tab that holds the item, or the meeting. */
  onOpen(target: IComplianceTarget): void;
}

export type ComplianceGrouping = 'project' | 'manager';
