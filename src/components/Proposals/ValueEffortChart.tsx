/**
 * Value against effort: each scored proposal at its effort (person-days) and weighted score, drawn with
 * @fluentui/react-charting. Its own chunk, loaded when the board first shows the chart.
 */
import * as React from 'react';
import { ScatterChart, type IChartProps } from '@fluentui/react-charting';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IValueEffortPoint } from '../../model/scoring';
import { formatNumber } from '../../model/locale';
import { seriesColors } from '../common/themeColors';

export default function ValueEffortChart({ points }: { points: IValueEffortPoint[] }): React.ReactElement {
  const colors = seriesColors(useTheme());
  if (!points.length) return <Text block>{strings.ProposalChartEmpty}</Text>;
  const data: IChartProps = {
    chartTitle: strings.ProposalChartTitle,
    lineChartData: points.map((p, i) => ({
      legend: `${p.code} ${p.title}`,
      color: colors[i % colors.length],
      data: [{ x: p.effort, y: p.value, xAxisCalloutData: `${strings.ProposalChartX}: ${formatNumber(p.effort)}`, yAxisCalloutData: `${strings.ProposalChartY}: ${formatNumber(p.value, 2, 2)}` }]
    }))
  };
  return (
    <div data-testid="value-effort-chart" style={{ width: '100%', maxWidth: 760, minHeight: 320 }}>
      <ScatterChart data={data} height={300} width={720} xAxisTitle={strings.ProposalChartX} yAxisTitle={strings.ProposalChartY} yMinValue={1} yMaxValue={5} />
    </div>
  );
}
