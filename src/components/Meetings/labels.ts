import * as strings from 'PmoHubStrings';
import type { AttendanceStatus, IProjectMatch, MatchReason, MeetingStatus, PublishStep } from '../../model/meetings/types';
import type { IProject } from '../../model/types';
import type { IMeetingRow } from './types';
import { formatDate } from '../common/fields';

export const statusLabel = (s: MeetingStatus): string =>
  ({ scheduled: strings.MeetingStatusScheduled, agendaReady: strings.MeetingStatusAgendaReady, draft: strings.MeetingStatusDraft, awaitingApproval: strings.MeetingStatusAwaitingApproval, approved: strings.MeetingStatusApproved, published: strings.MeetingStatusPublished, failed: strings.MeetingStatusFailed })[s];

export const reasonLabel = (r: MatchReason): string =>
  ({ groupCalendar: strings.MeetingReasonGroup, subjectTag: strings.MeetingReasonTag, category: strings.MeetingReasonCategory, series: strings.MeetingReasonSeries, manual: strings.MeetingReasonManual })[r];

/** "PRJ-0042 (tag in subject), PRJ-0007 (linked by hand)", or why it is linked to none. */
export function linksText(matches: IProjectMatch[], projects: IProject[], unlinkedByHand = false): string {
  const code = (id: number) => projects.filter((p) => p.id === id)[0]?.code ?? String(id);
  if (!matches.length) return unlinkedByHand ? strings.MeetingUnlinkedByHand : strings.MeetingNotLinked;
  return matches.map((m) => `${code(m.projectId)} (${reasonLabel(m.reason)})`).join(', ');
}

/** Cancelled in Outlook: as Outlook shows it now, or as stored when the event is gone. */
export const isCancelled = (r: IMeetingRow): boolean => !!(r.event?.isCancelled || r.record?.cancelled);

export const stepLabel = (s: PublishStep): string =>
  ({ minutes: strings.PublishStepMinutes, actions: strings.PublishStepActions, tasks: strings.PublishStepTasks, raid: strings.PublishStepRaid, document: strings.PublishStepDocument, attachment: strings.PublishStepAttachment, mail: strings.PublishStepMail })[s];

export const attendanceLabel = (s: AttendanceStatus): string => ({ present: strings.AttendancePresent, absent: strings.AttendanceAbsent, apologies: strings.AttendanceApologies })[s];

/** The person's reading of a meeting's start and end (local zone). */
export function meetingWhen(start: string, end: string): string {
  if (!start) return '';
  const s = new Date(start);
  const e = end ? new Date(end) : undefined;
  const time = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(localDay(s))} ${time(s)}${e ? `–${time(e)}` : ''}`;
}

function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Why a step failed or was skipped, in words (a 403 names the permission). */
export function stepReason(reason: string | undefined): string {
  if (!reason) return '';
  const forbidden = /^forbidden:(.+)$/.exec(reason);
  if (forbidden) return strings.PublishReasonForbidden.replace('{0}', forbidden[1]);
  const known: Record<string, string> = {
    noPlan: strings.PublishReasonNoPlan,
    noProject: strings.PublishReasonNoProject,
    notOrganizer: strings.PublishReasonNotOrganizer,
    noEvent: strings.PublishReasonNoEvent,
    noAttendees: strings.PublishReasonNoAttendees,
    network: strings.ErrorNetwork,
    throttled: strings.ErrorThrottled,
    forbidden: strings.ErrorForbidden,
    notFound: strings.ErrorNotFound,
    conflict: strings.ErrorConflict,
    invalid: strings.ErrorInvalid
  };
  return known[reason] || strings.ErrorUnknown;
}
