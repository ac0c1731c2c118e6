import {
  compareWithMedian,
  countedReports,
  expectedIn,
  lastMonths,
  median,
  milestoneFates,
  minutesDays,
  monthEnd,
  portfolioMetrics,
  reportsByMonth,
  type IMetricsInput
} from '../../../src/model/metrics';
import type { IReportFigures, IStatusReport } from '../../../src/model/statusReport';
import type { Health, Phase } from '../../../src/model/types';

const figures = (f: Partial<IReportFigures>): IReportFigures => ({ asOf: '2026-01-31', missing: [], ...f });
let nextId = 1;
const report = (projectId: number, reportDate: string, overall: Health | undefined, f: Partial<IReportFigures> = {}, more: Partial<IStatusReport> = {}): IStatusReport => ({
  id: nextId++, etag: '"1"', title: `R ${projectId} ${reportDate}`, projectId, reportDate, period: reportDate.slice(0, 7), state: 'Published',
  health: { overall }, overrideReason: '', summary: '', accomplishments: '', nextSteps: '', publishedAt: `${reportDate}T16:00:00Z`,
  snapshot: { version: 1, figures: figures(f), suggested: {}, reasons: {} }, ...more
});
const project = (id: number, phase: Phase = 'Execution', startDate?: string, plannedEndDate?: string) => ({ id, phase, startDate, plannedEndDate });

describe('month helpers', () => {
  it('knows the last day of each month, leap years included', () => {
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
    expect(monthEnd('2026-04')).toBe('2026-04-30');
  });
  it('lists the last months across a year boundary, oldest first', () => {
    expect(lastMonths('2026-02-15', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('takes the median of known values, the mean of the two middle ones for an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([undefined, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });
  it('counts days from the meeting day to the publication day', () => {
    expect(minutesDays({ projectId: 1, start: '2026-03-31T15:00:00Z', publishedAt: '2026-04-02T08:00:00Z' })).toBe(2);
    expect(minutesDays({ projectId: 1, start: '2026-03-31T15:00:00Z', publishedAt: '2026-03-31T17:00:00Z' })).toBe(0);
    expect(minutesDays({ projectId: 1, start: '2026-03-31T15:00:00Z' })).toBeUndefined();
  });
});

describe('which reports count', () => {
  it('drops drafts and superseded reports: the superseding one counts once, even with an earlier date', () => {
    const old = report(1, '2026-03-28', 'Green');
    const replacing = report(1, '2026-03-20', 'Red', {}, { supersedes: old.id });
    const draft = report(1, '2026-03-30', 'Amber', {}, { state: 'Draft' });
    expect(countedReports([old, replacing, draft]).map((r) => r.id)).toEqual([replacing.id]);
    expect(reportsByMonth([old, replacing, draft]).get('1|2026-03')?.id).toBe(replacing.id);
  });
  it('takes the latest report of a month when a project reports more often (weekly)', () => {
    const w1 = report(2, '2026-03-06', 'Green');
    const w4 = report(2, '2026-03-27', 'Amber');
    const april = report(2, '2026-04-03', 'Red');
    const by = reportsByMonth([w4, april, w1]);
    expect(by.get('2|2026-03')?.id).toBe(w4.id);
    expect(by.get('2|2026-04')?.id).toBe(april.id);
  });
  it('expects reports from started, non-proposal projects that had not closed before the month', () => {
    expect(expectedIn(project(1, 'Proposal'), '2026-03')).toBe(false);
    expect(expectedIn(project(1, 'Execution', '2026-04-01'), '2026-03')).toBe(false);
    expect(expectedIn(project(1, 'Execution', '2026-03-31'), '2026-03')).toBe(true);
    expect(expectedIn(project(1, 'Closed', '2025-01-01', '2026-03-05'), '2026-03')).toBe(true);
    expect(expectedIn(project(1, 'Closed', '2025-01-01', '2026-02-28'), '2026-03')).toBe(false);
  });
});

describe('milestone fates', () => {
  it('is on time when listed as met and never as slipped; a late one stays late', () => {
    const jan = report(1, '2026-01-31', 'Green', { milestonesMet: [{ name: 'Design', due: '2026-01-20' }], milestonesSlipped: [] });
    const feb = report(1, '2026-02-28', 'Amber', {
      milestonesMet: [{ name: 'Build', due: '2026-02-10' }],
      milestonesSlipped: [{ name: 'Build', due: '2026-02-10' }, { name: 'Pilot', due: '2026-02-25' }]
    });
    const fates = milestoneFates([jan, feb]).get(1)!;
    expect(fates).toEqual([
      { due: '2026-01-20', slipped: false },
      { due: '2026-02-10', slipped: true },
      { due: '2026-02-25', slipped: true }
    ]);
  });
});

describe('portfolioMetrics', () => {
  const months = ['2026-01', '2026-02', '2026-03'];
  const projects = [project(1), project(2), project(3, 'Execution', '2026-02-15'), project(4, 'Proposal')];
  const reports = [
    // Month boundary: 31 January counts for January, 1 February for February.
    report(1, '2026-01-31', 'Green', { budget: 100000, eac: 110000, variancePercent: 10, slipDays: 0, milestonesMet: [{ name: 'A', due: '2026-01-15' }] }),
    report(2, '2026-01-15', 'Red', { budget: 50000, eac: 45000, variancePercent: -10, slipDays: 20, milestonesSlipped: [{ name: 'B', due: '2026-01-10' }] }),
    report(1, '2026-02-01', 'Amber', { budget: 100000, eac: 120000, variancePercent: 20, slipDays: 5 }),
    report(3, '2026-02-27', 'Green', { budget: 0, eac: 0 }) // no budget: not in the variance
  ];
  const meetings = [
    { projectId: 1, start: '2026-01-10T09:00:00Z', publishedAt: '2026-01-12T09:00:00Z' }, // 2 days
    { projectId: 2, start: '2026-01-20T09:00:00Z', publishedAt: '2026-01-28T09:00:00Z' }, // 8 days
    { projectId: 2, start: '2026-01-31T09:00:00Z', publishedAt: '2026-02-05T09:00:00Z' }, // 5 days, January's meeting
    { projectId: 1, start: '2026-02-03T09:00:00Z' }, // minutes not published
    { projectId: 1, start: '2026-03-30T09:00:00Z' } // after today: not held yet
  ];
  const input: IMetricsInput = { projects, reports, meetings, months, today: '2026-03-10' };
  const [jan, feb, mar] = portfolioMetrics(input);

  it('mixes health over the expected projects, counting those without a report as none', () => {
    expect(jan).toMatchObject({ expected: 2, reported: 2, health: { Green: 1, Amber: 0, Red: 1, none: 0 }, complianceRate: 1 });
    expect(feb).toMatchObject({ expected: 3, reported: 2, health: { Green: 1, Amber: 1, Red: 0, none: 1 } });
    expect(feb.complianceRate).toBeCloseTo(2 / 3);
  });
  it('treats an empty month as no reports, not as zero figures', () => {
    expect(mar).toMatchObject({ expected: 3, reported: 0, health: { Green: 0, Amber: 0, Red: 0, none: 3 }, complianceRate: 0, milestonesDue: 0, meetings: 0 });
    expect(mar.onTimeRate).toBeUndefined();
    expect(mar.variancePercent).toBeUndefined();
    expect(mar.minutesMedianDays).toBeUndefined();
  });
  it('rates on-time delivery from milestones due in the month', () => {
    expect(jan).toMatchObject({ milestonesDue: 2, milestonesOnTime: 1, onTimeRate: 0.5 });
    expect(feb.milestonesDue).toBe(0);
  });
  it('sums budget and EAC for the variance', () => {
    expect(jan).toMatchObject({ budget: 150000, eac: 155000 });
    expect(jan.variancePercent).toBeCloseTo((-5000 / 150000) * 100); // negative: over budget
    expect(feb).toMatchObject({ budget: 100000, eac: 120000, variancePercent: -20 });
  });
  it('takes the median days to minutes by the month of the meeting', () => {
    expect(jan).toMatchObject({ meetings: 3, minutesPublished: 3, minutesMedianDays: 5 });
    expect(feb).toMatchObject({ meetings: 1, minutesPublished: 0 });
    expect(feb.minutesMedianDays).toBeUndefined();
  });
  it('gives no figures for a portfolio without reports or meetings', () => {
    const [only] = portfolioMetrics({ projects, reports: [], meetings: [], months: ['2026-01'], today: '2026-03-10' });
    expect(only).toMatchObject({ expected: 2, reported: 0, health: { none: 2 }, budget: 0, eac: 0 });
    expect(only.variancePercent).toBeUndefined();
  });
});

describe('compareWithMedian', () => {
  it('puts a project beside the median of all projects with figures that month', () => {
    const projects = [project(1), project(2), project(3), project(4)];
    const reports = [
      report(1, '2026-01-20', 'Red', { variancePercent: 30, slipDays: 40 }),
      report(2, '2026-01-21', 'Green', { variancePercent: 0, slipDays: 0 }),
      report(3, '2026-01-22', 'Amber', { variancePercent: 10, slipDays: 4 })
      // project 4 has no report: it does not move the median
    ];
    const meetings = [
      { projectId: 1, start: '2026-01-05T09:00:00Z', publishedAt: '2026-01-15T09:00:00Z' }, // 10
      { projectId: 2, start: '2026-01-05T09:00:00Z', publishedAt: '2026-01-06T09:00:00Z' } // 1
    ];
    const [jan, feb] = compareWithMedian({ projects, reports, meetings, months: ['2026-01', '2026-02'], today: '2026-02-10' }, 1);
    expect(jan.project).toEqual({ variancePercent: 30, slipDays: 40, healthScore: 0, minutesDays: 10 });
    expect(jan.median).toEqual({ variancePercent: 10, slipDays: 4, healthScore: 50, minutesDays: 5.5 });
    expect(feb.project).toEqual({ variancePercent: undefined, slipDays: undefined, healthScore: undefined, minutesDays: undefined });
    expect(feb.median.variancePercent).toBeUndefined();
  });
});
