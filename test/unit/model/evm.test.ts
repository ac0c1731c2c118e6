import { earnedValue, plannedPercent } from '../../../src/model/evm';

describe('planned percent complete', () => {
  it('is the elapsed share of the baseline schedule, clamped', () => {
    // 2026-01-01 .. 2026-11-28 is 331 days; on 2026-06-15, 165 of them have passed: 49.8 %.
    expect(plannedPercent('2026-01-01', '2026-11-28', '2026-06-15')).toBe(49.8);
    expect(plannedPercent('2026-01-01', '2026-11-28', '2025-12-01')).toBe(0);
    expect(plannedPercent('2026-01-01', '2026-11-28', '2027-01-01')).toBe(100);
    expect(plannedPercent(undefined, '2026-11-28', '2026-06-15')).toBeUndefined();
  });
});

describe('earned value', () => {
  // Worked example: BAC 200,000 over 2026-01-01 .. 2026-12-31 (364 days). On 2026-07-02 (182 days in)
  // the plan says 50 % done, so PV = 100,000. Planner says 40 % done: EV = 80,000. 90,000 spent: AC.
  // SPI = 80,000 / 100,000 = 0.8 (behind); CPI = 80,000 / 90,000 = 0.89 (over cost).
  const example = { budget: 200000, percentComplete: 40, actualCost: 90000, startDate: '2026-01-01', plannedEndDate: '2026-12-31', today: '2026-07-02' };

  it('computes PV, EV, AC, SPI, CPI, SV and CV', () => {
    expect(earnedValue(example)).toEqual({
      bac: 200000,
      plannedPercent: 50,
      pv: 100000,
      ev: 80000,
      ac: 90000,
      spi: 0.8,
      cpi: 0.89,
      sv: -20000,
      cv: -10000
    });
  });

  it('ahead of plan and under cost gives indices above 1', () => {
    const e = earnedValue({ ...example, percentComplete: 60, actualCost: 100000 });
    expect(e.spi).toBe(1.2);
    expect(e.cpi).toBe(1.2);
  });

  it('leaves every figure unknown whose inputs are unknown', () => {
    const noBudget = earnedValue({ ...example, budget: undefined });
    expect(noBudget).toEqual({ bac: undefined, plannedPercent: 50, pv: undefined, ev: undefined, ac: 90000, spi: undefined, cpi: undefined, sv: undefined, cv: undefined });
    const noProgress = earnedValue({ ...example, percentComplete: undefined });
    expect(noProgress.ev).toBeUndefined();
    expect(noProgress.pv).toBe(100000);
    expect(noProgress.spi).toBeUndefined();
    expect(noProgress.cpi).toBeUndefined();
  });

  it('has no ratio with a zero denominator', () => {
    // Before the start nothing is planned (PV 0) and nothing spent (AC 0): SPI and CPI are undefined, not Infinity.
    const e = earnedValue({ ...example, today: '2025-12-01', actualCost: 0, percentComplete: 0 });
    expect(e.pv).toBe(0);
    expect(e.ac).toBe(0);
    expect(e.spi).toBeUndefined();
    expect(e.cpi).toBeUndefined();
  });
});
