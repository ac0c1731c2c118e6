import { HEALTHS, PHASES, type Health, type IProject } from '../../model/types';
import type { IPortfolioSummary } from './types';

/** Counts projects by health and by phase and totals budget and forecast. Pure. */
export function summarizePortfolio(projects: IProject[]): IPortfolioSummary {
  const byHealth = HEALTHS.reduce((acc, h) => ({ ...acc, [h]: 0 }), {} as Record<Health, number>);
  const perPhase = new Map(PHASES.map((p) => [p, 0] as [typeof p, number]));
  let budget = 0;
  let forecast = 0;
  for (const p of projects) {
    if (byHealth[p.health] !== undefined) byHealth[p.health] += 1;
    if (perPhase.has(p.phase)) perPhase.set(p.phase, (perPhase.get(p.phase) ?? 0) + 1);
    budget += p.budget ?? 0;
    forecast += p.forecastCost ?? 0;
  }
  return { total: projects.length, byHealth, byPhase: PHASES.map((phase) => ({ phase, count: perPhase.get(phase) ?? 0 })), budget, forecast };
}

const HEALTH_RANK: Record<Health, number> = { Red: 0, Amber: 1, Green: 2 };

/** Table order: worst health first, then by project code, so what needs attention is on top. */
export function byAttention(a: IProject, b: IProject): number {
  const h = (HEALTH_RANK[a.health] ?? 3) - (HEALTH_RANK[b.health] ?? 3);
  return h !== 0 ? h : a.code.localeCompare(b.code);
}
