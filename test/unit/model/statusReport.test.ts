import {
  newReportValues,
  overallHealth,
  periodKey,
  publishedInPeriod,
  reportHistory,
  scopeHealth,
  suggestHealth,
  toReportDraft,
  validateReport,
  type IReportFigures,
  type IStatusReport
} from '../../../src/model/statusReport';
import { filledShare, reportFigures, type IRaidChange } from '../../../src/model/statusReportFigures';
import type { IProject } from '../../../src/model/types';

const TODAY = '2026-07-02';
const project: IProject = {
  id: 7, etag: '"1"', title: 'CRM rollout', code: 'PRJ-0007', description: '', phase: 'Execution', health: 'Green', priority: 'High', department: 'IT',
  startDate: '2026-01-01', plannedEndDate: '2026-12-31', forecastEndDate: '2027-01-20', budget: 200000, actualCost: 90000, forecastCost: 210000, planId: 'plan-7'
};
const t = (id: string, title: string, pct: number, due: string, completed?: string) => ({
  id, title, percentComplete: pct, dueDateTime: `${due}T12:00:00Z`, completedDateTime: completed ? `${completed}T10:00:00Z` : undefined
});
const tasks = [
  t('1', 'Design', 100, '2026-03-01', '2026-02-27'),
  t('2', 'Build', 50, '2026-06-30'),
  t('3', 'Test', 0, '2026-09-01'),
  t('4', 'Milestone: Design approved', 100, '2026-06-15', '2026-06-12'), // met since the last report
  t('5', 'Milestone: Build complete', 0, '2026-06-20'), // missed
  t('6', 'Milestone: Go-live', 0, '2026-12-01')
];
const r = (title: string, kind: IRaidChange['kind'], status: IRaidChange['status'], created: string, modified: string, p?: number, i?: number): IRaidChange => ({
  title, kind, status, created: `${created}T09:00:00Z`, modified: `${modified}T09:00:00Z`, probability: p, impact: i
});
const raid = [
  r('Vendor late', 'Risk', 'Open', '2026-06-10', '2026-06-10', 4, 4), // opened since; High (16 = Critical)
  r('Old risk', 'Risk', 'Closed', '2026-02-01', '2026-06-20', 2, 2), // closed since
  r('Old closed', 'Risk', 'Closed', '2026-01-01', '2026-05-01', 2, 2), // closed before the last report
  r('Data quality', 'Issue', 'Open', '2026-04-01', '2026-04-01', undefined, 2),
  r('Go with vendor A', 'Decision', 'Closed', '2026-06-25', '2026-06-25'),
  r('Second wave budget', 'Decision', 'Open', '2026-06-26', '2026-06-26')
];
const costs = [
  { period: '2026-01-01', kind: 'Actual' as const, amount: 40000 },
  { period: '2026-06-01', kind: 'Actual' as const, amount: 35000 },
  { period: '2026-09-01', kind: 'Forecast' as const, amount: 150000 }
];

describe('report figures (worked example, last report 2026-06-01)', () => {
  const f = reportFigures({
    project, plan: { kind: 'read', tasks }, costs, raid, meetings: ['2026-05-20T09:00:00Z', '2026-06-10T09:00:00Z', '2026-06-24T09:00:00Z', '2026-07-09T09:00:00Z'],
    lastReportDate: '2026-06-01', today: TODAY
  });

  it('counts what happened since the last report and rolls the plan, costs and RAID up', () => {
    expect(f.missing).toEqual([]);
    expect(f.percentComplete).toBe(42); // (100+50+0+100+0+0)/6
    expect(f.overdueTasks).toBe(2); // Build, Milestone: Build complete
    expect(f.milestonesMet).toEqual([{ name: 'Design approved', due: '2026-06-15' }]);
    expect(f.milestonesSlipped).toEqual([{ name: 'Build complete', due: '2026-06-20' }]);
    expect(f.actualCost).toBe(75000);
    expect(f.eac).toBe(225000);
    expect(f.variance).toBe(-25000);
    expect(f.variancePercent).toBe(-12.5);
    expect([f.risksOpened, f.risksClosed]).toEqual([1, 1]);
    expect(f.decisions).toEqual(['Go with vendor A', 'Second wave budget']);
    // Needed: decisions still open, whenever raised; next: milestones not yet due.
    expect(f.decisionsNeeded).toEqual(['Second wave budget']);
    expect(f.milestonesNext).toEqual([{ name: 'Go-live', due: '2026-12-01' }]);
    expect(f.meetingsHeld).toBe(2); // 10 and 24 June; 20 May was before, 9 July is ahead
    // The issue scores 5 × 2 = 10 (High) and the vendor risk 16 (Critical): both count as high.
    expect([f.openIssues, f.openHighRisks, f.openCriticalRisks]).toEqual([1, 2, 1]);
    expect(filledShare(f)).toBeGreaterThanOrEqual(0.8);
  });

  it('suggests a health per dimension with its reasons', () => {
    const s = suggestHealth(f);
    // SPI = 84,000 / 100,000 = 0.84, slip 20 days, one slipped milestone: each Amber, none Red.
    expect(s.schedule.health).toBe('Amber');
    expect(s.schedule.reasons).toEqual([{ key: 'StatusReasonSpi', values: [0.84] }, { key: 'StatusReasonSlip', values: [20] }, { key: 'StatusReasonSlipped', values: [1] }]);
    expect(s.cost.health).toBe('Red'); // −12.5 % over budget
    expect(s.cost.reasons).toContainEqual({ key: 'StatusReasonVariance', values: [-12.5] });
    expect(s.risk.health).toBe('Red'); // an open Critical risk
    expect(s.scope.health).toBe('Amber'); // one open issue
  });

  it('a part that cannot be read is missing, its figures unknown (not 0) and its dimension unsuggested', () => {
    const g = reportFigures({ project, plan: { kind: 'failed', reason: 'throttled' }, costs: undefined, raid, meetings: undefined, today: TODAY });
    expect(g.missing).toEqual(['planner', 'costs', 'meetings']);
    expect(g.percentComplete).toBeUndefined();
    expect(g.actualCost).toBeUndefined();
    expect(g.meetingsHeld).toBeUndefined();
    const s = suggestHealth(g);
    expect(s.cost.health).toBeUndefined();
    expect(s.cost.reasons).toContainEqual({ key: 'StatusReasonMissing', values: ['costs'] });
  });
});

describe('health rules of the report', () => {
  it('scope from open issues', () => {
    expect(scopeHealth(undefined)).toBeUndefined();
    expect(scopeHealth(0)).toBe('Green');
    expect(scopeHealth(1)).toBe('Amber');
    expect(scopeHealth(3)).toBe('Red');
    expect(scopeHealth(1, 1)).toBe('Red');
  });
  it('overall is the worst chosen dimension', () => {
    expect(overallHealth({ schedule: 'Green', cost: 'Amber', scope: 'Green' })).toBe('Amber');
    expect(overallHealth({})).toBeUndefined();
  });
});

describe('override reason', () => {
  const figures: IReportFigures = { asOf: TODAY, missing: [], openIssues: 0, openHighRisks: 0, variancePercent: 5, spi: 1, slipDays: 0, milestonesSlipped: [] };
  const base = { ...newReportValues(7, 'July report', figures, 'monthly'), summary: 'On track.' };

  it('is not needed when every dimension is as suggested', () => {
    expect(base.schedule).toBe('Green');
    expect(validateReport(base)).toEqual({});
  });
  it('is required and length-checked when a dimension is overridden', () => {
    const over = { ...base, risk: 'Amber' as const };
    expect(validateReport(over).overrideReason).toEqual({ key: 'ValidationOverrideReason' });
    expect(validateReport({ ...over, overrideReason: 'too short' }).overrideReason).toEqual({ key: 'ValidationOverrideReasonShort', values: [20, 9] });
    expect(validateReport({ ...over, overrideReason: 'x'.repeat(1001) }).overrideReason?.key).toBe('ValidationMaxLength');
    expect(validateReport({ ...over, overrideReason: 'Vendor escalation pending, see RAID 12' })).toEqual({});
    expect(toReportDraft({ ...over, overrideReason: 'Vendor escalation pending, see RAID 12' }).health).toEqual({ schedule: 'Green', cost: 'Green', scope: 'Green', risk: 'Amber', overall: 'Amber' });
  });
});

describe('periods and supersession', () => {
  it('keys months, ISO weeks and fortnights', () => {
    expect(periodKey('2026-07-02', 'monthly')).toBe('2026-07');
    expect(periodKey('2026-12-31', 'weekly')).toBe('2026-W53');
    expect(periodKey('2027-01-01', 'weekly')).toBe('2026-W53');
    expect(periodKey('2027-01-04', 'weekly')).toBe('2027-W01');
    expect(periodKey('2026-06-29', 'weekly')).toBe('2026-W27');
    expect(periodKey('2026-06-29', 'fortnightly')).toBe('2026-F14');
  });
  const rep = (id: number, period: string, state: IStatusReport['state'], publishedAt?: string, supersedes?: number): IStatusReport => ({
    id, etag: '"1"', title: `R${id}`, projectId: 7, reportDate: `${period}-15`, period, state, health: {}, overrideReason: '', summary: '', accomplishments: '', nextSteps: '', publishedAt, supersedes
  });
  it('finds the published report a new one would supersede, and the history hides superseded ones', () => {
    const reports = [rep(1, '2026-06', 'Published', '2026-06-15T10:00:00Z'), rep(2, '2026-07', 'Published', '2026-07-01T10:00:00Z'), rep(3, '2026-07', 'Draft')];
    expect(publishedInPeriod(reports, '2026-07', 3)?.id).toBe(2);
    expect(publishedInPeriod(reports, '2026-08')).toBeUndefined();
    const after = [...reports.slice(0, 2), rep(3, '2026-07', 'Published', '2026-07-02T10:00:00Z', 2)];
    expect(reportHistory(after).map((x) => x.id)).toEqual([3, 1]);
    expect(publishedInPeriod(after, '2026-07')?.id).toBe(3);
  });
});
