import { costFigures, costHealth, projectStatus, riskHealth, scheduleHealth, worstHealth } from '../../../src/model/projectStatus';
import type { IProject } from '../../../src/model/types';

const TODAY = '2026-07-02';
const project: IProject = {
  id: 7,
  etag: '"1"',
  title: 'CRM rollout',
  code: 'PRJ-0007',
  description: '',
  phase: 'Execution',
  health: 'Green',
  priority: 'High',
  department: 'IT',
  startDate: '2026-01-01',
  plannedEndDate: '2026-12-31',
  forecastEndDate: '2027-01-20',
  budget: 200000,
  actualCost: 90000,
  forecastCost: 210000,
  percentComplete: 55,
  planId: 'plan-7'
};
const t = (id: string, title: string, pct: number, due: string) => ({ id, title, percentComplete: pct, dueDateTime: `${due}T12:00:00Z` });
// The plan on 2026-07-02: one work task and one milestone late.
const tasks = [
  t('1', 'Design', 100, '2026-03-01'),
  t('2', 'Build', 50, '2026-06-30'), // overdue
  t('3', 'Test', 0, '2026-09-01'),
  t('4', 'Milestone: Design approved', 100, '2026-03-15'),
  t('5', 'Milestone: Build complete', 0, '2026-06-20'), // missed (and overdue)
  t('6', 'Milestone: Go-live', 0, '2026-12-01')
];

describe('project status', () => {
  it('rolls the worked example up into every figure', () => {
    const s = projectStatus({
      project,
      plan: { kind: 'read', tasks },
      raid: [
        { kind: 'Risk', status: 'Open', probability: 4, impact: 4 }, // 16: Critical
        { kind: 'Risk', status: 'Open', probability: 2, impact: 5 }, // 10: High
        { kind: 'Risk', status: 'Closed', probability: 5, impact: 5 }, // closed: not counted
        { kind: 'Issue', status: 'In progress', impact: 1 }, // 5: Medium
        { kind: 'Decision', status: 'Open' }
      ],
      actions: [
        { status: 'Open', dueDate: '2026-06-01' },
        { status: 'In progress', dueDate: '2026-08-01' },
        { status: 'Done', dueDate: '2026-05-01' }
      ],
      meetings: [
        { title: 'Status', start: '2026-06-25T09:00:00Z' },
        { title: 'Steering', start: '2026-07-09T13:00:00Z' },
        { title: 'Status', start: '2026-07-02T09:00:00Z' }
      ],
      today: TODAY
    });
    // (100 + 50 + 0 + 100 + 0 + 0) / 6 = 41.7 → 42
    expect(s.percentComplete).toBe(42);
    expect(s.percentSource).toBe('planner');
    expect(s.tasks).toEqual({ total: 6, completed: 2, overdue: 2, percentComplete: 42 });
    expect(s.milestoneSummary?.next?.name).toBe('Go-live');
    expect(s.milestoneSummary?.missed).toBe(1);
    expect(s.slipDays).toBe(20);
    // Variance = budget − forecast = 200,000 − 210,000 = −10,000 (−5 %).
    expect(s.variance).toBe(-10000);
    expect(s.variancePercent).toBe(-5);
    // PV = 200,000 × 50 % = 100,000; EV = 200,000 × 42 % = 84,000; AC = 90,000.
    expect(s.evm.pv).toBe(100000);
    expect(s.evm.ev).toBe(84000);
    expect(s.evm.spi).toBe(0.84);
    expect(s.evm.cpi).toBe(0.93);
    expect([s.openRisks, s.openHighRisks, s.openCriticalRisks]).toEqual([3, 2, 1]);
    expect([s.openActions, s.overdueActions]).toEqual([2, 1]);
    expect(s.nextMeeting).toEqual({ title: 'Status', start: '2026-07-02T09:00:00Z' });
    // Schedule Amber (SPI 0.84, slip 20 d, one missed), cost Amber (−5 %, CPI 0.93), risk Red (a Critical one).
    expect(s.health).toEqual({ schedule: 'Amber', cost: 'Amber', risk: 'Red', overall: 'Red' });
  });

  it('a failed plan read leaves the Planner figures unknown, not 0, and says why', () => {
    const s = projectStatus({ project, plan: { kind: 'failed', reason: 'forbidden' }, today: TODAY });
    expect(s.plan).toBe('failed');
    expect(s.planFailure).toBe('forbidden');
    expect(s.tasks).toBeUndefined();
    expect(s.percentComplete).toBeUndefined();
    expect(s.evm.ev).toBeUndefined();
    expect(s.evm.spi).toBeUndefined();
    expect(s.milestoneSummary).toBeUndefined();
    // RAID, actions and meetings were not read either: unknown, not zero.
    expect(s.openHighRisks).toBeUndefined();
    expect(s.openActions).toBeUndefined();
    expect(s.health.risk).toBeUndefined();
    // Schedule still knows the slip (from the register): Amber.
    expect(s.health.schedule).toBe('Amber');
  });

  it('a project without a plan takes percent complete from the register', () => {
    const s = projectStatus({ project: { ...project, planId: undefined }, plan: { kind: 'none' }, raid: [], actions: [], meetings: [], today: TODAY });
    expect(s.percentComplete).toBe(55);
    expect(s.percentSource).toBe('register');
    expect(s.evm.ev).toBe(110000);
    expect(s.openHighRisks).toBe(0);
    expect(s.openActions).toBe(0);
    expect(s.nextMeeting).toBeUndefined();
    expect(s.health.risk).toBe('Green');
  });

  it('a proposal without figures has no health at all rather than a made-up Green', () => {
    const bare: IProject = { ...project, startDate: undefined, plannedEndDate: undefined, forecastEndDate: undefined, budget: undefined, actualCost: undefined, forecastCost: undefined, percentComplete: undefined };
    const s = projectStatus({ project: bare, plan: { kind: 'none' }, today: TODAY });
    expect(s.health).toEqual({ schedule: undefined, cost: undefined, risk: undefined, overall: undefined });
  });
});

describe('cost figures from PMO Costs lines', () => {
  const line = (period: string, kind: 'Budget' | 'Actual' | 'Forecast', amount: number) => ({ period, kind, amount });
  // Actuals Jan–Jun 2026: 20,000 + 25,000 + 30,000 = 75,000 booked; the June forecast is superseded by its actual.
  const lines = [
    line('2026-01-01', 'Budget', 180000),
    line('2026-01-01', 'Actual', 20000),
    line('2026-03-01', 'Actual', 25000),
    line('2026-06-01', 'Actual', 30000),
    line('2026-06-01', 'Forecast', 99999),
    line('2026-09-01', 'Forecast', 60000),
    line('2026-12-01', 'Forecast', 70000)
  ];

  it('AC is every Actual line and EAC adds the forecasts after the last actual month; BAC stays the register\'s', () => {
    expect(costFigures(project, lines)).toEqual({ budget: 200000, actualCost: 75000, eac: 205000, source: 'costs' });
    const s = projectStatus({ project, plan: { kind: 'read', tasks }, costs: lines, today: TODAY });
    // Variance = 200,000 − 205,000 = −5,000 (−2.5 %); EV = 200,000 × 42 % = 84,000, CPI = 84,000 / 75,000 = 1.12.
    expect(s.variance).toBe(-5000);
    expect(s.variancePercent).toBe(-2.5);
    expect(s.evm.ac).toBe(75000);
    expect(s.evm.cpi).toBe(1.12);
    expect(s.health.cost).toBe('Amber');
  });

  it('without Actual or Forecast lines the register figures count; without a register budget the Budget lines do', () => {
    expect(costFigures(project, [line('2026-01-01', 'Budget', 1)])).toEqual({ budget: 200000, actualCost: 90000, eac: 210000, source: 'register' });
    expect(costFigures({ ...project, budget: undefined }, lines).budget).toBe(180000);
  });

  it('a failed cost read leaves AC, EAC, variance and CPI unknown rather than falling back or showing 0', () => {
    const s = projectStatus({ project, plan: { kind: 'read', tasks }, costs: 'failed', today: TODAY });
    expect(s.cost).toEqual({ budget: 200000 });
    expect(s.variance).toBeUndefined();
    expect(s.evm.ac).toBeUndefined();
    expect(s.evm.cpi).toBeUndefined();
    expect(s.evm.spi).toBeDefined();
  });
});

describe('health rules', () => {
  it('schedule thresholds', () => {
    expect(scheduleHealth(0.96, 0, 0)).toBe('Green');
    expect(scheduleHealth(0.94)).toBe('Amber');
    expect(scheduleHealth(0.79)).toBe('Red');
    expect(scheduleHealth(undefined, 1)).toBe('Amber');
    expect(scheduleHealth(undefined, 31)).toBe('Red');
    expect(scheduleHealth(1, 0, 2)).toBe('Red');
    expect(scheduleHealth()).toBeUndefined();
  });
  it('cost thresholds', () => {
    expect(costHealth(0, 1)).toBe('Green');
    expect(costHealth(-0.1)).toBe('Amber');
    expect(costHealth(-10.1)).toBe('Red');
    expect(costHealth(undefined, 0.9)).toBe('Amber');
    expect(costHealth(5, 0.79)).toBe('Red');
    expect(costHealth()).toBeUndefined();
  });
  it('risk thresholds', () => {
    expect(riskHealth(0, 0)).toBe('Green');
    expect(riskHealth(1, 0)).toBe('Amber');
    expect(riskHealth(3, 0)).toBe('Red');
    expect(riskHealth(1, 1)).toBe('Red');
    expect(riskHealth(undefined)).toBeUndefined();
  });
  it('overall is the worst known', () => {
    expect(worstHealth(['Green', undefined, 'Amber'])).toBe('Amber');
    expect(worstHealth([undefined, undefined])).toBeUndefined();
  });
});
