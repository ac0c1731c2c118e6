import * as React from 'react';
import { DefaultButton, MessageBarButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IMeeting, IProject } from '../../model/types';
import { ConflictDialog } from '../records/ConflictDialog';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { useServices } from '../common/ServicesContext';
import { AgendaEditor } from './AgendaEditor';
import { AgendaMail } from './AgendaMail';
import { isCancelled, linksText, meetingWhen, statusLabel } from './labels';
import { meetingConflictFields } from './meetingConflictFields';
import { ApprovalPanel } from './Approval/ApprovalPanel';
import { ApprovePrevious } from './Approval/ApprovePrevious';
import { RevisionHistory } from './Approval/RevisionHistory';
import { AgendaList, MinutesEditors } from './MinutesEditors';
import { PublishPanel } from './PublishPanel';
import { SafeHtml } from './SafeHtml';
import type { IMeetingRow } from './types';
import { useMeetingEditor } from './useMeetingEditor';
import { meetingStatus } from '../../model/meetings';


const TranscriptPanel = lazyPart(() => import(/* webpackChunkName: 'pmo-meetings-transcript' */ './Transcript').then((m) => m.TranscriptPanel));

export interface IMeetingDetailProps {
  row: IMeetingRow;
  records: IMeeting[];
  projects: IProject[];
  today: Date;
  onBack: () => void;
  onSaved: (m: IMeeting) => void;
}

const saveText = { idle: '', pending: strings.MinutesUnsaved, saving: strings.MinutesSaving, saved: strings.MinutesSaved, error: strings.MinutesSaveFailed };

/** One meeting: its agenda (prefilled, editable, reorderable), the minutes editor and publishing. */
export function MeetingDetail(props: IMeetingDetailProps): React.ReactElement {
  const { row, projects } = props;
  const services = useServices();
  const ed = useMeetingEditor(row, props.records, projects, props.today, props.onSaved);
  const v = ed.values;
  const status = meetingStatus(ed.record);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <DefaultButton text={strings.MeetingsBack} iconProps={{ iconName: 'Back' }} onClick={props.onBack} />
        <Text as="h3" variant="large">{row.title || strings.MeetingsNoSubject}</Text>
        <Text>{statusLabel(status)}</Text>
      </Stack>
      <Text>{meetingWhen(row.start, row.end)}</Text>
      <Text>{format(strings.MeetingLinkedTo, linksText(row.matches, projects, row.record?.linkReason === 'manual'))}</Text>
      {isCancelled(row) && <MessageBar messageBarType={MessageBarType.warning}>{strings.MeetingCancelledInOutlook}</MessageBar>}
      {row.record?.movedFrom && <MessageBar>{format(strings.MeetingMovedInOutlook, meetingWhen(row.record.movedFrom, ''))}</MessageBar>}
      {row.event && !row.event.isOrganizer && row.event.calendar.kind === 'user' && <MessageBar>{strings.MeetingNotOrganizer}</MessageBar>}
      {ed.loadError && <MessageBar messageBarType={MessageBarType.error}>{ed.loadError}</MessageBar>}
      {ed.loading && <Spinner label={strings.AgendaLoading} />}
      {ed.pendingDraft && (
        <MessageBar actions={<><MessageBarButton text={strings.DraftRestore} onClick={ed.restoreDraft} /><MessageBarButton text={strings.DraftDiscard} onClick={ed.discardDraft} /></>}>
          {strings.MinutesDraftFound}
        </MessageBar>
      )}
      {ed.saveError && <MessageBar messageBarType={MessageBarType.error}>{ed.saveError}</MessageBar>}
      <Text role="status" variant="small">{saveText[ed.saveState]}</Text>
      {v && (
        <>
          <Text as="h4" variant="mediumPlus">{strings.MinutesAgenda}</Text>
          {ed.locked ? <AgendaList items={v.agendaItems} /> : <AgendaEditor items={v.agendaItems} onChange={(agendaItems) => ed.change({ agendaItems })} />}
          <ApprovePrevious items={v.agendaItems} records={props.records} approval={ed.approval} />
          <AgendaMail row={row} items={v.agendaItems} />
          {ed.locked ? (
            <section aria-label={strings.MinutesPublishedText}>
              <SafeHtml html={ed.record!.minutes} />
            </section>
          ) : (
            <>
              <LazyBoundary name="TranscriptPanel"><TranscriptPanel row={row} values={v} change={ed.change} people={services.people} /></LazyBoundary>
              <MinutesEditors editor={ed} people={services.people} projects={projects.filter((p) => row.matches.some((m) => m.projectId === p.id))} />
            </>
          )}
          <ApprovalPanel record={ed.record} approval={ed.approval} people={services.people} />
          <PublishPanel editor={ed} />
        </>
      )}
      {ed.record && <RevisionHistory record={ed.record} />}
      {ed.record && ed.record.state === 'Published' && ed.record.minutes && !ed.locked && (
        <details>
          <summary>{strings.MinutesPublishedText}</summary>
          <SafeHtml html={ed.record.minutes} />
        </details>
      )}
      <ConflictDialog conflict={ed.conflict} fields={meetingConflictFields} onResolve={ed.resolveConflict} onCancel={ed.cancelConflict} />
    </Stack>
  );
}
