/**
 * The project register's filtering, sorting and grouping, on the loaded set (pure; re-exported by
 * ./project so callers import from one place).
 */
import type { Health, IPerson, IProject, Phase, Priority } from './types';
import { HEALTHS, PHASES, PRIORITIES } from './types';
import { toIsoDate } from './dates';

/** Client-side filters of the register; an empty or missing list means "any". */
export interface IRegisterFilters {
  phases?: Phase[];
  healths?: Health[];
  priorities?: Priority[];
  departments?: string[];
  managerIds?: number[];
}

const any = <T>(list: T[] | undefined, value: T): boolean => !list || list.length === 0 || list.indexOf(value) >= 0;

/** The projects that pass every filter. */
export function filterProjects(projects: IProject[], f: IRegisterFilters): IProject[] {
  return projects.filter(
    (p) =>
      any(f.phases, p.phase) &&
      any(f.healths, p.health) &&
      any(f.priorities, p.priority) &&
      any(f.departments, p.department || '') &&
      any(f.managerIds, p.manager ? p.manager.id : -1)
  );
}

/** Fields the register can sort and group by. */
export type RegisterSortKey = Exclude<keyof IProject, 'etag' | 'modified'>;
export type RegisterGroupBy = 'phase' | 'health' | 'priority' | 'department' | 'manager';

/** Choice fields sort in their business order (Proposal before Closed; Red is the most severe). */
const ORDER: Partial<Record<RegisterSortKey, string[]>> = { phase: PHASES, health: HEALTHS, priority: PRIORITIES };

function sortValue(p: IProject, key: RegisterSortKey): string | number | undefined {
  const value = p[key];
  if (value === undefined || value === null || value === '') return undefined;
  const order = ORDER[key];
  if (order) return order.indexOf(value as string);
  if (typeof value === 'object') return (value as IPerson).title.toLocaleLowerCase();
  return typeof value === 'string' ? value.toLocaleLowerCase() : (value as number);
}

/** Compares two projects on one field; empty values always sort last. */
export function compareProjects(a: IProject, b: IProject, key: RegisterSortKey, descending: boolean = false): number {
  const x = sortValue(a, key);
  const y = sortValue(b, key);
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
  return descending ? -c : c;
}

/** A sorted copy; equal values keep their order (stable even where Array.sort is not). */
export function sortProjects(projects: IProject[], key: RegisterSortKey, descending: boolean = false): IProject[] {
  return projects
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compareProjects(a.p, b.p, key, descending) || a.i - b.i)
    .map((x) => x.p);
}

/** One group of the register: items[startIndex .. startIndex+count) of the grouped list. */
export interface IProjectGroup {
  /** The grouped value ('' for none; the manager's id as text when grouping by manager). */
  key: string;
  /** Raw display value (the view localizes phase, health and priority). */
  name: string;
  startIndex: number;
  count: number;
}

function groupValue(p: IProject, by: RegisterGroupBy): { key: string; name: string } {
  if (by === 'manager') return p.manager ? { key: String(p.manager.id), name: p.manager.title } : { key: '', name: '' };
  const v = (p[by] as string) || '';
  return { key: v, name: v };
}

/**
 * Groups projects (kept in their given order inside each group). Choice groups follow the business
 * order, others are alphabetical; the "none" group comes last.
 */
export function groupProjects(projects: IProject[], by: RegisterGroupBy): { items: IProject[]; groups: IProjectGroup[] } {
  const buckets: { key: string; name: string; items: IProject[] }[] = [];
  const index: Record<string, number> = {};
  for (const p of projects) {
    const g = groupValue(p, by);
    if (index[g.key] === undefined) {
      index[g.key] = buckets.length;
      buckets.push({ ...g, items: [] });
    }
    buckets[index[g.key]].items.push(p);
  }
  const order = ORDER[by];
  buckets.sort((a, b) => {
    if (!a.key || !b.key) return a.key === b.key ? 0 : a.key ? -1 : 1;
    return order ? order.indexOf(a.key) - order.indexOf(b.key) : a.name.localeCompare(b.name);
  });
  const items: IProject[] = [];
  const groups: IProjectGroup[] = buckets.map((b) => {
    const group = { key: b.key, name: b.name, startIndex: items.length, count: b.items.length };
    items.push(...b.items);
    return group;
  });
  return { items, groups };
}

/** An open project whose forecast (or else planned) end date has passed without reaching 100 %. */
export function isOverdue(p: IProject, today: string = toIsoDate(new Date())): boolean {
  if (p.phase === 'Closed' || (p.percentComplete !== undefined && p.percentComplete >= 100)) return false;
  const end = p.forecastEndDate || p.plannedEndDate;
  return !!end && end < today;
}

/** Departments that occur in the projects, sorted, without empties. */
export function distinctDepartments(projects: IProject[]): string[] {
  const seen: Record<string, true> = {};
  for (const p of projects) if (p.department) seen[p.department] = true;
  return Object.keys(seen).sort((a, b) => a.localeCompare(b));
}

/** Managers that occur in the projects, sorted by name. */
export function distinctManagers(projects: IProject[]): IPerson[] {
  const seen: Record<number, IPerson> = {};
  for (const p of projects) if (p.manager) seen[p.manager.id] = p.manager;
  return Object.keys(seen)
    .map((k) => seen[+k])
    .sort((a, b) => a.title.localeCompare(b.title));
}
