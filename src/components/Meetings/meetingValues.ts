/** What the meeting editor edits, how it becomes a PMO Meetings item, and the texts publishing needs. */
import * as strings from 'PmoHubStrings';
import { attendanceFrom, beginRevision, noApproval, buildAgenda, carriedOverItems, emptyMinutes, type IAgendaItem, type IMinutes, type IProjectMatch } from '../../model/meetings';
import type { IActionItem, IMeeting, IProject, IRaidItem, MeetingDraft } from '../../model/types';
import type { IPublishTexts } from '../../services/types';
import { meetingWhen } from './labels';
import type { IMeetingRow } from './types';

/** The agenda and the minutes, flat so the conflict dialog offers a choice per part. */
export type IMeetingValues = IMinutes & { agendaItems: IAgendaItem[] };

export const valuesOf = (m: IMeeting): IMeetingValues => ({ ...m.minutesData, agendaItems: m.agendaItems });

const hasMinutes = (v: IMeetingValues) =>
  v.decisions.length > 0 || v.actions.length > 0 || v.risks.length > 0 || Object.keys(v.notes).some((k) => (v.notes[k] || '').replace(/<[^>]*>/g, '').trim() !== '');

/** The previous meeting of the series (or of the project) before this one, among the stored ones. */
export function previousMeeting(row: IMeetingRow, records: IMeeting[]): IMeeting | undefined {
  const pid = row.matches[0]?.projectId;
  const series = row.event?.seriesMasterId;
  const earlier = records.filter((r) => r.start < row.start && r.id !== row.record?.id && (series ? r.seriesMasterId === series : pid !== undefined && r.projectIds.indexOf(pid) >= 0));
  return earlier.sort((a, b) => (a.start < b.start ? 1 : -1))[0];
}

/** A new meeting's values: the agenda from the project's open items, attendance from the invitation. */
export function initialValues(row: IMeetingRow, actions: IActionItem[], raid: IRaidItem[], previous: IMeeting | undefined, today: Date, projects: IProject[] = []): IMeetingValues {
  const label = (id: number) => projects.filter((p) => p.id === id).map((p) => `${p.code} ${p.title}`)[0] || String(id);
  const agendaItems = buildAgenda({
    actions,
    raid,
    today,
    projects: row.matches.map((m) => ({ id: m.projectId, label: label(m.projectId) })),
    previous: previous && {
      id: previous.id,
      published: previous.state === 'Published',
      awaitingApproval: previous.approval.state === 'At next meeting',
      carriedOver: carriedOverItems(previous.agendaItems, previous.minutesData.notes)
    }
  });
  const e = row.event;
  return { ...emptyMinutes(), attendance: e ? attendanceFrom(e.organizer, e.attendees) : [], agendaItems };
}

/** A new PMO Meetings item for the Outlook meeting of a row, linked as the row says. */
function newDraft(row: IMeetingRow, matches: IProjectMatch[], agendaItems: IAgendaItem[], minutesData: IMinutes): MeetingDraft {
  const e = row.event;
  return {
    title: row.title,
    projectId: matches[0]?.projectId,
    projectIds: matches.map((m) => m.projectId),
    linkReason: matches[0]?.reason,
    eventId: e?.id || '',
    iCalUId: e?.iCalUId || '',
    seriesMasterId: e?.seriesMasterId,
    start: row.start,
    end: row.end,
    organizer: e?.organizer.email || '',
    attendees: e ? [e.organizer, ...e.attendees].filter((a, i, all) => all.findIndex((b) => b.email === a.email) === i) : [],
    joinUrl: e?.joinUrl,
    agenda: '',
    agendaItems,
    minutes: '',
    minutesData,
    decisions: '',
    state: 'Scheduled',
    revision: 0,
    revisions: [],
    approval: noApproval()
  };
}

export function draftFor(row: IMeetingRow, record: IMeeting | undefined, v: IMeetingValues): MeetingDraft {
  const minutesData: IMinutes = { attendance: v.attendance, notes: v.notes, decisions: v.decisions, actions: v.actions, risks: v.risks };
  const base: MeetingDraft = record ? { ...record, agendaItems: v.agendaItems, minutesData } : newDraft(row, row.matches, v.agendaItems, minutesData);
  const edited = beginRevision(base);
  return { ...edited, state: edited.state === 'Published' ? 'Published' : hasMinutes(v) ? 'Draft' : edited.state === 'Draft' ? 'Draft' : 'Scheduled' };
}

/**
 * The meeting linked by hand to these projects (none: unlinked by hand, so the rules no longer link
 * it); a meeting not yet in PMO Meetings gets its item, with an empty agenda the editor prefills later.
 */
export function linkDraft(row: IMeetingRow, projectIds: number[]): MeetingDraft {
  const matches = projectIds.map((projectId) => ({ projectId, reason: 'manual' as const }));
  if (!row.record) return { ...newDraft(row, matches, [], emptyMinutes()), linkReason: 'manual' };
  return { ...row.record, projectId: projectIds[0], projectIds, linkReason: 'manual' };
}

export function publishTexts(m: IMeeting): IPublishTexts {
  const when = meetingWhen(m.start, m.end);
  const safe = m.title.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || strings.MinutesFileFallback;
  return {
    when,
    subject: strings.MinutesMailSubject.replace('{0}', m.title),
    fileName: `${strings.MinutesFilePrefix} ${safe} ${m.start.slice(0, 10)}.docx`,
    linkHtml: strings.MinutesEventLink,
    taskLink: strings.MinutesTaskLink.replace('{0}', m.title),
    approvePrevious: strings.AgendaApprovePrevious,
    attendance: strings.MinutesAttendance,
    agenda: strings.MinutesAgenda,
    decisions: strings.MinutesDecisions,
    actions: strings.MinutesActions,
    risks: strings.MinutesRisks,
    owner: strings.MinutesOwner,
    due: strings.MinutesDue,
    action: strings.MinutesAction,
    revision: strings.MinutesRevision,
    openMinutes: strings.MinutesOpenInPmo,
    status: { present: strings.AttendancePresent, absent: strings.AttendanceAbsent, apologies: strings.AttendanceApologies }
  };
}
