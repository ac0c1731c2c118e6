/**
 * The portfolio view's pure logic over its rows: filters, grouping, the counts above the table, the
 * health heat map and the chart series. No I/O; the rows come from the portfolio loader.
 */
import { HEALTHS, PHASES, type Health, type Phase } from '../../model/types';
import { HEALTH_DIMENSIONS, type HealthDimension } from '../../model/projectStatus';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import type { IPortfolioFilters, IPortfolioSummary, PortfolioGroupBy } from './types';

/** Overall, then each dimension: the columns of the heat map. */
export const HEAT_DIMENSIONS: ('overall' | HealthDimension)[] = ['overall', ...HEALTH_DIMENSIONS];

const healthOf = (r: IPortfolioRow, d: 'overall' | HealthDimension): Health | undefined => r.health[d];

/** Rows matching every filter set; text matches title or code, case-insensitively. */
export function filterRows(rows: IPortfolioRow[], f: IPortfolioFilters): IPortfolioRow[] {
  const text = (f.text || '').trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!text || r.project.title.toLowerCase().indexOf(text) >= 0 || r.project.code.toLowerCase().indexOf(text) >= 0) &&
      (!f.phases.length || f.phases.indexOf(r.project.phase) >= 0) &&
      (!f.healths.length || f.healths.indexOf(r.health.overall ?? 'Unknown') >= 0) &&
      (!f.departments.length || f.departments.indexOf(r.project.department) >= 0) &&
      (!f.managers.length || f.managers.indexOf(r.project.manager?.title ?? '') >= 0)
  );
}

/** The key and name of a row's group; '' names "none" (localized by the view). */
export function groupKey(r: IPortfolioRow, by: PortfolioGroupBy): string {
  switch (by) {
    case 'phase':
      return r.project.phase;
    case 'department':
      return r.project.department;
    case 'manager':
      return r.project.manager?.title ?? '';
    case 'health':
      return r.health.overall ?? '';
    default:
      return '';
  }
}

const HEALTH_ORDER = ['Red', 'Amber', 'Green', ''];

/** Groups in a stable order: phases in lifecycle order, health worst first, the rest alphabetically ('' last). */
export function groupRows(rows: IPortfolioRow[], by: PortfolioGroupBy): { key: string; rows: IPortfolioRow[] }[] {
  const map = new Map<string, IPortfolioRow[]>();
  for (const r of rows) {
    const k = groupKey(r, by);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  const rank = (k: string): number => (by === 'phase' ? PHASES.indexOf(k as Phase) : by === 'health' ? HEALTH_ORDER.indexOf(k) : 0);
  return Array.from(map.keys())
    .sort((a, b) => rank(a) - rank(b) || (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((key) => ({ key, rows: map.get(key)! }));
}

/** Counts by computed overall health (unknown counted apart) and by phase, and money totals of the known figures. */
export function summarizeRows(rows: IPortfolioRow[]): IPortfolioSummary {
  const byHealth = { Green: 0, Amber: 0, Red: 0 } as Record<Health, number>;
  let unknownHealth = 0;
  let overdueTasks = 0;
  let budget = 0;
  let forecast = 0;
  for (const r of rows) {
    if (r.health.overall) byHealth[r.health.overall]++;
    else unknownHealth++;
    overdueTasks += r.tasks?.overdue ?? 0;
    budget += r.project.budget ?? 0;
    forecast += r.project.forecastCost ?? 0;
  }
  return {
    total: rows.length,
    byHealth,
    unknownHealth,
    byPhase: PHASES.map((phase) => ({ phase, count: rows.filter((r) => r.project.phase === phase).length })),
    overdueTasks,
    budget,
    forecast
  };
}

export interface IHeatCell {
  counts: Record<Health, number>;
  unknown: number;
}

/** Per group and dimension, how many projects are Red, Amber, Green or unknown. */
export function heatMap(rows: IPortfolioRow[], by: PortfolioGroupBy): { key: string; cells: IHeatCell[] }[] {
  return groupRows(rows, by === 'none' ? 'department' : by).map((g) => ({
    key: g.key,
    cells: HEAT_DIMENSIONS.map((d) => {
      const counts = { Green: 0, Amber: 0, Red: 0 } as Record<Health, number>;
      let unknown = 0;
      for (const r of g.rows) {
        const h = healthOf(r, d);
        if (h) counts[h]++;
        else unknown++;
      }
      return { counts, unknown };
    })
  }));
}

/** Health mix for the donut: every health with at least one project, then unknown. */
export function healthMix(rows: IPortfolioRow[]): { health: Health | 'Unknown'; count: number }[] {
  const s = summarizeRows(rows);
  const mix: { health: Health | 'Unknown'; count: number }[] = HEALTHS.map((h) => ({ health: h, count: s.byHealth[h] }));
  mix.push({ health: 'Unknown', count: s.unknownHealth });
  return mix.filter((m) => m.count > 0);
}

/** The `n` rows with the largest absolute value of a known figure, largest first. */
export function topBy(rows: IPortfolioRow[], value: (r: IPortfolioRow) => number | undefined, n: number): { row: IPortfolioRow; value: number }[] {
  return rows
    .map((row) => ({ row, value: value(row) }))
    .filter((x): x is { row: IPortfolioRow; value: number } => x.value !== undefined && x.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, n);
}
