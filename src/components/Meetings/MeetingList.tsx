import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Link } from '@fluentui/react/lib/Link';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { MEETING_STATUSES } from '../../model/meetings/types';
import { formatDate } from '../common/fields';
import { isCancelled, linksText, meetingWhen, statusLabel } from './labels';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { alertText } from '../common/themeColors';
import type { IMeetingsState } from './useMeetings';
import type { IMeetingRow } from './types';

// Fluent's Dialog is only needed once someone links a meeting: it stays out of the web part's first bundle.
const LinkDialog = lazyPart(() => import(/* webpackChunkName: 'pmo-meeting-link' */ './LinkDialog').then((m) => m.LinkDialog));

const classes = (theme: ITheme) => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${s.bodyDivider}`, verticalAlign: 'top' } } },
    cancelled: { textDecoration: 'line-through' },
    badge: { padding: '1px 6px', borderRadius: 2, background: theme.palette.neutralLighter, color: s.bodyText, whiteSpace: 'nowrap' },
    failed: { padding: '1px 6px', borderRadius: 2, background: s.errorBackground, color: alertText(theme), whiteSpace: 'nowrap' }
  });
};

const titleId = (r: IMeetingRow) => `meeting-title-${r.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export interface IMeetingListProps {
  meetings: IMeetingsState;
  /** Hides the project filter (the Meetings tab of one project). */
  oneProject?: boolean;
  onOpen: (row: IMeetingRow) => void;
}

/** Meetings by date with their projects (and why), their state, filters and the movable window. */
export function MeetingList({ meetings: m, oneProject, onOpen }: IMeetingListProps): React.ReactElement {
  const [linking, setLinking] = React.useState<IMeetingRow>();
  const theme = useTheme();
  const css = React.useMemo(() => classes(theme), [theme]);
  const projectOptions: IDropdownOption[] = [{ key: 0, text: strings.MeetingsAllProjects }, ...m.projects.map((p) => ({ key: p.id, text: `${p.code} ${p.title}` }))];
  const statusOptions: IDropdownOption[] = [{ key: '', text: strings.MeetingsAllStates }, ...MEETING_STATUSES.map((s) => ({ key: s, text: statusLabel(s) }))];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        {!oneProject && (
          <Dropdown label={strings.MeetingsFilterProject} options={projectOptions} selectedKey={m.filters.projectId ?? 0} styles={{ root: { minWidth: 240 } }}
            onChange={(_e, o) => m.setFilters({ ...m.filters, projectId: o && o.key ? Number(o.key) : undefined })} />
        )}
        <Dropdown label={strings.MeetingsFilterState} options={statusOptions} selectedKey={m.filters.status ?? ''} styles={{ root: { minWidth: 160 } }}
          onChange={(_e, o) => m.setFilters({ ...m.filters, status: o && o.key ? (o.key as IMeetingsState['filters']['status']) : undefined })} />
        <DefaultButton text={strings.MeetingsEarlier} iconProps={{ iconName: 'ChevronLeft' }} onClick={() => m.moveWindow(-14)} />
        <Text role="status">{format(strings.MeetingsWindow, formatDate(m.window.from), formatDate(m.window.to))}</Text>
        <DefaultButton text={strings.MeetingsLater} iconProps={{ iconName: 'ChevronRight' }} onClick={() => m.moveWindow(14)} />
        {!oneProject && (
          <Checkbox label={strings.MeetingsShowUnlinked} checked={!!m.filters.showUnlinked} onChange={(_e, on) => m.setFilters({ ...m.filters, showUnlinked: !!on })} styles={{ root: { paddingBottom: 6 } }} />
        )}
      </Stack>
      <Text variant="small" aria-live="polite">{m.loading ? strings.MeetingsLoading : format(strings.MeetingsCount, m.visible.length, m.rows.length)}</Text>
      {!m.loading && !m.visible.length ? (
        <Text>{strings.MeetingsNone}</Text>
      ) : (
        <table className={css.table}>
          <caption className="ms-screenReaderOnly">{strings.MeetingsTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.MeetingsColWhen}</th>
              <th scope="col">{strings.MeetingsColMeeting}</th>
              <th scope="col">{strings.MeetingsColProjects}</th>
              <th scope="col">{strings.MeetingsColState}</th>
            </tr>
          </thead>
          <tbody>
            {m.visible.map((r) => (
              <tr key={r.key} data-meeting={r.key}>
                <td>{meetingWhen(r.start, r.end)}</td>
                <td>
                  <Link id={titleId(r)} onClick={() => onOpen(r)} className={isCancelled(r) ? css.cancelled : undefined}>{r.title || strings.MeetingsNoSubject}</Link>
                  {isCancelled(r) && <Text variant="small"> {strings.MeetingCancelled}</Text>}
                  {r.record?.movedFrom && <Text variant="small"> {format(strings.MeetingMovedFrom, meetingWhen(r.record.movedFrom, ''))}</Text>}
                  {!r.event && <Text variant="small"> {strings.MeetingNotInOutlook}</Text>}
                </td>
                <td>
                  {linksText(r.matches, m.projects, r.record?.linkReason === 'manual')}{' '}
                  {/* Named "Link" and described by the meeting's title: the title alone names the button that opens it. */}
                  <ActionButton iconProps={{ iconName: 'Link' }} text={strings.MeetingLink} aria-describedby={titleId(r)} onClick={() => setLinking(r)} styles={{ root: { height: 24 } }} />
                </td>
                <td><span className={r.status === 'failed' ? css.failed : css.badge}>{statusLabel(r.status)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {linking && (
        <LazyBoundary name="LinkDialog">
          <LinkDialog row={linking} projects={m.projects} onSave={m.link} onClose={() => setLinking(undefined)} />
        </LazyBoundary>
      )}
    </Stack>
  );
}
