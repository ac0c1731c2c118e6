/** Line charts of one project's figures against the portfolio median, month by month (a chunk of its own). */
import * as React from 'react';
import { LineChart, type ILineChartPoints } from '@fluentui/react-charting';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { COMPARE_FIGURES, type IMonthComparison } from '../../model/metrics';
import { monthDate, monthLabel, seriesColors } from './chartColors';
import { figureLabel } from './metricsColumns';

export default function MedianCharts({ rows }: { rows: IMonthComparison[] }): React.ReactElement {
  const series = seriesColors(useTheme());
  const labels = figureLabel();
  const line = (legend: string, color: string, value: (r: IMonthComparison) => number | undefined): ILineChartPoints => ({
    legend,
    color,
    data: rows.filter((r) => value(r) !== undefined).map((r) => ({ x: monthDate(r.month), y: Math.round(value(r)! * 10) / 10 }))
  });
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 24 }} data-testid="median-charts">
      {COMPARE_FIGURES.map((f) => {
        const lines = [line(strings.MedianColProject, series[0], (r) => r.project[f]), line(strings.MedianColMedian, series[1], (r) => r.median[f])].filter((l) => l.data.length);
        if (!lines.length) return null;
        // Variance is negative when over budget: the axis must reach below 0; a score spans 0–100.
        const lowest = Math.min(0, ...lines.map((l) => Math.min(...l.data.map((p) => p.y))));
        return (
          <Stack.Item key={f} styles={{ root: { width: 420 } }} data-testid={`median-chart-${f}`}>
            <Text as="h4" variant="medium" block>{labels[f]}</Text>
            <div style={{ height: 240 }}>
              <LineChart data={{ chartTitle: format(strings.MedianChartLabel, labels[f]), lineChartData: lines }} height={240} width={400} customDateTimeFormatter={monthLabel}
                yMinValue={lowest} yMaxValue={f === 'healthScore' ? 100 : undefined} supportNegativeData={lowest < 0} />
            </div>
          </Stack.Item>
        );
      })}
    </Stack>
  );
}
