import { addDays } from '../../../src/model/dates';
import {
  countsTowardLoad,
  emptyAllocationValues,
  toAllocationDraft,
  loadByPeriod,
  loadSegments,
  overAllocations,
  peakLoad,
  periodEnd,
  periodStart,
  validateAllocation
} from '../../../src/model/allocations';
import type { IAllocationFormValues } from '../../../src/model/allocations';
import type { AllocationStatus } from '../../../src/model/types';

let nextId = 1;
const alloc = (startDate: string, endDate: string, percent: number, status: AllocationStatus = 'Approved') => ({
  id: nextId++,
  startDate,
  endDate,
  percent,
  status
});

describe('calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('finds the Monday of an ISO week and the bounds of a month', () => {
    expect(periodStart('2025-03-13', 'week')).toBe('2025-03-10'); // a Thursday
    expect(periodStart('2025-03-10', 'week')).toBe('2025-03-10');
    expect(periodStart('2025-03-16', 'week')).toBe('2025-03-10'); // a Sunday
    expect(periodEnd('2025-03-10', 'week')).toBe('2025-03-16');
    expect(periodStart('2025-02-17', 'month')).toBe('2025-02-01');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-12-01', 'month')).toBe('2025-12-31');
    expect(periodEnd('2025-09-01', 'month')).toBe('2025-09-30');
  });
});

describe('loadSegments', () => {
  it('adds overlapping ranges and splits at each start and end (end inclusive)', () => {
    const a = alloc('2025-03-01', '2025-03-31', 60);
    const b = alloc('2025-03-15', '2025-04-15', 70);
    expect(loadSegments([a, b])).toEqual([
      { start: '2025-03-01', end: '2025-03-14', percent: 60, allocationIds: [a.id] },
      { start: '2025-03-15', end: '2025-03-31', percent: 130, allocationIds: [a.id, b.id] },
      { start: '2025-04-01', end: '2025-04-15', percent: 70, allocationIds: [b.id] }
    ]);
  });

  it('counts Approved and Requested, not Rejected', () => {
    expect(countsTowardLoad({ status: 'Requested' })).toBe(true);
    expect(countsTowardLoad({ status: 'Rejected' })).toBe(false);
    const segments = loadSegments([
      alloc('2025-01-01', '2025-01-10', 50, 'Requested'),
      alloc('2025-01-01', '2025-01-10', 50, 'Approved'),
      alloc('2025-01-01', '2025-01-10', 80, 'Rejected')
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0].percent).toBe(100);
  });

  it('leaves gaps out and ignores ranges that end before they start', () => {
    const segments = loadSegments([
      alloc('2025-01-01', '2025-01-02', 40),
      alloc('2025-01-05', '2025-01-05', 40),
      alloc('2025-02-10', '2025-02-01', 90)
    ]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      ['2025-01-01', '2025-01-02'],
      ['2025-01-05', '2025-01-05']
    ]);
  });
});

describe('overAllocations', () => {
  it('flags the days above 100 %, with every allocation involved', () => {
    const a = alloc('2025-03-01', '2025-03-31', 60);
    const b = alloc('2025-03-15', '2025-04-15', 70);
    const over = overAllocations([a, b]);
    expect(over).toEqual([{ start: '2025-03-15', end: '2025-03-31', peak: 130, overAllocated: true, allocationIds: [a.id, b.id] }]);
  });

  it('does not flag exactly 100 %', () => {
    expect(overAllocations([alloc('2025-01-01', '2025-01-31', 50), alloc('2025-01-01', '2025-01-31', 50)])).toEqual([]);
  });

  it('merges adjacent over-allocated intervals and keeps the peak', () => {
    const a = alloc('2025-01-01', '2025-01-31', 80);
    const b = alloc('2025-01-10', '2025-01-20', 30);
    const c = alloc('2025-01-15', '2025-01-25', 30);
    const over = overAllocations([a, b, c]);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ start: '2025-01-10', end: '2025-01-25', peak: 140 });
    expect(over[0].allocationIds.sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('is not over-allocated when the excess is only a rejected request', () => {
    expect(overAllocations([alloc('2025-01-01', '2025-01-31', 80), alloc('2025-01-01', '2025-01-31', 40, 'Rejected')])).toEqual([]);
  });
});

describe('peakLoad', () => {
  it('is the busiest day within the range, across every allocation', () => {
    const a = alloc('2025-03-01', '2025-03-31', 60);
    const b = alloc('2025-03-15', '2025-04-15', 70);
    expect(peakLoad([a, b], '2025-03-01', '2025-03-14')).toBe(60);
    expect(peakLoad([a, b], '2025-03-10', '2025-03-15')).toBe(130);
    expect(peakLoad([a, b], '2025-04-01', '2025-04-30')).toBe(70);
    expect(peakLoad([a, b], '2025-05-01', '2025-05-31')).toBe(0);
  });
});

describe('loadByPeriod', () => {
  const a = alloc('2025-03-01', '2025-03-31', 60);
  const b = alloc('2025-03-15', '2025-04-15', 70);

  it('gives one row per day with the day total', () => {
    const days = loadByPeriod([a, b], 'day', { from: '2025-03-13', to: '2025-03-16' });
    expect(days.map((d) => [d.start, d.peak, d.overAllocated])).toEqual([
      ['2025-03-13', 60, false],
      ['2025-03-14', 60, false],
      ['2025-03-15', 130, true],
      ['2025-03-16', 130, true]
    ]);
  });

  it('flags a week by its busiest day', () => {
    const weeks = loadByPeriod([a, b], 'week', { from: '2025-03-03', to: '2025-03-23' });
    expect(weeks.map((w) => [w.start, w.end, w.peak, w.overAllocated])).toEqual([
      ['2025-03-03', '2025-03-09', 60, false],
      ['2025-03-10', '2025-03-16', 130, true],
      ['2025-03-17', '2025-03-23', 130, true]
    ]);
    expect(weeks[0].allocationIds).toEqual([a.id]);
  });

  it('defaults to the span of the allocations, by month, without gaps', () => {
    const months = loadByPeriod([alloc('2025-01-20', '2025-01-31', 50), alloc('2025-03-01', '2025-03-02', 20)], 'month');
    expect(months.map((m) => [m.start, m.end, m.peak])).toEqual([
      ['2025-01-01', '2025-01-31', 50],
      ['2025-02-01', '2025-02-28', 0],
      ['2025-03-01', '2025-03-31', 20]
    ]);
  });

  it('is empty without counted allocations or with a reversed range', () => {
    expect(loadByPeriod([alloc('2025-01-01', '2025-01-02', 50, 'Rejected')], 'month')).toEqual([]);
    expect(loadByPeriod([a], 'day', { from: '2025-03-05', to: '2025-03-01' })).toEqual([]);
  });
});

describe('validateAllocation', () => {
  const ada = { id: 4, title: 'Ada Lovelace', email: 'ada@contoso.com' };
  const values = (over: Partial<IAllocationFormValues> = {}): IAllocationFormValues => ({
    ...emptyAllocationValues(1),
    person: ada,
    department: 'IT',
    percent: '50',
    startDate: '2025-01-01',
    endDate: '2025-03-31',
    ...over
  });
  const key = (over: Partial<IAllocationFormValues>, field: keyof IAllocationFormValues): string | undefined =>
    validateAllocation(values(over))[field]?.key;

  it('accepts a complete allocation, by person or by role, on a single day', () => {
    expect(validateAllocation(values())).toEqual({});
    expect(validateAllocation(values({ person: undefined, role: 'Business analyst' }))).toEqual({});
    expect(validateAllocation(values({ startDate: '2025-01-01', endDate: '2025-01-01' }))).toEqual({});
  });

  it('requires a person or a role', () => {
    expect(key({ person: undefined, role: ' ' }, 'role')).toBe('ValidationResourcePersonOrRole');
  });

  it('keeps percent within 0–100', () => {
    expect(key({ percent: '120' }, 'percent')).toBe('ValidationPercent');
    expect(key({ percent: '-5' }, 'percent')).toBe('ValidationPercent');
    expect(key({ percent: 'half' }, 'percent')).toBe('ValidationNumber');
    expect(key({ percent: '' }, 'percent')).toBe('ValidationRequired');
    expect(key({ percent: '0' }, 'percent')).toBeUndefined();
    expect(key({ percent: '100' }, 'percent')).toBeUndefined();
  });

  it('refuses an end before the start and invalid or missing dates', () => {
    expect(validateAllocation(values({ startDate: '2025-03-01', endDate: '2025-02-28' })).endDate).toEqual({ key: 'ValidationDateOrder', values: ['2025-03-01'] });
    expect(key({ startDate: '' }, 'startDate')).toBe('ValidationRequired');
    expect(key({ endDate: '2025-02-30' }, 'endDate')).toBe('ValidationDate');
    expect(key({ endDate: '' }, 'endDate')).toBe('ValidationRequired');
  });

  it('keeps role and department within their columns', () => {
    expect(validateAllocation(values({ role: 'r'.repeat(101) })).role).toEqual({ key: 'ValidationMaxLength', values: [100, 101] });
    expect(key({ department: 'd'.repeat(101) }, 'department')).toBe('ValidationMaxLength');
    expect(key({ department: 'd'.repeat(100) }, 'department')).toBeUndefined();
  });

  it('requires a known resource type and status', () => {
    expect(key({ resourceType: 'Intern' as never }, 'resourceType')).toBe('ValidationRequired');
    expect(key({ status: '' }, 'status')).toBe('ValidationRequired');
  });

  it('builds the draft with the person id, the parsed percent and a title', () => {
    expect(toAllocationDraft(values({ percent: '40' }))).toMatchObject({ personId: 4, percent: 40, title: 'Ada Lovelace' });
    expect(toAllocationDraft(values({ person: undefined, role: ' Tester ' }))).toMatchObject({ personId: undefined, role: 'Tester', title: 'Tester' });
  });
});
