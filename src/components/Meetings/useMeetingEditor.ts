import * as React from 'react';
import { toIsoDate } from '../../model/dates';
import { isLocked, isPending, publishBlocked, refreshAgenda, remainingSteps, validateMinutes, type IMinutesIssue } from '../../model/meetings';
import type { IActionItem, IMeeting, IProject, IRaidItem } from '../../model/types';
import type { IPmoServices } from '../../services/types';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import type { IAutosave } from '../records/types';
import { useAutosave } from '../records/useAutosave';
import { draftKey } from '../records/useDraft';
import { useApproval, type IApproval } from './Approval/useApproval';
import { approvalProblemText } from './Approval/approvalTexts';
import { meetingConflictFields } from './meetingConflictFields';
import { draftFor, initialValues, previousMeeting, publishTexts, valuesOf, type IMeetingValues } from './meetingValues';
import type { IMeetingRow } from './types';

/** The minutes editor: the records framework's autosave (draft, save, conflict) plus the agenda and publishing. */
export interface IMeetingEditor extends Omit<IAutosave<IMeeting, IMeetingValues>, 'open' | 'flush' | 'adopt' | 'clearDraft'> {
  loading: boolean;
  loadError?: string;
  issues: IMinutesIssue[];
  publishing: boolean;
  publishError?: string;
  publish: () => void;
  /** Steps still to run (a retry runs only these). */
  remaining: string[];
  /** Sending for approval, approving, correcting (src/model/meetings/approval.ts). */
  approval: IApproval;
  /** Approved minutes are locked: the editor shows them read-only. */
  locked: boolean;
}

/** Every linked project's open actions and RAID items (a steering committee has several projects). */
async function openItems(services: IPmoServices, projectIds: number[]) {
  const per = await Promise.all(projectIds.map((id) => Promise.all([services.actions.listByProject(id), services.raid.listByProject(id)])));
  return { actions: per.reduce((all, [a]) => all.concat(a), [] as IActionItem[]), raid: per.reduce((all, [, r]) => all.concat(r), [] as IRaidItem[]) };
}

/**
 * Opens the editor on the stored agenda, or on one built from the projects' open actions and RAID
 * items. A stored agenda still being written takes the open actions made since (carried over until done).
 */
function useAgenda(row: IMeetingRow, records: IMeeting[], projects: IProject[], today: Date, auto: IAutosave<IMeeting, IMeetingValues>, services: IPmoServices): string | undefined {
  const [loadError, setLoadError] = React.useState<string>();
  const projectIds = row.matches.map((m) => m.projectId);
  React.useEffect(() => {
    const stored = auto.values;
    const r = auto.record;
    // Sent for approval, approved or published: the agenda is part of that text and stays as it is.
    if (stored && r && (r.state === 'Published' || isLocked(r) || isPending(r))) return;
    let live = true;
    openItems(services, projectIds)
      .then(({ actions, raid }) => {
        if (!live) return;
        if (!stored) return auto.open(initialValues(row, actions, raid, previousMeeting(row, records), today, projects));
        // Actions this meeting's own minutes made are its outcome, not items for its agenda.
        const prev = previousMeeting(row, records);
        const agendaItems = refreshAgenda(stored.agendaItems, actions.filter((a) => !r || a.meetingId !== r.id), stored.notes, today, prev && { id: prev.id, awaitingApproval: prev.approval.state === 'At next meeting' });
        if (agendaItems !== stored.agendaItems) auto.change({ agendaItems });
      })
      .catch((e: unknown) => {
        logError('Meeting agenda', e);
        if (live) setLoadError(errorMessage(e));
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: the agenda is built (or brought up to date) once per meeting opened
  }, []);
  return loadError;
}

/** Validation before publishing, then publishing the saved minutes with its step outcomes. */
function usePublish(row: IMeetingRow, projects: IProject[], today: Date, auto: IAutosave<IMeeting, IMeetingValues>, onSaved: (m: IMeeting) => void) {
  const services = useServices();
  const [issues, setIssues] = React.useState<IMinutesIssue[]>([]);
  const [publishing, setPublishing] = React.useState(false);
  const [publishError, setPublishError] = React.useState<string>();
  const run = async (): Promise<void> => {
    const saved = await auto.flush();
    if (!saved) return;
    // In the meeting's order: the first project takes what the writer did not assign to another.
    const linked = saved.projectIds.map((id) => projects.filter((p) => p.id === id)[0]).filter((p): p is IProject => !!p);
    const me = await services.people.current();
    const url = typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname}#/meetings` : '';
    const texts = publishTexts(saved);
    const result = await services.publisher.publish({ meeting: saved, event: row.event, projects: linked, me: me.email, minutesUrl: url, today: toIsoDate(today), texts }, auto.adopt);
    auto.adopt(result.meeting);
    auto.clearDraft();
    onSaved(result.meeting);
  };
  const publish = (): void => {
    const v = auto.values;
    if (!v || publishing) return;
    const found = validateMinutes(v, today);
    setIssues(found);
    if (found.length) return;
    const blocked = auto.record && publishBlocked(auto.record);
    if (blocked) return setPublishError(approvalProblemText(blocked));
    setPublishing(true);
    setPublishError(undefined);
    run()
      .catch((e: unknown) => {
        logError('Publish minutes', e);
        setPublishError(errorMessage(e));
      })
      .then(() => setPublishing(false));
  };
  return { issues, clearIssues: () => setIssues([]), publishing, publishError, publish };
}

/**
 * The meeting editor: agenda prefilled from the project's open items, minutes autosaved to PMO
 * Meetings by the records framework (localStorage draft at once, the list after a pause, IF-Match; a
 * 412 opens the conflict dialog), validation before publishing, and publishing with its step outcomes.
 */
export function useMeetingEditor(row: IMeetingRow, records: IMeeting[], projects: IProject[], today: Date, onSaved: (m: IMeeting) => void): IMeetingEditor {
  const services = useServices();
  const auto = useAutosave<IMeeting, IMeetingValues>(
    {
      name: 'minutes',
      // A meeting not yet stored has no id: its draft is kept per Outlook meeting.
      draftKey: (m) => (m ? draftKey('minutes', m.id) : `${draftKey('minutes')}:${row.key}`),
      toValues: valuesOf,
      conflictFields: meetingConflictFields,
      create: (v) => services.meetings.create(draftFor(row, undefined, v)),
      update: (m, v, etag) => services.meetings.update(m.id, draftFor(row, m, v), etag),
      onSaved
    },
    { record: row.record, values: row.record && row.record.agendaItems.length ? valuesOf(row.record) : undefined }
  );
  const loadError = useAgenda(row, records, projects, today, auto, services);
  const { clearIssues, ...published } = usePublish(row, projects, today, auto, onSaved);
  const approval = useApproval(auto, projects, today, onSaved);
  const locked = !!auto.record && isLocked(auto.record);
  return {
    ...auto,
    ...published,
    approval,
    locked,
    change: (patch) => {
      // Approved minutes change only through a correction (a new revision with its reason).
      if (locked) return;
      clearIssues();
      auto.change(patch);
    },
    loading: !auto.values && !loadError,
    loadError,
    remaining: auto.record && auto.record.publishLog ? remainingSteps(auto.record.publishLog) : []
  };
}
