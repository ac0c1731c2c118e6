import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IMonthMetrics } from '../../model/metrics';
import { formatPercent } from '../common/fields/formatValue';
import { healthBuckets } from './metricsColumns';

const DASH = '–';
const rate = (r: number | undefined): string => (r === undefined ? DASH : formatPercent(r * 100));
/** One decimal, in the page's number format. */
export const oneDecimal = (n: number | undefined): string =>
  n === undefined || !isFinite(n) ? DASH : n.toLocaleString(undefined, { maximumFractionDigits: 1, minimumFractionDigits: n % 1 ? 1 : 0 });

/** The metrics by month as a table (the charts' figures, for screen readers and for reading off). */
export const MetricsTable: React.FC<{ months: IMonthMetrics[] }> = ({ months }) => {
  const theme = useTheme();
  const cell: React.CSSProperties = { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'right', whiteSpace: 'nowrap' };
  const buckets = healthBuckets();
  const heads = [strings.MetricsColMonth, strings.MetricsColExpected, ...buckets.map((b) => b.label), strings.MetricsColOnTime, strings.MetricsColVariance,
    strings.MetricsColCompliance, strings.MetricsColMinutes];
  return (
    <div style={{ overflowX: 'auto' }}>
      <table aria-label={strings.MetricsTableLabel} data-testid="metrics-table" style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col" style={{ ...cell, fontWeight: 600, textAlign: h === strings.MetricsColMonth ? 'left' : 'right', whiteSpace: 'normal' }}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row" style={{ ...cell, textAlign: 'left' }}>{m.month}</th>
              <td style={cell} data-col="expected">{m.expected}</td>
              {buckets.map((b) => (
                <td key={b.key} style={cell} data-col={`health-${b.key}`}>{m.health[b.key]}</td>
              ))}
              <td style={cell} data-col="ontime">
                {rate(m.onTimeRate)} ({format(strings.MetricsOfTotal, m.milestonesOnTime, m.milestonesDue)})
              </td>
              <td style={cell} data-col="variance">{m.variancePercent === undefined ? DASH : `${oneDecimal(m.variancePercent)} %`}</td>
              <td style={cell} data-col="compliance">
                {rate(m.complianceRate)} ({format(strings.MetricsOfTotal, m.reported, m.expected)})
              </td>
              <td style={cell} data-col="minutes">
                {oneDecimal(m.minutesMedianDays)} ({format(strings.MetricsOfTotal, m.minutesPublished, m.meetings)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
