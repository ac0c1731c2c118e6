import * as React from 'react';
import * as strings from 'PmoHubStrings';
import type { IBurnPoint } from '../../model/costs';
import { formatAmount } from '../common/fields/formatValue';
import { monthLabel } from '../common/fields/labels';

const num: React.CSSProperties = { textAlign: 'right', padding: '2px 12px' };

/** The burn chart's data as a table: the text alternative of the chart. */
export function BurnTable({ points }: { points: IBurnPoint[] }): React.ReactElement {
  return (
    <table style={{ borderCollapse: 'collapse' }} data-testid="burn-table">
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{strings.CostChartTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left', padding: '2px 12px' }}>{strings.CostColMonth}</th>
          <th scope="col" style={num}>{strings.CostChartBudget}</th>
          <th scope="col" style={num}>{strings.CostChartActualForecast}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.period}>
            <th scope="row" style={{ textAlign: 'left', padding: '2px 12px', fontWeight: 400 }}>
              {monthLabel(p.period)}
              {p.isForecast ? ` (${strings.CostChartForecastNote})` : ''}
            </th>
            <td style={num}>{formatAmount(p.budget)}</td>
            <td style={num}>{formatAmount(p.actualForecast)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
