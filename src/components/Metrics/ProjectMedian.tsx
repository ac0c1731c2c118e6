import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { COMPARE_FIGURES, compareWithMedian } from '../../model/metrics';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { errorMessage } from '../common/errorMessage';
import { figureLabel } from './metricsColumns';
import { oneDecimal } from './MetricsTable';
import { useMetricsData } from './useMetricsData';

const MedianCharts = React.lazy(() => import(/* webpackChunkName: 'pmo-metrics-charts' */ './MedianCharts'));


/**
 * One project's figures (budget variance, schedule slip, health score, minutes timeliness) by month,
 * beside the portfolio's median for the same months: charts and a table with the same figures.
 */
export function ProjectMedian({ projectId }: { projectId: number }): React.ReactElement {
  const theme = useTheme();
  const { months, today, load, reload } = useMetricsData();
  const rows = React.useMemo(() => (load.status === 'loaded' ? compareWithMedian({ ...load.data, months, today }, projectId) : []), [load, months, today, projectId]);
  if (load.status === 'loading') return <Spinner label={strings.MedianLoading} />;
  if (load.status === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>{strings.Retry}</DefaultButton>}>
        {errorMessage(load.error)}
      </MessageBar>
    );
  }
  const labels = figureLabel();
  const cell: React.CSSProperties = { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'right' };
  return (
    <section aria-label={strings.MedianTitle} data-testid="project-median">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" block>{strings.MedianTitle}</Text>
        <ErrorBoundary name="MedianCharts">
          <React.Suspense fallback={<Spinner />}>
            <MedianCharts rows={rows} />
          </React.Suspense>
        </ErrorBoundary>
        <div style={{ overflowX: 'auto' }}>
          <table aria-label={strings.MedianTableLabel} data-testid="median-table" style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <td />
                {COMPARE_FIGURES.map((f) => (
                  <th key={f} scope="colgroup" colSpan={2} style={{ ...cell, fontWeight: 600, textAlign: 'center' }}>{labels[f]}</th>
                ))}
              </tr>
              <tr>
                <th scope="col" style={{ ...cell, textAlign: 'left' }}>{strings.MetricsColMonth}</th>
                {COMPARE_FIGURES.map((f) => (
                  <React.Fragment key={f}>
                    <th scope="col" style={cell}>{strings.MedianColProject}</th>
                    <th scope="col" style={cell}>{strings.MedianColMedian}</th>
                  </React.Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.month} data-month={r.month}>
                  <th scope="row" style={{ ...cell, textAlign: 'left' }}>{r.month}</th>
                  {COMPARE_FIGURES.map((f) => (
                    <React.Fragment key={f}>
                      <td style={cell} data-col={`${f}-project`}>{oneDecimal(r.project[f])}</td>
                      <td style={cell} data-col={`${f}-median`}>{oneDecimal(r.median[f])}</td>
                    </React.Fragment>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Stack>
    </section>
  );
}
