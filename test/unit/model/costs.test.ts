import {
  burnSeries,
  costSummary,
  estimateAtCompletion,
  lastActualPeriod,
  monthlyTotals,
  monthsBetween,
  monthsOfYear,
  sumTotals,
  validateCost,
  emptyCostValues,
  costToFormValues,
  toCostDraft,
  projectVariance
} from '../../../src/model/costs';
import type { ICostFormValues } from '../../../src/model/costs';
import type { CostKind } from '../../../src/model/types';

const line = (period: string, kind: CostKind, amount: number): { period: string; kind: CostKind; amount: number } => ({
  period,
  kind,
  amount
});

// A project budgeted 1,000 a month for Jan–Apr; Jan and Feb spent; forecasts for all four months.
const project = [
  line('2025-01-01', 'Budget', 1000),
  line('2025-02-01', 'Budget', 1000),
  line('2025-03-01', 'Budget', 1000),
  line('2025-04-01', 'Budget', 1000),
  line('2025-01-01', 'Actual', 900),
  line('2025-02-01', 'Actual', 700),
  line('2025-02-01', 'Actual', 500),
  line('2025-01-01', 'Forecast', 1000),
  line('2025-02-01', 'Forecast', 1000),
  line('2025-03-01', 'Forecast', 1100),
  line('2025-04-01', 'Forecast', 1300)
];

describe('months', () => {
  it('lists the twelve periods of a year', () => {
    const months = monthsOfYear(2025);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-01-01');
    expect(months[8]).toBe('2025-09-01');
    expect(months[11]).toBe('2025-12-01');
  });

  it('lists months across a year end, both ends included', () => {
    expect(monthsBetween('2024-11-15', '2025-02-01')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(monthsBetween('2025-03-01', '2025-02-01')).toEqual([]);
  });
});

describe('monthlyTotals', () => {
  it('sums each kind per month, in the order of the periods asked for, with zero months', () => {
    const months = monthlyTotals(project, monthsOfYear(2025));
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ period: '2025-02-01', budget: 1000, actual: 1200, forecast: 1000 });
    expect(months[4]).toEqual({ period: '2025-05-01', budget: 0, actual: 0, forecast: 0 });
  });

  it('without periods, returns each month that has a line, sorted', () => {
    const months = monthlyTotals([line('2025-03-01', 'Actual', 5), line('2024-12-01', 'Budget', 1), line('2025-03-01', 'Actual', 5)]);
    expect(months.map((m) => m.period)).toEqual(['2024-12-01', '2025-03-01']);
    expect(months[1].actual).toBe(10);
  });

  it('leaves out lines of months not asked for and normalises a period given as another day', () => {
    const months = monthlyTotals([line('2024-12-01', 'Budget', 50), line('2025-01-15', 'Budget', 7)], monthsOfYear(2025));
    expect(sumTotals(months).budget).toBe(7);
  });

  it('adds money without floating point drift', () => {
    const months = monthlyTotals([line('2025-01-01', 'Actual', 0.1), line('2025-01-01', 'Actual', 0.2)]);
    expect(months[0].actual).toBe(0.3);
  });

  it('totals the months', () => {
    expect(sumTotals(monthlyTotals(project, monthsOfYear(2025)))).toEqual({ budget: 4000, actual: 2100, forecast: 4400 });
  });
});

describe('costSummary', () => {
  it('takes EAC as actuals to date plus forecasts after the last actual month', () => {
    expect(lastActualPeriod(project)).toBe('2025-02-01');
    const s = costSummary(project);
    expect(s.actualToDate).toBe(2100);
    expect(s.remainingForecast).toBe(2400);
    expect(s.eac).toBe(4500);
    expect(estimateAtCompletion(project)).toBe(4500);
  });

  it('reports variance as budget minus EAC: negative is an overrun', () => {
    const s = costSummary(project);
    expect(s.budget).toBe(4000);
    expect(s.variance).toBe(-500);
    expect(s.variancePercent).toBe(-12.5);
  });

  it('reports an underrun as positive', () => {
    const s = costSummary([line('2025-01-01', 'Budget', 3000), line('2025-01-01', 'Actual', 1000), line('2025-02-01', 'Forecast', 1000)]);
    expect(s.variance).toBe(1000);
    expect(s.variancePercent).toBe(33.3);
  });

  it('uses the whole forecast before anything is spent', () => {
    const s = costSummary([line('2025-01-01', 'Budget', 100), line('2025-01-01', 'Forecast', 60), line('2025-02-01', 'Forecast', 60)]);
    expect(s.lastActualPeriod).toBeUndefined();
    expect(s.eac).toBe(120);
    expect(s.variance).toBe(-20);
  });

  it('has no variance percent without a budget', () => {
    const s = costSummary([line('2025-01-01', 'Actual', 10)]);
    expect(s.variance).toBe(-10);
    expect(s.variancePercent).toBeUndefined();
  });
});

describe('burnSeries', () => {
  it('accumulates budget and actuals up to the last actual month, then forecasts', () => {
    const series = burnSeries(project);
    expect(series.map((p) => p.period)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
    expect(series.map((p) => p.budget)).toEqual([1000, 2000, 3000, 4000]);
    expect(series.map((p) => p.actualForecast)).toEqual([900, 2100, 3200, 4500]);
    expect(series.map((p) => p.isForecast)).toEqual([false, false, true, true]);
  });

  it('ends at the EAC over the whole span and fills months without lines', () => {
    const lines = [line('2025-01-01', 'Actual', 10), line('2025-04-01', 'Forecast', 5), line('2025-02-01', 'Budget', 20)];
    const series = burnSeries(lines);
    expect(series).toHaveLength(4);
    expect(series[2]).toEqual({ period: '2025-03-01', budget: 20, actualForecast: 10, isForecast: true });
    expect(series[3].actualForecast).toBe(estimateAtCompletion(lines));
  });

  it('is empty without lines', () => {
    expect(burnSeries([])).toEqual([]);
  });
});

describe('validateCost', () => {
  const values = (over: Partial<ICostFormValues> = {}): ICostFormValues => ({
    ...emptyCostValues(1, '2025-03-01'),
    category: 'Licences',
    amount: '120',
    ...over
  });
  const key = (over: Partial<ICostFormValues>, field: keyof ICostFormValues): string | undefined =>
    validateCost(values(over))[field]?.key;

  it('accepts a complete line, including a zero amount', () => {
    expect(validateCost(values())).toEqual({});
    expect(validateCost(values({ amount: '0' }))).toEqual({});
  });

  it('refuses negative, missing and non-numeric amounts', () => {
    expect(key({ amount: '-1' }, 'amount')).toBe('ValidationNonNegative');
    expect(key({ amount: '' }, 'amount')).toBe('ValidationRequired');
    expect(key({ amount: 'twelve' }, 'amount')).toBe('ValidationNumber');
    expect(key({ amount: '12x' }, 'amount')).toBe('ValidationNumber');
  });

  it('requires a valid period, a kind and a category', () => {
    expect(key({ period: '' }, 'period')).toBe('ValidationRequired');
    expect(key({ period: '2025-13-01' }, 'period')).toBe('ValidationDate');
    expect(key({ kind: '' }, 'kind')).toBe('ValidationRequired');
    expect(key({ kind: 'Accrual' as never }, 'kind')).toBe('ValidationRequired');
    expect(key({ category: ' ' }, 'category')).toBe('ValidationRequired');
  });

  it('limits the single line texts', () => {
    expect(key({ supplier: 's'.repeat(256) }, 'supplier')).toBe('ValidationMaxLength');
    expect(validateCost(values({ category: 'c'.repeat(101) })).category).toEqual({ key: 'ValidationMaxLength', values: [100, 101] });
    expect(key({ category: 'c'.repeat(100) }, 'category')).toBeUndefined();
  });
});

describe('cost form values and drafts', () => {
  it('names an untitled line from kind, category and month and parses the amount as typed', () => {
    const draft = toCostDraft({ ...emptyCostValues(3, '2025-03-17', 'Forecast'), category: ' Travel ', amount: '1,250.50' });
    expect(draft).toEqual({ title: 'Forecast Travel 2025-03', projectId: 3, period: '2025-03-01', kind: 'Forecast', category: 'Travel', amount: 1250.5, supplier: '' });
  });

  it('round-trips a saved line', () => {
    const line = { id: 4, etag: '"2"', title: 'Licences', projectId: 3, period: '2025-02-01', kind: 'Actual' as const, category: 'Software', amount: 99.5, supplier: 'Contoso' };
    const { id, etag, ...draft } = line;
    void id; void etag;
    expect(toCostDraft(costToFormValues(line))).toEqual(draft);
  });
});

describe('projectVariance', () => {
  it('is budget minus forecast, negative when over budget, and undefined when a figure is missing', () => {
    expect(projectVariance(100000, 115000)).toBe(-15000);
    expect(projectVariance(100000, 90000.5)).toBe(9999.5);
    expect(projectVariance(undefined, 5)).toBeUndefined();
    expect(projectVariance(5, undefined)).toBeUndefined();
  });
});
