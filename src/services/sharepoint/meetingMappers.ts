/**
 * PMO Meetings and PMO Actions items ⇄ domain records. JSON columns (AgendaData, MinutesData,
 * PublishLog, Revisions, Attendees) are parsed defensively: a hand-edited or truncated value reads as
 * empty rather than breaking the list. Minutes HTML is stored as the editor sanitized it.
 */
import { ACTION_STATUSES, MEETING_STATES, type ActionDraft, type IActionItem, type IMeeting, type MeetingDraft } from '../../model/types';
import { MATCH_REASONS, emptyMinutes, type IMinutes, type IPublishLog, type MatchReason } from '../../model/meetings/types';
import { ACTION_FIELDS as AC, ITEM_FIELDS, MEETING_FIELDS as M, idColumn } from '../../model/fields';
import { APPROVAL_STATES, type ApprovalState, type IMinutesApproval } from '../../model/meetings/approval';
import type { IEntityMapping, SpItem } from './mappers';
import { parsePlannerSync } from '../../model/meetings/actionSync';
import { etagOf, fromSpDate, id, jsonOf, nul, optStr, personOf, str, toSpDate } from './values';


function minutesOf(v: unknown): IMinutes {
  const m = jsonOf<Partial<IMinutes>>(v, {});
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

/** The approval: the public columns say where it stands and who the chair is; the JSON keeps the rest. */
function approvalOf(raw: SpItem): IMinutesApproval {
  const data = jsonOf<Partial<IMinutesApproval>>(raw[M.approvalData], {});
  const state = APPROVAL_STATES.indexOf(raw[M.approvalState] as ApprovalState) >= 0 ? (raw[M.approvalState] as ApprovalState) : 'Not requested';
  const chair = personOf(raw, M.approver);
  return { ...data, state, approver: chair && chair.email ? chair : data.approver };
}

/** Multi-lookup ids as JSON light returns them (an array; verbose wraps them in results). */
function ids(v: unknown): number[] {
  const list = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results) ? (v as { results: unknown[] }).results : [];
  return list.filter((x): x is number => typeof x === 'number');
}

export const meetingMapping: IEntityMapping<IMeeting, MeetingDraft> = {
  select: [ITEM_FIELDS.id, M.title, idColumn(M.project), idColumn(M.projects), M.linkReason, M.eventId, M.iCalUId, M.seriesMasterId, M.start, M.end, M.organizer, M.attendees, M.joinUrl,
    M.agenda, M.agendaItems, M.minutes, M.minutesData, M.decisions, M.state, M.publishedAt, M.attachmentState, M.publishLog, M.revision, M.revisions, M.movedFrom, M.cancelled, M.approvalState, M.approvalData, `${M.approver}/Id`, `${M.approver}/Title`, `${M.approver}/EMail`, ITEM_FIELDS.modified],
  expand: [M.approver],
  fromItem: (raw: SpItem) => {
    const projectId = id(raw[idColumn(M.project)]);
    const projectIds = ids(raw[idColumn(M.projects)]);
    return {
      id: Number(raw[ITEM_FIELDS.id] ?? raw.ID),
      etag: etagOf(raw),
      modified: optStr(raw[ITEM_FIELDS.modified]),
      title: str(raw[M.title]),
      projectId,
      projectIds: projectIds.length ? projectIds : projectId ? [projectId] : [],
      linkReason: MATCH_REASONS.indexOf(raw[M.linkReason] as MatchReason) >= 0 ? (raw[M.linkReason] as MatchReason) : undefined,
      eventId: str(raw[M.eventId]),
      iCalUId: str(raw[M.iCalUId]),
      seriesMasterId: optStr(raw[M.seriesMasterId]),
      start: str(raw[M.start]),
      end: str(raw[M.end]),
      movedFrom: optStr(raw[M.movedFrom]),
      cancelled: raw[M.cancelled] === true,
      organizer: str(raw[M.organizer]),
      attendees: jsonOf(raw[M.attendees], [] as { name: string; email: string }[]),
      joinUrl: optStr(raw[M.joinUrl]),
      agenda: str(raw[M.agenda]),
      agendaItems: jsonOf(raw[M.agendaItems], []),
      minutes: str(raw[M.minutes]),
      minutesData: minutesOf(raw[M.minutesData]),
      decisions: str(raw[M.decisions]),
      state: MEETING_STATES.indexOf(raw[M.state] as IMeeting['state']) >= 0 ? (raw[M.state] as IMeeting['state']) : 'Scheduled',
      publishedAt: optStr(raw[M.publishedAt]),
      attachmentState: optStr(raw[M.attachmentState]),
      publishLog: jsonOf<IPublishLog | undefined>(raw[M.publishLog], undefined),
      revision: typeof raw[M.revision] === 'number' ? (raw[M.revision] as number) : 0,
      revisions: jsonOf(raw[M.revisions], []),
      approval: approvalOf(raw)
    };
  },
  toItem: (d: MeetingDraft) => ({
    [M.title]: d.title.slice(0, 255),
    [idColumn(M.project)]: nul(d.projectIds[0] ?? d.projectId),
    [idColumn(M.projects)]: d.projectIds,
    [M.linkReason]: nul(d.linkReason),
    [M.eventId]: d.eventId,
    [M.iCalUId]: d.iCalUId,
    [M.seriesMasterId]: nul(d.seriesMasterId),
    [M.start]: d.start,
    [M.end]: d.end,
    [M.movedFrom]: nul(d.movedFrom),
    [M.cancelled]: !!d.cancelled,
    [M.organizer]: d.organizer,
    [M.attendees]: JSON.stringify(d.attendees),
    [M.joinUrl]: nul(d.joinUrl),
    [M.agenda]: d.agendaItems.length ? d.agendaItems.map((i) => i.title).filter(Boolean).join('\n') : d.agenda,
    [M.agendaItems]: JSON.stringify(d.agendaItems),
    [M.minutes]: d.minutes,
    [M.minutesData]: JSON.stringify(d.minutesData),
    [M.decisions]: d.minutesData.decisions.length ? d.minutesData.decisions.map((x) => x.title).join('\n') : d.decisions,
    [M.state]: d.state,
    [M.publishedAt]: nul(d.publishedAt),
    [M.attachmentState]: nul(d.attachmentState),
    [M.publishLog]: d.publishLog ? JSON.stringify(d.publishLog) : null,
    [M.revision]: d.revision,
    [M.revisions]: JSON.stringify(d.revisions),
    [M.approvalState]: d.approval.state,
    [idColumn(M.approver)]: nul(d.approval.approver?.id),
    [M.approvalData]: JSON.stringify(d.approval)
  })
};

export const actionMapping: IEntityMapping<IActionItem, ActionDraft> = {
  select: [ITEM_FIELDS.id, AC.title, idColumn(AC.project), idColumn(AC.meeting), AC.dueDate, AC.status, AC.plannerTaskId, AC.plannerSync, ITEM_FIELDS.modified, `${AC.owner}/Id`, `${AC.owner}/Title`, `${AC.owner}/EMail`],
  expand: [AC.owner],
  fromItem: (raw: SpItem) => ({
    id: Number(raw[ITEM_FIELDS.id] ?? raw.ID),
    etag: etagOf(raw),
    modified: optStr(raw[ITEM_FIELDS.modified]),
    title: str(raw[AC.title]),
    projectId: Number(raw[idColumn(AC.project)]),
    meetingId: id(raw[idColumn(AC.meeting)]),
    owner: personOf(raw, AC.owner),
    dueDate: fromSpDate(raw[AC.dueDate]),
    status: ACTION_STATUSES.indexOf(raw[AC.status] as IActionItem['status']) >= 0 ? (raw[AC.status] as IActionItem['status']) : 'Open',
    plannerTaskId: optStr(raw[AC.plannerTaskId]),
    plannerSync: parsePlannerSync(raw[AC.plannerSync])
  }),
  toItem: (d: ActionDraft) => ({
    [AC.title]: d.title.slice(0, 255),
    [idColumn(AC.project)]: d.projectId,
    [idColumn(AC.meeting)]: nul(d.meetingId),
    [idColumn(AC.owner)]: nul(d.ownerId),
    [AC.dueDate]: toSpDate(d.dueDate),
    [AC.status]: d.status,
    [AC.plannerTaskId]: nul(d.plannerTaskId),
    // Written when the draft carries it (the sync, a copy of a read record): an edit's draft without it leaves what the sync stored.
    ...('plannerSync' in d ? { [AC.plannerSync]: d.plannerSync ? JSON.stringify(d.plannerSync) : null } : {})
  })
};
