import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IDecisionEntry } from '../../services/types';
import type { IExportColumn } from '../common/export';
import { DateField, formatDate } from '../common/fields';
import { Toolbar } from '../records/Toolbar';
import { useExport } from '../records/useExport';
import type { IDecisionLogProps } from './types';
import { useDecisionLog } from './useDecisionLog';

/**
 * The decision log: every decision of the project (PMO Project) or of the portfolio (PMO Meetings),
 * newest first, with the meeting it was taken in, its owner and project; found by words of the title,
 * a project and a date range (asked of SharePoint), exported as CSV or Excel.
 */
export function DecisionLog(props: IDecisionLogProps): React.ReactElement {
  const log = useDecisionLog(props.projectId, props.projects);
  const code = (id: number) => log.projects.filter((p) => p.id === id).map((p) => `${p.code} ${p.title}`)[0] || String(id);
  const columns: IExportColumn<IDecisionEntry>[] = [
    { key: 'date', label: strings.DecisionLogColDate, value: (e) => e.date.slice(0, 10), type: 'date' },
    { key: 'title', label: strings.DecisionLogColDecision, value: (e) => e.title },
    { key: 'detail', label: strings.MinutesDecisionDetail, value: (e) => e.detail },
    { key: 'project', label: strings.DecisionLogColProject, value: (e) => code(e.projectId) },
    { key: 'meeting', label: strings.DecisionLogColMeeting, value: (e) => e.meetingTitle || '' },
    { key: 'owner', label: strings.DecisionLogColOwner, value: (e) => e.owner || '' }
  ];
  const exports = useExport(log.entries, columns, strings.DecisionLogExportName, strings.DecisionLogHeading);
  const { filters: f } = log;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large">{strings.DecisionLogHeading}</Text>
      <form role="search" aria-label={strings.DecisionLogSearch} onSubmit={(e) => (e.preventDefault(), log.search())}>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <SearchBox ariaLabel={strings.DecisionLogSearch} placeholder={strings.DecisionLogSearch} value={f.words} onChange={(_e, v) => log.setFilters({ words: v || '' })} onSearch={log.search} styles={{ root: { minWidth: 260 } }} />
          {props.projectId === undefined && (
            <Dropdown label={strings.DecisionLogProject} selectedKey={f.projectId ?? ''} styles={{ root: { minWidth: 220 } }}
              options={[{ key: '', text: strings.DecisionLogAllProjects }, ...log.projects.map((p) => ({ key: p.id, text: `${p.code} ${p.title}` }))]}
              onChange={(_e, o) => o && log.setFilters({ projectId: o.key === '' ? undefined : Number(o.key) })} />
          )}
          <DateField label={strings.DecisionLogFrom} value={f.from} onChange={(v) => log.setFilters({ from: v || '' })} />
          <DateField label={strings.DecisionLogTo} value={f.to} onChange={(v) => log.setFilters({ to: v || '' })} errorMessage={log.rangeError} />
          <PrimaryButton type="submit" text={strings.DecisionLogSearchButton} />
        </Stack>
      </form>
      <Toolbar label={strings.DecisionLogHeading} commands={[
        { key: 'csv', text: strings.RecordExportCsv, icon: 'Download', onClick: exports.csv, disabled: log.loading },
        { key: 'xlsx', text: strings.RecordExportExcel, icon: 'ExcelDocument', onClick: exports.xlsx, disabled: log.loading }
      ]} />
      {exports.error && <MessageBar messageBarType={MessageBarType.error} onDismiss={exports.dismiss}>{format(strings.RecordExportFailed, exports.error)}</MessageBar>}
      {log.error && <MessageBar messageBarType={MessageBarType.error}>{log.error}</MessageBar>}
      {log.loading ? <Spinner label={strings.DecisionLogLoading} /> : (
        <>
          <Text role="status">{log.entries.length ? format(strings.DecisionLogCount, log.entries.length) : strings.DecisionLogNone}</Text>
          {log.entries.length > 0 && (
            <table aria-label={strings.DecisionLogHeading}>
              <thead>
                <tr>{[strings.DecisionLogColDate, strings.DecisionLogColDecision, strings.DecisionLogColProject, strings.DecisionLogColMeeting, strings.DecisionLogColOwner].map((h) => <th key={h} scope="col">{h}</th>)}</tr>
              </thead>
              <tbody>
                {log.entries.map((e) => (
                  <tr key={e.id} data-decision={e.id}>
                    <td>{formatDate(e.date.slice(0, 10))}</td>
                    <td>{e.title}{e.detail ? <Text block variant="small">{e.detail}</Text> : null}</td>
                    <td>{code(e.projectId)}</td>
                    <td>
                      {e.meetingId && props.onOpenMeeting ? (
                        <Link onClick={() => props.onOpenMeeting!(e.meetingId!)} aria-label={format(strings.DecisionLogOpenMeeting, e.meetingTitle || '')}>{e.meetingTitle}</Link>
                      ) : e.meetingTitle || strings.DecisionLogNoMeeting}
                    </td>
                    <td>{e.owner || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Stack>
  );
}
