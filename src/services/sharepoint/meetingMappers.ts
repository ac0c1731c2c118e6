/**
 * PMO Meetings and PMO Actions items ⇄ domain records. JSON columns (AgendaData, MinutesData,
 * PublishLog, Revisions, Attendees) are parsed defensively: a hand-edited or truncated value reads as
 * empty rather than breaking the list. Minutes HTML is stored as the editor sanitized it.
 */
import { ACTION_STATUSES, MEETING_STATES, type ActionDraft, type IActionItem, type IMeeting, type MeetingDraft } from '../../model/types';
import { MATCH_REASONS, emptyMinutes, type IMinutes, type IPublishLog, type MatchReason } from '../../model/meetings/types';
import type { IEntityMapping, SpItem } from './mappers';
import { etagOf, fromSpDate, personOf, toSpDate } from './values';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const id = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function json<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || !v) return fallback;
  try {
    const parsed = JSON.parse(v);
    return parsed === null || typeof parsed !== 'object' ? fallback : (parsed as T);
  } catch {
    return fallback;
  }
}

function minutesOf(v: unknown): IMinutes {
  const m = json<Partial<IMinutes>>(v, {});
  const base = emptyMinutes();
  const arr = <T>(x: T[] | undefined): T[] => (Array.isArray(x) ? x : []);
  return {
    attendance: arr(m.attendance),
    notes: m.notes && typeof m.notes === 'object' ? m.notes : base.notes,
    decisions: arr(m.decisions),
    actions: arr(m.actions),
    risks: arr(m.risks)
  };
}

/** Multi-lookup ids as JSON light returns them (an array; verbose wraps them in results). */
function ids(v: unknown): number[] {
  const list = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results) ? (v as { results: unknown[] }).results : [];
  return list.filter((x): x is number => typeof x === 'number');
}

export const meetingMapping: IEntityMapping<IMeeting, MeetingDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'ProjectsId', 'LinkReason', 'EventId', 'ICalUId', 'SeriesMasterId', 'Start', 'End', 'Organizer', 'Attendees', 'JoinUrl',
    'Agenda', 'AgendaData', 'Minutes', 'MinutesData', 'Decisions', 'State', 'PublishedAt', 'AttachmentState', 'PublishLog', 'Revision', 'Revisions', 'MovedFrom', 'Cancelled', 'Modified'],
  expand: [],
  fromItem: (raw: SpItem) => {
    const projectId = id(raw.ProjectId);
    const projectIds = ids(raw.ProjectsId);
    return {
      id: Number(raw.Id ?? raw.ID),
      etag: etagOf(raw),
      modified: optStr(raw.Modified),
      title: str(raw.Title),
      projectId,
      projectIds: projectIds.length ? projectIds : projectId ? [projectId] : [],
      linkReason: MATCH_REASONS.indexOf(raw.LinkReason as MatchReason) >= 0 ? (raw.LinkReason as MatchReason) : undefined,
      eventId: str(raw.EventId),
      iCalUId: str(raw.ICalUId),
      seriesMasterId: optStr(raw.SeriesMasterId),
      start: str(raw.Start),
      end: str(raw.End),
      movedFrom: optStr(raw.MovedFrom),
      cancelled: raw.Cancelled === true,
      organizer: str(raw.Organizer),
      attendees: json(raw.Attendees, [] as { name: string; email: string }[]),
      joinUrl: optStr(raw.JoinUrl),
      agenda: str(raw.Agenda),
      agendaItems: json(raw.AgendaData, []),
      minutes: str(raw.Minutes),
      minutesData: minutesOf(raw.MinutesData),
      decisions: str(raw.Decisions),
      state: MEETING_STATES.indexOf(raw.State as IMeeting['state']) >= 0 ? (raw.State as IMeeting['state']) : 'Scheduled',
      publishedAt: optStr(raw.PublishedAt),
      attachmentState: optStr(raw.AttachmentState),
      publishLog: json<IPublishLog | undefined>(raw.PublishLog, undefined),
      revision: typeof raw.Revision === 'number' ? raw.Revision : 0,
      revisions: json(raw.Revisions, [])
    };
  },
  toItem: (d: MeetingDraft) => ({
    Title: d.title.slice(0, 255),
    ProjectId: nul(d.projectIds[0] ?? d.projectId),
    ProjectsId: d.projectIds,
    LinkReason: nul(d.linkReason),
    EventId: d.eventId,
    ICalUId: d.iCalUId,
    SeriesMasterId: nul(d.seriesMasterId),
    Start: d.start,
    End: d.end,
    MovedFrom: nul(d.movedFrom),
    Cancelled: !!d.cancelled,
    Organizer: d.organizer,
    Attendees: JSON.stringify(d.attendees),
    JoinUrl: nul(d.joinUrl),
    Agenda: d.agendaItems.length ? d.agendaItems.map((i) => i.title).filter(Boolean).join('\n') : d.agenda,
    AgendaData: JSON.stringify(d.agendaItems),
    Minutes: d.minutes,
    MinutesData: JSON.stringify(d.minutesData),
    Decisions: d.minutesData.decisions.length ? d.minutesData.decisions.map((x) => x.title).join('\n') : d.decisions,
    State: d.state,
    PublishedAt: nul(d.publishedAt),
    AttachmentState: nul(d.attachmentState),
    PublishLog: d.publishLog ? JSON.stringify(d.publishLog) : null,
    Revision: d.revision,
    Revisions: JSON.stringify(d.revisions)
  })
};

export const actionMapping: IEntityMapping<IActionItem, ActionDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'MeetingId', 'DueDate', 'Status', 'PlannerTaskId', 'Modified', 'Owner/Id', 'Owner/Title', 'Owner/EMail'],
  expand: ['Owner'],
  fromItem: (raw: SpItem) => ({
    id: Number(raw.Id ?? raw.ID),
    etag: etagOf(raw),
    modified: optStr(raw.Modified),
    title: str(raw.Title),
    projectId: Number(raw.ProjectId),
    meetingId: id(raw.MeetingId),
    owner: personOf(raw, 'Owner'),
    dueDate: fromSpDate(raw.DueDate),
    status: ACTION_STATUSES.indexOf(raw.Status as IActionItem['status']) >= 0 ? (raw.Status as IActionItem['status']) : 'Open',
    plannerTaskId: optStr(raw.PlannerTaskId)
  }),
  toItem: (d: ActionDraft) => ({
    Title: d.title.slice(0, 255),
    ProjectId: d.projectId,
    MeetingId: nul(d.meetingId),
    OwnerId: nul(d.ownerId),
    DueDate: toSpDate(d.dueDate),
    Status: d.status,
    PlannerTaskId: nul(d.plannerTaskId)
  })
};
