import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import { REPORT_DIMENSIONS, type IStatusReport } from '../../model/statusReport';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { HealthBadge } from '../Portfolio/HealthBadge';
import { DIMENSION_LABEL } from './ReportForm';

const TrendChart = React.lazy(() => import(/* webpackChunkName: 'pmo-report-trend' */ './TrendChart'));

/**
 * The published history as a trend (the last 12 reports, oldest first): lines per dimension, and the
 * same values as a table, one row per dimension and one column per report.
 */
export const ReportTrend: React.FC<{ history: IStatusReport[] }> = ({ history }) => {
  if (history.length === 0) return null;
  const shown = history.slice(0, 12).reverse();
  return (
    <section aria-label={strings.ReportTrendLabel}>
      <Text as="h3" variant="large" block>{strings.ReportHistoryTitle}</Text>
      {shown.length > 1 && (
        <ErrorBoundary name="TrendChart">
          <React.Suspense fallback={<Spinner />}>
            <TrendChart reports={shown} />
          </React.Suspense>
        </ErrorBoundary>
      )}
      <table aria-label={strings.ReportTrendTableLabel} data-testid="report-trend" style={{ borderCollapse: 'collapse' }}>
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
            <tr key={d} data-dim={d}>
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
