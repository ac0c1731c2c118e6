import * as React from 'react';
import { addDays, toIsoDate } from '../../model/dates';
import type { IMeeting, IProject } from '../../model/types';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import { meetingRows } from './meetingRows';
import { linkDraft } from './meetingValues';
import { syncWithOutlook } from '../../services/meetings/outlookSync';
import type { IMeetingRepository } from '../../services/types';
import type { IMeetingFilters, IMeetingRow, IMeetingWindow } from './types';

export interface IMeetingsState {
  loading: boolean;
  error?: string;
  /** Outlook could not be read (all or some calendars): why, while PMO Meetings' own rows still show. */
  warning?: string;
  projects: IProject[];
  rows: IMeetingRow[];
  visible: IMeetingRow[];
  records: IMeeting[];
  window: IMeetingWindow;
  moveWindow: (days: number) => void;
  filters: IMeetingFilters;
  setFilters: (f: IMeetingFilters) => void;
  reload: () => void;
  /** Links the meeting by hand to these projects (none: unlinks it); the list reloads after. */
  link: (row: IMeetingRow, projectIds: number[]) => Promise<void>;
}

/** Stored meetings moved or cancelled in Outlook are saved so (minutes kept); the rows show what was stored. */
async function followOutlook(repo: IMeetingRepository, rows: IMeetingRow[]): Promise<IMeetingRow[]> {
  const pairs = rows.filter((r) => r.record && r.event).map((r) => ({ record: r.record!, event: r.event! }));
  const { updated, errors } = await syncWithOutlook(repo, pairs);
  if (errors.length) logError('Meetings moved in Outlook', errors[0]);
  return rows.map((r) => (r.record && updated.has(r.record.id) ? { ...r, record: updated.get(r.record.id) } : r));
}

/** Meetings of two weeks either side of today (movable): Outlook's and PMO Meetings', matched to projects. */
export function useMeetings(projectId: number | undefined, today: Date): IMeetingsState {
  const services = useServices();
  const start = toIsoDate(today);
  const [window, setWindow] = React.useState<IMeetingWindow>({ from: addDays(start, -14), to: addDays(start, 15) });
  const [filters, setFilters] = React.useState<IMeetingFilters>({ projectId });
  const [state, setState] = React.useState<{ loading: boolean; error?: string; warning?: string; projects: IProject[]; rows: IMeetingRow[]; records: IMeeting[] }>({ loading: true, projects: [], rows: [], records: [] });
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined, warning: undefined }));
    const from = `${window.from}T00:00:00Z`;
    const to = `${window.to}T00:00:00Z`;
    (async () => {
      // The register, the stored meetings and the links made by hand do not depend on each other: one round trip.
      const [projects, records, links] = await Promise.all([services.projects.list(), services.meetings.listInWindow(from, to), services.meetings.listManualLinks()]);
      const scope = projectId ? projects.filter((p) => p.id === projectId) : projects;
      // Outlook refused or failed: the meetings PMO Meetings stores still show, with the reason.
      const unread: string[] = [];
      const note = (e: unknown): void => {
        logError('Meetings: Outlook', e);
        if (unread.indexOf(errorMessage(e)) < 0) unread.push(errorMessage(e));
      };
      const events = await services.calendar.meetings(scope.map((p) => p.groupId || '').filter(Boolean), from, to, note).catch((e: unknown) => {
        note(e);
        return [];
      });
      const rows = await followOutlook(services.meetings, meetingRows(events, records, projects, links));
      const warning = unread.length ? unread.join(' ') : undefined;
      if (live) setState({ loading: false, projects, records, warning, rows: projectId ? rows.filter((r) => r.matches.some((m) => m.projectId === projectId)) : rows });
    })().catch((e: unknown) => {
      logError('Meetings', e);
      if (live) setState((s) => ({ ...s, loading: false, error: errorMessage(e) }));
    });
    return () => {
      live = false;
    };
  }, [services, window.from, window.to, projectId, version]);

  const visible = state.rows.filter(
    (r) =>
      (filters.projectId ? r.matches.some((m) => m.projectId === filters.projectId) : r.matches.length > 0 || !!filters.showUnlinked) &&
      (!filters.status || r.status === filters.status)
  );
  const reload = () => setVersion((v) => v + 1);
  const link = async (row: IMeetingRow, projectIds: number[]) => {
    const draft = linkDraft(row, projectIds);
    if (row.record) await services.meetings.update(row.record.id, draft, row.record.etag);
    else await services.meetings.create(draft);
    reload();
  };
  return {
    ...state,
    visible,
    window,
    moveWindow: (days) => setWindow((w) => ({ from: addDays(w.from, days), to: addDays(w.to, days) })),
    filters,
    setFilters,
    reload,
    link
  };
}
