/**
 * The metrics' charts (@fluentui/react-charting, colours from the theme): the health mix stacked by
 * month, on-time delivery and reporting compliance as lines, budget variance and minutes timeliness as
 * bars. A chunk of its own; the table beside it carries the same figures.
 */
import * as React from 'react';
import { LineChart, VerticalBarChart, VerticalStackedBarChart, type ILineChartPoints, type IVerticalBarChartDataPoint, type IVerticalStackedChartProps } from '@fluentui/react-charting';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IMonthMetrics } from '../../model/metrics';
import { healthColors, monthDate, monthLabel, seriesColors } from './chartColors';
import { healthBuckets } from './metricsColumns';
import { oneDecimal } from './MetricsTable';

const CHART_HEIGHT = 300;

const Chart: React.FC<{ title: string; testId: string; children: React.ReactNode }> = ({ title, testId, children }) => (
  <Stack.Item styles={{ root: { width: 560, maxWidth: '100%' } }} data-testid={testId}>
    <Text as="h3" variant="mediumPlus" block>{title}</Text>
    {/* The charts size themselves to their container: it needs a height. */}
    <div style={{ height: CHART_HEIGHT }}>{children}</div>
  </Stack.Item>
);

/** A line of monthly percentages; months without a figure are left out (no zero). */
function rateLine(months: IMonthMetrics[], legend: string, color: string, rate: (m: IMonthMetrics) => number | undefined): ILineChartPoints {
  const data = months.filter((m) => rate(m) !== undefined).map((m) => ({ x: monthDate(m.month), y: Math.round(rate(m)! * 100) }));
  return { legend, color, data };
}

function bars(months: IMonthMetrics[], color: (v: number) => string, value: (m: IMonthMetrics) => number | undefined): IVerticalBarChartDataPoint[] {
  return months
    .filter((m) => value(m) !== undefined)
    .map((m) => {
      const v = Math.round(value(m)! * 10) / 10;
      return { x: m.month, y: v, color: color(v), xAxisCalloutData: m.month, yAxisCalloutData: oneDecimal(v) };
    });
}

export default function MetricsCharts({ months }: { months: IMonthMetrics[] }): React.ReactElement {
  const theme = useTheme();
  const health = healthColors(theme);
  const series = seriesColors(theme);
  const stacked: IVerticalStackedChartProps[] = months.map((m) => ({
    xAxisPoint: m.month,
    chartData: healthBuckets().map((b) => ({ legend: b.label, data: m.health[b.key], color: health[b.key] }))
  }));
  const lines = [
    rateLine(months, strings.MetricsColOnTime, series[0], (m) => m.onTimeRate),
    rateLine(months, strings.MetricsColCompliance, series[2], (m) => m.complianceRate)
  ].filter((l) => l.data.length > 0);
  const variance = bars(months, (v) => (v < 0 ? theme.semanticColors.errorIcon : theme.palette.themePrimary), (m) => m.variancePercent);
  const minutes = bars(months, () => theme.palette.themePrimary, (m) => m.minutesMedianDays);
  const none = <Text>{strings.PortfolioChartNoData}</Text>;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 32 }} data-testid="metrics-charts" role="group" aria-label={strings.MetricsChartsLabel}>
      <Chart title={strings.MetricsChartHealth} testId="metrics-chart-health">
        <VerticalStackedBarChart data={stacked} height={CHART_HEIGHT} barWidth={16} yAxisTickCount={4} rotateXAxisLables />
      </Chart>
      <Chart title={strings.MetricsChartRates} testId="metrics-chart-rates">
        {lines.length ? (
          <LineChart data={{ chartTitle: strings.MetricsChartRates, lineChartData: lines }} height={CHART_HEIGHT} yMinValue={0} yMaxValue={100} customDateTimeFormatter={monthLabel} />
        ) : none}
      </Chart>
      <Chart title={strings.MetricsChartVariance} testId="metrics-chart-variance">
        {variance.length ? <VerticalBarChart data={variance} height={CHART_HEIGHT} hideLegend rotateXAxisLables supportNegativeData yAxisTickCount={5} /> : none}
      </Chart>
      <Chart title={strings.MetricsChartMinutes} testId="metrics-chart-minutes">
        {minutes.length ? <VerticalBarChart data={minutes} height={CHART_HEIGHT} hideLegend rotateXAxisLables yAxisTickCount={5} /> : none}
      </Chart>
    </Stack>
  );
}
