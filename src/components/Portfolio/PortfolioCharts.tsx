/**
 * The portfolio's charts (health mix, budget variance by project, schedule slip), drawn with
 * @fluentui/react-charting, which takes its colours and fonts from the Fluent theme. This module is
 * its own chunk, loaded when the charts are first shown.
 */
import * as React from 'react';
import { DonutChart, VerticalBarChart, type IChartProps, type IVerticalBarChartDataPoint } from '@fluentui/react-charting';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { healthLabel } from '../common/fields/labels';
import { healthMix, topBy } from './portfolioRows';
import { formatNumber } from '../../model/locale';
import { healthColors } from '../common/themeColors';

export interface IPortfolioChartsProps {
  rows: IPortfolioRow[];
}

const TOP = 15;

export default function PortfolioCharts({ rows }: IPortfolioChartsProps): React.ReactElement {
  const theme = useTheme();
  const health = healthColors(theme);
  const colors: Record<string, string> = { ...health, Unknown: health.none };
  const mix: IChartProps = {
    chartTitle: strings.PortfolioChartHealthMix,
    chartData: healthMix(rows).map((m) => ({ legend: m.health === 'Unknown' ? strings.PortfolioHealthUnknown : healthLabel(m.health), data: m.count, color: colors[m.health] }))
  };
  const bars = (value: (r: IPortfolioRow) => number | undefined): IVerticalBarChartDataPoint[] =>
    topBy(rows, value, TOP).map(({ row, value: v }) => ({
      x: row.project.code,
      y: v,
      color: v < 0 ? health.Red : theme.palette.themePrimary,
      xAxisCalloutData: `${row.project.code} ${row.project.title}`,
      yAxisCalloutData: formatNumber(v)
    }));
  const variance = bars((r) => r.variance);
  const slip = bars((r) => r.slipDays);
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 32 }} data-testid="portfolio-charts">
      <Stack.Item styles={{ root: { width: 320 } }}>
        <Text as="h3" variant="mediumPlus" block>{strings.PortfolioChartHealthMix}</Text>
        <DonutChart data={mix} innerRadius={55} height={260} width={300} hideLabels={false} valueInsideDonut={rows.length} />
      </Stack.Item>
      <Stack.Item grow styles={{ root: { minWidth: 360 } }}>
        <Text as="h3" variant="mediumPlus" block>{strings.PortfolioChartVariance}</Text>
        {variance.length ? <VerticalBarChart data={variance} height={260} hideLegend yAxisTickCount={5} /> : <Text>{strings.PortfolioChartNoData}</Text>}
      </Stack.Item>
      <Stack.Item grow styles={{ root: { minWidth: 360 } }}>
        <Text as="h3" variant="mediumPlus" block>{strings.PortfolioChartSlip}</Text>
        {slip.length ? <VerticalBarChart data={slip} height={260} hideLegend yAxisTickCount={5} /> : <Text>{strings.PortfolioChartNoData}</Text>}
      </Stack.Item>
    </Stack>
  );
}
