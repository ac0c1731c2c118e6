import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import { REPORT_DIMENSIONS, type IStatusReport } from '../../model/statusReport';
import { HealthBadge } from '../Portfolio/HealthBadge';
import { DIMENSION_LABEL } from './ReportForm';

/** The published history as a trend: one row per dimension, one column per report (oldest first, the last 12). */
export const ReportTrend: React.FC<{ history: IStatusReport[] }> = ({ history }) => {
  if (history.length === 0) return null;
  const shown = history.slice(0, 12).reverse();
  return (
    <section aria-label={strings.ReportTrendLabel}>
      <Text as="h3" variant="large" block>{strings.ReportHistoryTitle}</Text>
      <table aria-label={strings.ReportTrendLabel} data-testid="report-trend" style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <td />
            {shown.map((r) => (
              <th key={r.id} scope="col" style={{ padding: '2px 8px', fontWeight: 600 }}>{r.period}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['overall', ...REPORT_DIMENSIONS] as const).map((d) => (
            <tr key={d}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 8 }}>{DIMENSION_LABEL[d]}</th>
              {shown.map((r) => (
                <td key={r.id} style={{ padding: '2px 8px' }}>{r.health[d] ? <HealthBadge health={r.health[d]!} /> : '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
