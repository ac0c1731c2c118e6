import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IStatusReport, ReportingPeriod } from '../../model/statusReport';
import type { Health, IProject } from '../../model/types';
import { formatDate } from '../common/fields/formatValue';
import { HealthBadge } from '../Portfolio/HealthBadge';
import { RecordsLoadError } from '../records/RecordsToolbar';
import { Toolbar } from '../records/Toolbar';
import { ReportDetail } from './ReportDetail';
import { ReportEditor } from './ReportEditor';
import { ReportTrend } from './ReportTrend';
import { useStatusReports } from './useStatusReports';
import { LazyBoundary, lazyPart } from '../common/LazyPart';

// Reads the whole portfolio's reports, so only when asked; its charts are a chunk of their own too.
const ProjectMedian = lazyPart(() => import(/* webpackChunkName: 'pmo-metrics' */ '../Metrics/ProjectMedian').then((m) => m.ProjectMedian));

export interface IStatusReportsProps {
  project: IProject;
  /** The reporting period (property pane); monthly by default. */
  period?: ReportingPeriod;
  /** Called after publishing with the project's new Health. */
  onPublished?(health: Health): void;
}

/** A published report another published one replaces is shown as superseded (it stays, with its own figures). */
const stateLabel = (r: IStatusReport, all: IStatusReport[]): string =>
  r.state !== 'Published' ? strings.ReportStateDraft : all.some((x) => x.state === 'Published' && x.supersedes === r.id) ? strings.ReportStateSuperseded : strings.ReportStatePublished;

/** The status reports tab of PMO Project: reports of the project, drafting, editing and publishing. */
export const StatusReports: React.FC<IStatusReportsProps> = ({ project, period = 'monthly', onPublished }) => {
  const s = useStatusReports(project, period, onPublished);
  const [median, setMedian] = React.useState(false);
  const rows = s.items.slice().sort((a, b) => b.reportDate.localeCompare(a.reportDate) || b.id - a.id);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="status-reports">
      <Toolbar
        label={strings.ReportListLabel}
        commands={[
          { key: 'new', text: strings.ReportNew, icon: 'Add', onClick: s.startNew, disabled: s.drafting || !!s.session },
          { key: 'refresh', text: strings.RecordRefresh, icon: 'Refresh', onClick: s.reload }
        ]}
      />
      {s.drafting && <Spinner label={strings.ReportDrafting} />}
      {s.notice && (
        <MessageBar messageBarType={s.notice.ok ? MessageBarType.success : MessageBarType.error} isMultiline onDismiss={s.dismissNotice} dismissButtonAriaLabel={strings.Close} data-testid="report-notice">
          {s.notice.text}
        </MessageBar>
      )}
      <RecordsLoadError error={s.error} onRetry={s.reload} />
      {s.loading ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <Text block>{strings.ReportEmpty}</Text>
      ) : (
        <table aria-label={strings.ReportListLabel} style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {[strings.ReportFieldTitle, strings.ReportColDate, strings.ReportColPeriod, strings.ReportColState, strings.ReportColOverall].map((h) => (
                <th key={h} scope="col" style={{ textAlign: 'left', padding: '4px 8px' }}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`report-row-${r.id}`} aria-selected={r.id === s.selected?.id}>
                <td style={{ padding: '4px 8px' }}>
                  <DefaultButton text={r.title} ariaLabel={format(strings.ReportSelect, r.title)} onClick={() => s.select(r.id)} />
                </td>
                <td style={{ padding: '4px 8px' }}>{formatDate(r.reportDate)}</td>
                <td style={{ padding: '4px 8px' }}>{r.period}</td>
                <td style={{ padding: '4px 8px' }} data-testid="report-state-cell">{stateLabel(r, s.items)}</td>
                <td style={{ padding: '4px 8px' }}>{r.health.overall ? <HealthBadge health={r.health.overall} /> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReportTrend history={s.history} />
      {median ? (
        <LazyBoundary name="ProjectMedian">
          <ProjectMedian projectId={project.id} />
        </LazyBoundary>
      ) : (
        <DefaultButton text={strings.MedianShow} iconProps={{ iconName: 'BarChartVertical' }} onClick={() => setMedian(true)} styles={{ root: { alignSelf: 'flex-start' } }} />
      )}
      {s.session && (
        <ReportEditor
          key={s.session.key}
          projectId={project.id}
          record={s.session.record}
          values={s.session.values}
          reports={s.items}
          onSaved={s.saved}
          onPublished={s.published}
          onClose={() => s.select(undefined)}
        />
      )}
      {!s.session && s.selected && (
        <ReportDetail key={s.selected.id} report={s.selected} project={project} reports={s.items} onChanged={s.upsert} onClose={() => s.select(undefined)} />
      )}
    </Stack>
  );
};
