import * as React from 'react';
import { CommandBar } from '@fluentui/react/lib/CommandBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import { portfolioMetrics } from '../../model/metrics';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { errorMessage } from '../common/errorMessage';
import { useExport } from '../records/useExport';
import { metricsColumns } from './metricsColumns';
import { MetricsTable } from './MetricsTable';
import { useMetricsData } from './useMetricsData';

const MetricsCharts = React.lazy(() => import(/* webpackChunkName: 'pmo-metrics-charts' */ './MetricsCharts'));

/**
 * The Metrics tab of PMO Portfolio: the portfolio's health mix, on-time delivery, budget variance,
 * reporting compliance and minutes timeliness by month, as charts and a table, exportable to Excel.
 */
export function Metrics(): React.ReactElement {
  const { months, today, load, reload } = useMetricsData();
  const rows = React.useMemo(
    () => (load.status === 'loaded' ? portfolioMetrics({ ...load.data, months, today }) : []),
    [load, months, today]
  );
  const exporter = useExport(rows, metricsColumns(), strings.MetricsExportFile, strings.MetricsExportSheet);
  if (load.status === 'loading') return <Spinner label={strings.MetricsLoading} />;
  if (load.status === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>{strings.Retry}</DefaultButton>}>
        {errorMessage(load.error)}
      </MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="metrics" styles={{ root: { paddingTop: 8 } }}>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap>
        <Text variant="small" block styles={{ root: { maxWidth: 720 } }}>{strings.MetricsIntro}</Text>
        <CommandBar
          ariaLabel={strings.MetricsCommandsLabel}
          items={[{ key: 'xlsx', text: strings.MetricsExportXlsx, iconProps: { iconName: 'ExcelDocument' }, onClick: exporter.xlsx }]}
        />
      </Stack>
      {exporter.error && <MessageBar messageBarType={MessageBarType.error} onDismiss={exporter.dismiss} dismissButtonAriaLabel={strings.Close}>{exporter.error}</MessageBar>}
      <ErrorBoundary name="MetricsCharts">
        <React.Suspense fallback={<Spinner label={strings.MetricsChartsLoading} />}>
          <MetricsCharts months={rows} />
        </React.Suspense>
      </ErrorBoundary>
      <MetricsTable months={rows} />
    </Stack>
  );
}
