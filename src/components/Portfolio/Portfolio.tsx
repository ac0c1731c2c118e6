import * as React from 'react';
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react/lib/CommandBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { HEALTHS } from '../../model/types';
import type { IPortfolioRow, SideList } from '../../services/portfolio/portfolioLoader';
import type { IComplianceTarget } from '../../model/compliance';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { errorMessage } from '../common/errorMessage';
import { formatAmount } from '../common/fields/formatValue';
import { phaseLabel } from '../common/fields/labels';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { ViewTabs } from '../common/ViewTabs';
import { useExport } from '../records/useExport';
import { Freshness } from './Freshness';
import { HealthBadge } from './HealthBadge';
import { HeatMap } from './HeatMap';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { portfolioExportColumns } from './portfolioExport';
import { filterRows, summarizeRows } from './portfolioRows';
import { NO_FILTERS, type IPortfolioFilters, type IPortfolioProps, type IPortfolioSummary, type PortfolioGroupBy } from './types';
import { usePortfolio } from './usePortfolio';

const PortfolioCharts = React.lazy(() => import(/* webpackChunkName: 'pmo-portfolio-charts' */ './PortfolioCharts'));
// The proposals board (its chart and the deck builder are chunks of their own) loads when its tab is opened.
const ProposalBoard = lazyPart(() => import(/* webpackChunkName: 'pmo-proposals' */ '../Proposals/ProposalBoard').then((m) => m.ProposalBoard));
// The metrics over time (their reads, charts and Excel export) load when the tab is first opened.
const Metrics = lazyPart(() => import(/* webpackChunkName: 'pmo-metrics' */ '../Metrics/Metrics').then((m) => m.Metrics));
// The process compliance board (issue 11) loads when its tab is first opened.
const ComplianceBoard = lazyPart(() => import(/* webpackChunkName: 'pmo-compliance' */ '../Compliance/ComplianceBoard').then((m) => m.ComplianceBoard));
// The status panel (Panel, the status view, DOMPurify for the minutes) loads when a row is first opened.
const StatusPanel = lazyPart(() => import(/* webpackChunkName: 'pmo-status-panel' */ './StatusPanel').then((m) => m.StatusPanel));

const Tile: React.FC<{ label: React.ReactNode; value: React.ReactNode; testId: string }> = ({ label, value, testId }) => {
  const theme = useTheme();
  return (
    <div data-testid={testId} style={{ minWidth: 110, padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 }}>
      <Text block variant="small">{label}</Text>
      <Text block variant="xLarge">{value}</Text>
    </div>
  );
};

const Summary: React.FC<{ summary: IPortfolioSummary }> = ({ summary }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.PortfolioByHealth}>
      <Tile testId="count-total" label={strings.PortfolioTotal} value={summary.total} />
      {HEALTHS.map((h) => (
        <Tile key={h} testId={`count-health-${h}`} label={<HealthBadge health={h} />} value={summary.byHealth[h]} />
      ))}
      <Tile testId="count-health-unknown" label={strings.PortfolioHealthUnknown} value={summary.unknownHealth} />
      <Tile testId="total-overdue" label={strings.PortfolioColOverdue} value={summary.overdueTasks} />
      <Tile testId="total-budget" label={strings.PortfolioTotalBudget} value={formatAmount(summary.budget)} />
      <Tile testId="total-forecast" label={strings.PortfolioTotalForecast} value={formatAmount(summary.forecast)} />
    </Stack>
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.PortfolioByPhase}>
      {summary.byPhase.map(({ phase, count }) => (
        <Tile key={phase} testId={`count-phase-${phase}`} label={phaseLabel(phase)} value={count} />
      ))}
    </Stack>
  </Stack>
);

const SIDE_TEXT: Record<SideList, string> = { risks: strings.PortfolioRisksFailed, actions: strings.PortfolioActionsFailed, meetings: strings.PortfolioMeetingsFailed, costs: strings.PortfolioCostsFailed };

/**
 * The PMO Portfolio web part's root: every project's status from live data (register, Planner, RAID,
 * actions, meetings) with filters, grouping, a heat map, charts and export. One click on a project
 * opens its status.
 */
export const Portfolio: React.FC<IPortfolioProps> = ({ onOpenProject, compliance }) => {
  const { load, reload, now } = usePortfolio();
  const [filters, setFilters] = React.useState<IPortfolioFilters>(NO_FILTERS);
  const [groupBy, setGroupBy] = React.useState<PortfolioGroupBy>('none');
  const [tab, setTab] = React.useState('table');
  const [opened, setOpened] = React.useState<IPortfolioRow | undefined>(undefined);
  const rows = load.status === 'loaded' ? load.view.rows : [];
  const shown = React.useMemo(() => filterRows(rows, filters), [rows, filters]);
  const summary = React.useMemo(() => summarizeRows(shown), [shown]);
  const exporter = useExport(shown, portfolioExportColumns(), strings.PortfolioExportFile, strings.PortfolioExportSheet);
  const open = React.useCallback(
    (projectId: number, target?: Omit<IComplianceTarget, 'projectId'>) =>
      // A row opens the project (one argument, as hosts expect); a compliance finding names the tab too.
      onOpenProject ? (target ? onOpenProject(projectId, target) : onOpenProject(projectId)) : setOpened(rows.find((r) => r.project.id === projectId)),
    [onOpenProject, rows]
  );

  if (load.status === 'loading') return <Spinner label={strings.PortfolioLoading} />;
  if (load.status === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>{strings.Retry}</DefaultButton>}>
        {errorMessage(load.error)}
      </MessageBar>
    );
  }
  if (rows.length === 0) return <MessageBar>{strings.PortfolioEmpty}</MessageBar>;
  const commands: ICommandBarItemProps[] = [
    { key: 'csv', text: strings.PortfolioExportCsv, iconProps: { iconName: 'Download' }, onClick: exporter.csv },
    { key: 'xlsx', text: strings.PortfolioExportXlsx, iconProps: { iconName: 'ExcelDocument' }, onClick: exporter.xlsx }
  ];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Freshness loadedAt={load.view.loadedAt} now={now} refreshing={load.refreshing} onRefresh={reload} />
      {load.refreshError !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(strings.PortfolioRefreshFailed, errorMessage(load.refreshError))}
        </MessageBar>
      )}
      {load.view.failed.map((f) => (
        <MessageBar key={f} messageBarType={MessageBarType.warning}>{SIDE_TEXT[f]}</MessageBar>
      ))}
      {exporter.error && <MessageBar messageBarType={MessageBarType.error} onDismiss={exporter.dismiss}>{exporter.error}</MessageBar>}
      <Summary summary={summary} />
      <PortfolioFilters rows={rows} filters={filters} onChange={setFilters} groupBy={groupBy} onGroupBy={setGroupBy} />
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap>
        <Text variant="small" aria-live="polite">{format(strings.PortfolioShowing, shown.length, rows.length)}</Text>
        <CommandBar items={commands} ariaLabel={strings.PortfolioExportLabel} />
      </Stack>
      <ViewTabs
        label={strings.PortfolioViewsLabel}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'table', text: strings.PortfolioViewTable, content: () => <PortfolioTable rows={shown} groupBy={groupBy} onOpen={open} /> },
          { key: 'heat', text: strings.PortfolioViewHeatMap, content: () => <HeatMap rows={shown} groupBy={groupBy} /> },
          {
            key: 'charts',
            text: strings.PortfolioViewCharts,
            content: () => (
              <ErrorBoundary name="PortfolioCharts">
                <React.Suspense fallback={<Spinner label={strings.PortfolioChartsLoading} />}>
                  <PortfolioCharts rows={shown} />
                </React.Suspense>
              </ErrorBoundary>
            )
          },
          {
            key: 'proposals',
            text: strings.PortfolioViewProposals,
            content: () => (
              <LazyBoundary name="ProposalBoard">
                <ProposalBoard />
              </LazyBoundary>
            )
          },
          {
            key: 'metrics',
            text: strings.PortfolioViewMetrics,
            content: () => (
              <LazyBoundary name="Metrics">
                <Metrics />
              </LazyBoundary>
            )
          },
          {
            key: 'compliance',
            text: strings.PortfolioViewCompliance,
            content: () => (
              <LazyBoundary name="Compliance">
                <ComplianceBoard rows={shown} today={load.view.today} settings={compliance} onOpen={({ projectId, ...target }) => open(projectId, target)} />
              </LazyBoundary>
            )
          }
        ]}
      />
      <LazyBoundary name="StatusPanel" overlay active={!!opened} onDismiss={() => setOpened(undefined)}>
        <StatusPanel project={opened?.project} onDismiss={() => setOpened(undefined)} />
      </LazyBoundary>
    </Stack>
  );
};
