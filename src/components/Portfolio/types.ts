import type { Health, IProject, Phase } from '../../model/types';

/** The counts and totals the portfolio status view shows above its table. */
export interface IPortfolioSummary {
  total: number;
  /** Projects per health, every health present (0 when none). */
  byHealth: Record<Health, number>;
  /** Projects per phase, in the lifecycle order of PHASES, every phase present. */
  byPhase: { phase: Phase; count: number }[];
  /** Sum of Budget over the projects that have one. */
  budget: number;
  /** Sum of ForecastCost over the projects that have one. */
  forecast: number;
}

export type PortfolioLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; projects: IProject[]; summary: IPortfolioSummary };
