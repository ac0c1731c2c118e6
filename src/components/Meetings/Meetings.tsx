import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'PmoHubStrings';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { ViewTabs } from '../common/ViewTabs';
import { useServices } from '../common/ServicesContext';
import { logError } from '../common/errorMessage';
import { MeetingList } from './MeetingList';
import { meetingRows } from './meetingRows';
import type { IProject } from '../../model/types';
import type { IMeetingRow, IMeetingsProps } from './types';
import { useMeetings } from './useMeetings';

// The agenda, minutes and publishing editor (form controls, conflict dialog, DOMPurify) loads when a
// meeting is first opened, not with the list.
const MeetingDetail = lazyPart(() => import(/* webpackChunkName: 'pmo-meeting-detail' */ './MeetingDetail').then((m) => m.MeetingDetail));
// The decision log is a tab of its own, loaded when first chosen.
// The actions list brings the records framework's list with it: the meetings web part's first bundle stays without it.
const ActionsPanel = lazyPart(() => import(/* webpackChunkName: 'pmo-meeting-actions' */ './Actions').then((m) => m.ActionsPanel));
const DecisionLog = lazyPart(() => import(/* webpackChunkName: 'pmo-decision-log' */ '../DecisionLog').then((m) => m.DecisionLog));

/**
 * The PMO Meetings web part (and the Meetings tab of PMO Project): meetings from Outlook and PMO
 * Meetings by project with their state; one click opens the agenda, the minutes and publishing.
 */
export function Meetings({ title, projectId, today, openMeetingId }: IMeetingsProps): React.ReactElement {
  const now = React.useMemo(() => today || new Date(), [today]);
  const meetings = useMeetings(projectId, now);
  const [open, setOpen] = React.useState<IMeetingRow>();
  const [tab, setTab] = React.useState('meetings');
  // Opened once the list is read: from the list, or (older than its window) read by id; Back then shows the list.
  const services = useServices();
  const show = (id: number) => {
    const row = meetings.rows.find((r) => r.record?.id === id);
    if (row) setOpen(row);
    else services.meetings.get(id).then((record) => setOpen(meetingRows([], [record], meetings.projects)[0]), (e: unknown) => logError('Meetings: open', e));
  };
  const asked = React.useRef(openMeetingId);
  React.useEffect(() => {
    const id = asked.current;
    if (!id || meetings.loading) return;
    asked.current = undefined;
    show(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: show reads the same rows and projects
  }, [meetings.loading, meetings.rows, meetings.projects, services]);
  const view = (
    <>
      {open ? (
        <LazyBoundary name="MeetingDetail">
          <MeetingDetail
            key={open.key}
            row={open}
            records={meetings.records}
            projects={meetings.projects}
            today={now}
            onBack={() => {
              setOpen(undefined);
              meetings.reload();
            }}
            onSaved={() => undefined}
          />
        </LazyBoundary>
      ) : (
        <>
          <MeetingList meetings={meetings} oneProject={!!projectId} onOpen={setOpen} />
          <ProjectActions projectId={projectId || meetings.filters.projectId} projects={meetings.projects} />
        </>
      )}
    </>
  );
  const openMeeting = (id: number) => {
    show(id);
    setTab('meetings');
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!projectId && (
        <Text as="h2" variant="xLarge">
          {title || strings.MeetingsDefaultTitle}
        </Text>
      )}
      {meetings.error && <MessageBar messageBarType={MessageBarType.error}>{meetings.error}</MessageBar>}
      {meetings.warning && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="meetings-outlook-unread">
          {meetings.warning}
        </MessageBar>
      )}
      {projectId ? view : (
        <ViewTabs label={strings.MeetingsDefaultTitle} selected={tab} onSelect={setTab} tabs={[
          { key: 'meetings', text: strings.MeetingsDefaultTitle, content: () => view },
          { key: 'decisions', text: strings.DecisionLogTab, content: () => <LazyBoundary name="DecisionLog"><DecisionLog projects={meetings.projects} onOpenMeeting={openMeeting} /></LazyBoundary> }
        ]} />
      )}
    </Stack>
  );
}

/** The actions of the project in view, with their Planner state; without one, how to get there. */
function ProjectActions({ projectId, projects }: { projectId: number | undefined; projects: IProject[] }): React.ReactElement {
  if (!projectId) return <Text variant="small">{strings.ActionsPickProject}</Text>;
  const p = projects.filter((x) => x.id === projectId)[0];
  return (
    <LazyBoundary name="ActionsPanel">
      <ActionsPanel key={projectId} projectId={projectId} projectName={p ? p.code || p.title : String(projectId)} />
    </LazyBoundary>
  );
}
