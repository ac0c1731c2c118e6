import * as strings from 'PmoHubStrings';
import type { CompareFigure, IMonthMetrics } from '../../model/metrics';
import type { Health } from '../../model/types';
import type { IExportColumn } from '../common/export';
import { healthLabel } from '../common/fields/labels';

const HEALTH_KEYS: (Health | 'none')[] = ['Green', 'Amber', 'Red', 'none'];
const pct = (rate: number | undefined): number | undefined => (rate === undefined ? undefined : rate * 100);
const round1 = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.round(n * 10) / 10);

/** The health buckets, in the order the table, the chart and the workbook show them. */
export const healthBuckets = (): { key: Health | 'none'; label: string }[] =>
  HEALTH_KEYS.map((key) => ({ key, label: key === 'none' ? strings.MetricsColNoReport : healthLabel(key) }));

/**
 * The figures of a month, one column each: the table shows them and the Excel export writes them
 * (percentages as Excel percentages, counts and amounts as numbers, unknown as an empty cell).
 */
export function metricsColumns(): IExportColumn<IMonthMetrics>[] {
  return [
    { key: 'Month', label: strings.MetricsColMonth, value: (m) => m.month },
    { key: 'Expected', label: strings.MetricsColExpected, value: (m) => m.expected, type: 'number' },
    ...healthBuckets().map((b): IExportColumn<IMonthMetrics> => ({ key: `Health${b.key}`, label: b.label, value: (m) => m.health[b.key], type: 'number' })),
    { key: 'OnTime', label: strings.MetricsColOnTime, value: (m) => pct(m.onTimeRate), type: 'percent' },
    { key: 'MilestonesOnTime', label: strings.MetricsColMilestonesOnTime, value: (m) => m.milestonesOnTime, type: 'number' },
    { key: 'MilestonesDue', label: strings.MetricsColMilestonesDue, value: (m) => m.milestonesDue, type: 'number' },
    { key: 'VariancePercent', label: strings.MetricsColVariance, value: (m) => round1(m.variancePercent), type: 'number' },
    { key: 'Budget', label: strings.MetricsColBudget, value: (m) => m.budget, type: 'number' },
    { key: 'Eac', label: strings.MetricsColEac, value: (m) => m.eac, type: 'number' },
    { key: 'Compliance', label: strings.MetricsColCompliance, value: (m) => pct(m.complianceRate), type: 'percent' },
    { key: 'Reported', label: strings.MetricsColReported, value: (m) => m.reported, type: 'number' },
    { key: 'MinutesMedianDays', label: strings.MetricsColMinutes, value: (m) => round1(m.minutesMedianDays), type: 'number' },
    { key: 'Meetings', label: strings.MetricsColMeetings, value: (m) => m.meetings, type: 'number' },
    { key: 'MinutesPublished', label: strings.MetricsColMinutesPublished, value: (m) => m.minutesPublished, type: 'number' }
  ];
}

/** The localized name of each compared figure. */
export const figureLabel = (): Record<CompareFigure, string> => ({
  variancePercent: strings.MedianFigureVariance,
  slipDays: strings.MedianFigureSlip,
  healthScore: strings.MedianFigureHealth,
  minutesDays: strings.MedianFigureMinutes
});
