/**
 * Vocabulary of meetings and minutes (design.md §4, issue 8): events as Outlook gives them, the
 * structured minutes PMO Hub keeps, and the outcome of each publish step. Plain data, no I/O.
 */

/** A meeting as Outlook's calendarView returns it, reduced to what matching and minutes need. */
export interface ICalendarEvent {
  id: string;
  iCalUId: string;
  /** Set for occurrences and exceptions of a series. */
  seriesMasterId?: string;
  subject: string;
  /** ISO date-times in UTC. */
  start: string;
  end: string;
  categories: string[];
  /** Where the event was read: a project group's calendar, or the signed-in person's own. */
  calendar: { kind: 'group'; groupId: string } | { kind: 'user' };
  organizer: IAttendee;
  attendees: IAttendee[];
  /** True when the calendar read is the organizer's (only the organizer's copy takes attachments that reach everyone). */
  isOrganizer: boolean;
  isCancelled: boolean;
  joinUrl?: string;
  webLink?: string;
}

export interface IAttendee {
  name: string;
  email: string;
}

/** Why a meeting is linked to a project; shown next to the link. */
export type MatchReason = 'groupCalendar' | 'subjectTag' | 'category' | 'series' | 'manual';
export const MATCH_REASONS: MatchReason[] = ['groupCalendar', 'subjectTag', 'category', 'series', 'manual'];

export interface IProjectMatch {
  projectId: number;
  reason: MatchReason;
}

/** What matching needs of a project. */
export interface IMatchableProject {
  id: number;
  code: string;
  groupId?: string;
  meetingTag?: string;
}

/** `project` heads a steering committee's section for one project (its items follow it). */
export type AgendaKind = 'approvePrevious' | 'carriedOver' | 'project' | 'action' | 'risk' | 'issue' | 'decision' | 'custom';

/** One agenda item; `id` is stable, so notes written against it survive reordering. */
export interface IAgendaItem {
  id: string;
  kind: AgendaKind;
  title: string;
  ownerName?: string;
  /** yyyy-mm-dd */
  dueDate?: string;
  overdue?: boolean;
  /** The PMO Actions or RAID item it came from. */
  sourceId?: number;
  /** The project it belongs to (a meeting of several projects has one section each). */
  projectId?: number;
}

export type AttendanceStatus = 'present' | 'absent' | 'apologies';
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'absent', 'apologies'];

export interface IAttendance extends IAttendee {
  status: AttendanceStatus;
}

export interface IMinutesDecision {
  id: string;
  title: string;
  detail: string;
  /** Who owns the decision (people picker), shown in the decision log. */
  ownerId?: number;
  ownerName?: string;
  /** The project it is recorded for (a steering committee); the meeting's first project when not set. */
  projectId?: number;
}

export interface IMinutesAction {
  id: string;
  title: string;
  /** SharePoint site user id and mail of the owner, from the people picker. */
  ownerId?: number;
  ownerEmail?: string;
  ownerName?: string;
  /** yyyy-mm-dd */
  dueDate?: string;
  /** The project it lands in (a steering committee); the meeting's first project when not set. */
  projectId?: number;
}

export interface IMinutesRisk {
  id: string;
  kind: 'Risk' | 'Issue';
  title: string;
  description: string;
  probability?: number;
  impact?: number;
  /** The project whose RAID log takes it (a steering committee); the meeting's first project when not set. */
  projectId?: number;
}

/** The minutes as edited and stored (PMO Meetings MinutesData); `notes` is sanitized HTML per agenda item id. */
export interface IMinutes {
  attendance: IAttendance[];
  notes: Record<string, string>;
  decisions: IMinutesDecision[];
  actions: IMinutesAction[];
  risks: IMinutesRisk[];
}

export const emptyMinutes = (): IMinutes => ({ attendance: [], notes: {}, decisions: [], actions: [], risks: [] });

/** The publish steps, in the order they run. */
export type PublishStep = 'minutes' | 'actions' | 'tasks' | 'raid' | 'document' | 'attachment' | 'mail';
export const PUBLISH_STEPS: PublishStep[] = ['minutes', 'actions', 'tasks', 'raid', 'document', 'attachment', 'mail'];

export type StepState = 'pending' | 'done' | 'failed' | 'skipped';

export interface IStepOutcome {
  state: StepState;
  /** Why it failed or was skipped (a localizable code plus detail, e.g. "forbidden: Tasks.ReadWrite"). */
  reason?: string;
  at?: string;
}

/**
 * Everything publishing did, kept on the meeting (PMO Meetings PublishLog) so a retry completes only
 * what is missing: ids by the minutes' local ids, so nothing is created twice.
 */
export interface IPublishLog {
  revision: number;
  steps: Partial<Record<PublishStep, IStepOutcome>>;
  actionItems: Record<string, number>;
  plannerTasks: Record<string, string>;
  /** Action ids whose Planner task links back to the minutes (task details reference). */
  linkedTasks?: string[];
  /**
   * Action ids whose task was made without its owner as assignee, with why (ICreatedTask.unassigned:
   * `forbidden:User.ReadBasic.All`, `notFound`, `failed`): the tasks step's warning.
   */
  unassignedTasks?: Record<string, string>;
  raidItems: Record<string, number>;
  attachmentId?: string;
  /** How the document reached the event: attached to the organizer's event, or only linked (group calendar, not the organizer). */
  delivery?: 'attached' | 'linked';
}

export const emptyPublishLog = (revision = 1): IPublishLog => ({ revision, steps: {}, actionItems: {}, plannerTasks: {}, raidItems: {} });

/** The state a meeting shows in the list. */
export type MeetingStatus = 'scheduled' | 'agendaReady' | 'draft' | 'awaitingApproval' | 'approved' | 'published' | 'failed';
export const MEETING_STATUSES: MeetingStatus[] = ['scheduled', 'agendaReady', 'draft', 'awaitingApproval', 'approved', 'published', 'failed'];
