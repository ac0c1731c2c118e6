import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { lazyPart } from '../common/LazyPart';
import { RecordList } from '../records/RecordList';
import { RecordsTab } from '../records/RecordsTab';
import { BurnTable } from './BurnTable';
import { costColumns } from './costColumns';
import { CostSummary } from './CostSummary';
import { MonthlyTable } from './MonthlyTable';
import type { ICostsTabProps } from './types';
import { useCosts } from './useCosts';

// The chart is its own chunk: the tab (and the other web parts) do not pay for it until it is shown.
const BurnChart = React.lazy(() => import(/* webpackChunkName: 'pmo-burn-chart' */ './BurnChart'));

// Loaded with the add/edit panel (same chunk) when it first opens.
const CostForm = lazyPart(() => import(/* webpackChunkName: 'pmo-record-panel' */ './CostForm').then((m) => m.CostForm));

/** The project's costs: whole-project figures, the year by month, the cost lines, the burn chart. */
export function CostsTab(props: ICostsTabProps): React.ReactElement {
  const c = useCosts(props);
  const { editor } = c;
  const [showData, setShowData] = React.useState(false);

  return (
    <RecordsTab
      tab={c}
      label={strings.WorkspaceTabCosts}
      newText={strings.CostNew}
      newTitle={strings.CostPanelNew}
      form={<CostForm editor={editor} />}
    >
      <CostSummary summary={c.summary} />
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }}>
        <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={strings.CostPreviousYear} ariaLabel={strings.CostPreviousYear} onClick={() => c.setYear(c.year - 1)} />
        <Text variant="large" aria-live="polite">{c.year}</Text>
        <IconButton iconProps={{ iconName: 'ChevronRight' }} title={strings.CostNextYear} ariaLabel={strings.CostNextYear} onClick={() => c.setYear(c.year + 1)} />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 32 }}>
        <MonthlyTable year={c.year} months={c.months} totals={c.yearTotals} />
        <Stack.Item grow styles={{ root: { minWidth: 320 } }}>
          <Text as="h3" variant="mediumPlus" style={{ fontWeight: 600, margin: '0 0 4px' }}>
            {strings.CostChartTitle}
          </Text>
          {c.burn.length ? (
            <ErrorBoundary name="BurnChart">
              <React.Suspense fallback={<Spinner label={strings.CostChartLoading} />}>
                <BurnChart points={c.burn} />
              </React.Suspense>
            </ErrorBoundary>
          ) : (
            <Text block>{strings.CostChartEmpty}</Text>
          )}
          {c.burn.length > 0 && (
            <DefaultButton
              text={showData ? strings.CostChartHideTable : strings.CostChartShowTable}
              aria-expanded={showData}
              onClick={() => setShowData(!showData)}
              styles={{ root: { marginTop: 8 } }}
            />
          )}
          {showData && <BurnTable points={c.burn} />}
        </Stack.Item>
      </Stack>
      <Text as="h3" variant="mediumPlus" style={{ fontWeight: 600, margin: '16px 0 0' }}>
        {format(strings.CostLinesTitle, c.year)}
      </Text>
      <RecordList
        items={c.yearLines}
        columns={costColumns(editor.startEdit)}
        onOpen={editor.startEdit}
        empty={c.items.length ? format(strings.CostEmptyYear, c.year) : strings.CostEmpty}
      />
    </RecordsTab>
  );
}
