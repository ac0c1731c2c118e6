/**
 * The published history as lines, one per dimension (schedule, cost, scope, risk, overall), from each
 * report's frozen health as a score (Green 100, Amber 50, Red 0). A chunk of its own (the charting
 * library); the table in ReportTrend carries the same values.
 */
import * as React from 'react';
import { LineChart, type ILineChartPoints } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { HEALTH_SCORE } from '../../model/metrics';
import { REPORT_DIMENSIONS, type IStatusReport } from '../../model/statusReport';
import { seriesColors } from '../Metrics/chartColors';
import { formatDate, fromIsoDate, toIsoDate } from '../common/fields/formatValue';
import { DIMENSION_LABEL } from './ReportForm';

export default function TrendChart({ reports }: { reports: IStatusReport[] }): React.ReactElement {
  const colors = seriesColors(useTheme());
  const lines: ILineChartPoints[] = (['overall', ...REPORT_DIMENSIONS] as const).map((d, i) => ({
    legend: DIMENSION_LABEL[d],
    color: colors[i % colors.length],
    data: reports.filter((r) => r.health[d]).map((r) => ({ x: fromIsoDate(r.reportDate)!, y: HEALTH_SCORE[r.health[d]!], xAxisCalloutData: r.period }))
  }));
  return (
    <div data-testid="report-trend-chart" style={{ height: 260, maxWidth: 720 }}>
      <LineChart
        data={{ chartTitle: strings.ReportTrendChart, lineChartData: lines.filter((l) => l.data.length) }}
        height={260}
        yMinValue={0}
        yMaxValue={100}
        yAxisTickCount={3}
        customDateTimeFormatter={(d) => formatDate(toIsoDate(d))}
      />
    </div>
  );
}
