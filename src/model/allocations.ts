/**
 * Resource allocation rules: a person's total load across projects over time, over-allocation, and
 * draft validation. Pure: no I/O, no React. Dates are ISO calendar dates (yyyy-mm-dd), end inclusive.
 */
import { ALLOCATION_STATUSES, RESOURCE_TYPES } from './types';
import type { AllocationDraft, AllocationStatus, IAllocation, IPerson, ResourceType } from './types';
import { date, dateOrder, dropEmpty, first, isBlank, isIsoDate, maxLength, parseNumber, percent, required, requiredOneOf } from './validate';
import type { FieldErrors } from './validate';
import { addDays, dayNumber, fromDayNumber } from './dates';

/** The statuses that load a person: a request is counted so a manager sees it before approving it. */
export const LOADING_STATUSES: AllocationStatus[] = ['Approved', 'Requested'];

/** A person is over-allocated above this total percent. */
export const FULL_LOAD = 100;

/** Period sizes of the load table. Weeks start on Monday (ISO 8601). */
export type Granularity = 'day' | 'week' | 'month';

/** The fields the load rules read. */
export type LoadInput = Pick<IAllocation, 'id' | 'percent' | 'startDate' | 'endDate' | 'status'>;

/** An interval over which the total load does not change. */
export interface ILoadSegment {
  start: string;
  /** Inclusive. */
  end: string;
  /** Sum of the percents of the counted allocations covering the interval. */
  percent: number;
  /** Ids of those allocations. */
  allocationIds: number[];
}

/** One row of the load table. */
export interface ILoadPeriod {
  start: string;
  /** Inclusive. */
  end: string;
  /**
   * The busiest day of the period: a week with one over-allocated day is flagged rather than having
   * the overlap averaged away.
   */
  peak: number;
  /** True when `peak` is above 100 %. */
  overAllocated: boolean;
  /** Allocations counted on at least one day of the period. */
  allocationIds: number[];
}

/** True when the allocation loads its person (Approved or Requested; Rejected does not). */
export function countsTowardLoad(a: Pick<IAllocation, 'status'>): boolean {
  return LOADING_STATUSES.indexOf(a.status) >= 0;
}

function valid(a: LoadInput): boolean {
  return (
    countsTowardLoad(a) &&
    isIsoDate(a.startDate) &&
    isIsoDate(a.endDate) &&
    a.endDate >= a.startDate &&
    typeof a.percent === 'number' &&
    a.percent > 0
  );
}

/**
 * The person's load as constant intervals, in date order, leaving out days with no load. Built from
 * the start and end+1 boundaries, so the cost depends on the number of allocations, not on the length
 * of their date ranges.
 */
export function loadSegments(allocations: LoadInput[]): ILoadSegment[] {
  const counted = allocations
    .map((a) => ({ ...a, startDate: (a.startDate || '').slice(0, 10), endDate: (a.endDate || '').slice(0, 10) }))
    .filter(valid);
  const bounds: number[] = [];
  for (const a of counted) bounds.push(dayNumber(a.startDate), dayNumber(a.endDate) + 1);
  const points = bounds.sort((x, y) => x - y).filter((d, i, all) => i === 0 || all[i - 1] !== d);
  const segments: ILoadSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1] - 1;
    const covering = counted.filter((a) => dayNumber(a.startDate) <= from && dayNumber(a.endDate) >= to);
    if (!covering.length) continue;
    segments.push({
      start: fromDayNumber(from),
      end: fromDayNumber(to),
      percent: covering.reduce((sum, a) => sum + a.percent, 0),
      allocationIds: covering.map((a) => a.id)
    });
  }
  return segments;
}

/** The intervals over 100 %, adjacent ones merged (with the peak total and every allocation involved). */
export function overAllocations(allocations: LoadInput[]): ILoadPeriod[] {
  const result: ILoadPeriod[] = [];
  for (const s of loadSegments(allocations)) {
    if (s.percent <= FULL_LOAD) continue;
    const last = result[result.length - 1];
    if (last && addDays(last.end, 1) === s.start) {
      last.end = s.end;
      last.peak = Math.max(last.peak, s.percent);
      for (const id of s.allocationIds) if (last.allocationIds.indexOf(id) < 0) last.allocationIds.push(id);
    } else {
      result.push({ start: s.start, end: s.end, peak: s.percent, overAllocated: true, allocationIds: s.allocationIds.slice() });
    }
  }
  return result;
}

/** The highest total load on any day from `from` to `to` (inclusive); 0 when nothing loads them. */
export function peakLoad(allocations: LoadInput[], from: string, to: string): number {
  let peak = 0;
  for (const s of loadSegments(allocations)) if (s.start <= to && s.end >= from && s.percent > peak) peak = s.percent;
  return peak;
}

/** The first day of the day, ISO week or month containing the date. */
export function periodStart(date: string, granularity: Granularity): string {
  if (granularity === 'day') return date;
  if (granularity === 'month') return `${date.slice(0, 7)}-01`;
  const weekday = (dayNumber(date) + 3) % 7; // day 0 (1970-01-01) was a Thursday; Monday → 0
  return addDays(date, -weekday);
}

/** The last day (inclusive) of the period starting on `start`. */
export function periodEnd(start: string, granularity: Granularity): string {
  if (granularity === 'day') return start;
  if (granularity === 'week') return addDays(start, 6);
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${m < 9 ? '0' : ''}${m + 1}-01`;
  return addDays(next, -1);
}

/**
 * The load per day, week or month from `from` to `to` (both inclusive, widened to whole periods).
 * Defaults to the span of the counted allocations. Periods with no load are included (peak 0), so the
 * table has no gaps.
 */
export function loadByPeriod(
  allocations: LoadInput[],
  granularity: Granularity,
  range?: { from: string; to: string }
): ILoadPeriod[] {
  const segments = loadSegments(allocations);
  const from = range ? range.from : segments.length ? segments[0].start : undefined;
  const to = range ? range.to : segments.length ? segments[segments.length - 1].end : undefined;
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || to < from) return [];
  const periods: ILoadPeriod[] = [];
  let seg = 0;
  for (let start = periodStart(from, granularity); start <= to; ) {
    const end = periodEnd(start, granularity);
    while (seg < segments.length && segments[seg].end < start) seg++;
    let peak = 0;
    const ids: number[] = [];
    for (let j = seg; j < segments.length && segments[j].start <= end; j++) {
      peak = Math.max(peak, segments[j].percent);
      for (const id of segments[j].allocationIds) if (ids.indexOf(id) < 0) ids.push(id);
    }
    periods.push({ start, end, peak, overAllocated: peak > FULL_LOAD, allocationIds: ids });
    start = addDays(end, 1);
  }
  return periods;
}

/** Column limits of the PMO Allocations list, as provisioned (src/services/sharepoint/schema.ts). */
export const ALLOCATION_LIMITS = { role: 100, department: 100, title: 255 };

/** What the allocation form edits. Percent stays as typed; the person is the picked one. */
export interface IAllocationFormValues {
  title: string;
  projectId: number;
  person?: IPerson;
  role: string;
  resourceType: ResourceType | '';
  department: string;
  percent: string;
  startDate: string;
  endDate: string;
  status: AllocationStatus | '';
}

/** Form values of a new allocation of the project (a request for an employee). */
export function emptyAllocationValues(projectId: number): IAllocationFormValues {
  return {
    title: '', projectId, role: '', resourceType: 'Employee', department: '', percent: '',
    startDate: '', endDate: '', status: 'Requested'
  };
}

/** Form values of a saved allocation. */
export function allocationToFormValues(a: IAllocation): IAllocationFormValues {
  return {
    title: a.title || '',
    projectId: a.projectId,
    person: a.person,
    role: a.role || '',
    resourceType: a.resourceType || '',
    department: a.department || '',
    percent: a.percent === undefined || a.percent === null ? '' : String(a.percent),
    startDate: (a.startDate || '').slice(0, 10),
    endDate: (a.endDate || '').slice(0, 10),
    status: a.status || ''
  };
}

/**
 * The draft to write, from valid form values (call validateAllocation first). A blank title becomes
 * the person's name or the role, because Title is the list's required column.
 */
export function toAllocationDraft(v: IAllocationFormValues): AllocationDraft {
  const title = v.title.trim() || (v.person ? v.person.title : v.role.trim());
  return {
    title: title.slice(0, ALLOCATION_LIMITS.title),
    projectId: v.projectId,
    personId: v.person ? v.person.id : undefined,
    role: v.role.trim(),
    resourceType: v.resourceType as ResourceType,
    department: v.department.trim(),
    percent: parseNumber(v.percent) as number,
    startDate: v.startDate,
    endDate: v.endDate,
    status: v.status as AllocationStatus
  };
}


/**
 * Every problem of an allocation's form values, one message per field; empty when it may be saved.
 * A named person or a role is required; percent is 0–100; both dates are required and the end is not
 * before the start.
 */
export function validateAllocation(v: IAllocationFormValues): FieldErrors<IAllocationFormValues> {
  const errors: FieldErrors<IAllocationFormValues> = {
    role: first(
      !v.person && isBlank(v.role) ? { key: 'ValidationResourcePersonOrRole' } : undefined,
      maxLength(v.role.trim(), ALLOCATION_LIMITS.role)
    ),
    department: maxLength(v.department.trim(), ALLOCATION_LIMITS.department),
    title: maxLength(v.title.trim(), ALLOCATION_LIMITS.title),
    resourceType: requiredOneOf(v.resourceType, RESOURCE_TYPES),
    status: requiredOneOf(v.status, ALLOCATION_STATUSES),
    percent: first(required(v.percent), percent(v.percent)),
    startDate: first(required(v.startDate), date(v.startDate)),
    endDate: first(required(v.endDate), date(v.endDate), dateOrder(v.startDate, v.endDate))
  };
  return dropEmpty(errors);
}
