import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ICostTotals, IMonthTotals } from '../../model/costs';
import { formatAmount } from '../common/fields/formatValue';
import { monthLabel } from '../common/fields/labels';

const num: React.CSSProperties = { textAlign: 'right', padding: '4px 12px', fontVariantNumeric: 'tabular-nums' };

/** Budget, actual and forecast of the twelve months of a year, with the year's totals. */
export function MonthlyTable({ year, months, totals }: { year: number; months: IMonthTotals[]; totals: ICostTotals }): React.ReactElement {
  const theme = useTheme();
  const head: React.CSSProperties = { textAlign: 'left', padding: '4px 12px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` };
  return (
    <table style={{ borderCollapse: 'collapse' }} data-testid="cost-months">
      <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{format(strings.CostTableCaption, year)}</caption>
      <thead>
        <tr>
          <th scope="col" style={head}>{strings.CostColMonth}</th>
          <th scope="col" style={{ ...head, textAlign: 'right' }}>{strings.CostColBudget}</th>
          <th scope="col" style={{ ...head, textAlign: 'right' }}>{strings.CostColActual}</th>
          <th scope="col" style={{ ...head, textAlign: 'right' }}>{strings.CostColForecast}</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.period} data-period={m.period}>
            <th scope="row" style={{ ...num, textAlign: 'left', fontWeight: 400 }}>{monthLabel(m.period)}</th>
            <td style={num}>{formatAmount(m.budget)}</td>
            <td style={num}>{formatAmount(m.actual)}</td>
            <td style={num}>{formatAmount(m.forecast)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-period="total" style={{ borderTop: `2px solid ${theme.palette.neutralSecondary}`, fontWeight: 600 }}>
          <th scope="row" style={{ ...num, textAlign: 'left' }}>{format(strings.CostTotalYear, year)}</th>
          <td style={num}>{formatAmount(totals.budget)}</td>
          <td style={num}>{formatAmount(totals.actual)}</td>
          <td style={num}>{formatAmount(totals.forecast)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
