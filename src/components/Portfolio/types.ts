import type { Health, Phase } from '../../model/types';
import type { IPortfolioView } from '../../services/portfolio/portfolioLoader';
import type { IComplianceTarget } from '../../model/compliance';
import type { ComplianceSettingsInput } from '../Compliance/types';

/** The counts and totals the portfolio view shows above its table (of the filtered rows). */
export interface IPortfolioSummary {
  total: number;
  /** Projects per computed overall health, every health present (0 when none). */
  byHealth: Record<Health, number>;
  /** Projects whose health cannot be computed (no known input). */
  unknownHealth: number;
  /** Projects per phase, in the lifecycle order of PHASES, every phase present. */
  byPhase: { phase: Phase; count: number }[];
  /** Overdue Planner tasks over the projects whose plan was read. */
  overdueTasks: number;
  /** Sum of Budget over the projects that have one. */
  budget: number;
  /** Sum of ForecastCost over the projects that have one. */
  forecast: number;
}

export type PortfolioGroupBy = 'none' | 'phase' | 'department' | 'manager' | 'health';

export interface IPortfolioFilters {
  text: string;
  phases: Phase[];
  /** Computed overall health; 'Unknown' for projects without one. */
  healths: (Health | 'Unknown')[];
  departments: string[];
  /** Manager names. */
  managers: string[];
}

export const NO_FILTERS: IPortfolioFilters = { text: '', phases: [], healths: [], departments: [], managers: [] };

/** What the portfolio view shows: nothing yet, data (possibly from the session cache while refreshing), or a failure. */
export type PortfolioLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; view: IPortfolioView; fromCache: boolean; refreshing: boolean; refreshError?: unknown };

export interface IPortfolioProps {
  /**
   * Opens a project's status (the local page and a page with PMO Project navigate; without it a panel
   * opens), or one of its tabs or meetings (the compliance board's findings).
   */
  onOpenProject?(projectId: number, target?: Omit<IComplianceTarget, 'projectId'>): void;
  /** Process compliance: reporting period and thresholds from the property pane (defaults in docs/rules.md). */
  compliance?: ComplianceSettingsInput;
}
