/**
 * Domain types of PMO Hub. Plain data: no SharePoint or Graph shapes leak past the mappers in
 * src/services, and nothing here does I/O.
 */
import type { IAgendaItem, IMinutes, IPublishLog, MatchReason } from './meetings/types';
import type { IPlannerSync } from './meetings/actionSync';
import type { IMinutesApproval } from './meetings/approval';

export type Phase = 'Proposal' | 'Initiation' | 'Planning' | 'Execution' | 'Closing' | 'Closed';
export const PHASES: Phase[] = ['Proposal', 'Initiation', 'Planning', 'Execution', 'Closing', 'Closed'];

export type Health = 'Green' | 'Amber' | 'Red';
export const HEALTHS: Health[] = ['Green', 'Amber', 'Red'];

export type Priority = 'Low' | 'Medium' | 'High' | 'Critical';
export const PRIORITIES: Priority[] = ['Low', 'Medium', 'High', 'Critical'];

/** A person as SharePoint knows them (site user id) and Graph knows them (mail/UPN). */
export interface IPerson {
  /** SharePoint site user id (User Information List). */
  id: number;
  title: string;
  email: string;
}

/** Every record read from a list carries its id and its ETag, so a save can be refused when stale. */
export interface IRecord {
  id: number;
  /** The item's ETag as SharePoint returned it; writes send it back as IF-Match. */
  etag: string;
  modified?: string;
}

export interface IProject extends IRecord {
  title: string;
  code: string;
  description: string;
  phase: Phase;
  health: Health;
  priority: Priority;
  manager?: IPerson;
  sponsor?: IPerson;
  department: string;
  /** ISO dates (yyyy-mm-dd) or undefined. */
  startDate?: string;
  plannedEndDate?: string;
  forecastEndDate?: string;
  budget?: number;
  actualCost?: number;
  forecastCost?: number;
  percentComplete?: number;
  groupId?: string;
  planId?: string;
  teamsChannelId?: string;
  meetingTag?: string;
}

/** What a form edits: a project without server-owned fields; people by id. */
export type ProjectDraft = Omit<IProject, 'id' | 'etag' | 'modified' | 'manager' | 'sponsor'> & {
  managerId?: number;
  sponsorId?: number;
};

export type RaidKind = 'Risk' | 'Assumption' | 'Issue' | 'Dependency' | 'Decision';
export const RAID_KINDS: RaidKind[] = ['Risk', 'Assumption', 'Issue', 'Dependency', 'Decision'];
export type RaidStatus = 'Open' | 'In progress' | 'Closed';
export const RAID_STATUSES: RaidStatus[] = ['Open', 'In progress', 'Closed'];

export interface IRaidItem extends IRecord {
  title: string;
  projectId: number;
  kind: RaidKind;
  description: string;
  /** 1..5, risks only. */
  probability?: number;
  /** 1..5, risks and issues. */
  impact?: number;
  owner?: IPerson;
  status: RaidStatus;
  dueDate?: string;
  mitigation: string;
  /** For dependencies on another project. */
  dependsOnProjectId?: number;
  raisedInMeetingId?: number;
}
export type RaidDraft = Omit<IRaidItem, 'id' | 'etag' | 'modified' | 'owner'> & { ownerId?: number };

export type CostKind = 'Budget' | 'Actual' | 'Forecast';
export const COST_KINDS: CostKind[] = ['Budget', 'Actual', 'Forecast'];

export interface ICostLine extends IRecord {
  title: string;
  projectId: number;
  /** First day of the month, yyyy-mm-01. */
  period: string;
  kind: CostKind;
  category: string;
  amount: number;
  supplier: string;
}
export type CostDraft = Omit<ICostLine, 'id' | 'etag' | 'modified'>;

export type ResourceType = 'Employee' | 'Contractor' | 'Support department';
export const RESOURCE_TYPES: ResourceType[] = ['Employee', 'Contractor', 'Support department'];
export type AllocationStatus = 'Requested' | 'Approved' | 'Rejected';
export const ALLOCATION_STATUSES: AllocationStatus[] = ['Requested', 'Approved', 'Rejected'];

export interface IAllocation extends IRecord {
  title: string;
  projectId: number;
  person?: IPerson;
  /** A role when no named person is allocated yet (e.g. "Business analyst"). */
  role: string;
  resourceType: ResourceType;
  department: string;
  /** 0..100 */
  percent: number;
  startDate: string;
  endDate: string;
  status: AllocationStatus;
}
export type AllocationDraft = Omit<IAllocation, 'id' | 'etag' | 'modified' | 'person'> & { personId?: number };

/** A status report is a draft until published, then frozen. */
export type StatusReportState = 'Draft' | 'Published';
export const STATUS_REPORT_STATES: StatusReportState[] = ['Draft', 'Published'];

export type MeetingState = 'Scheduled' | 'Draft' | 'Published';
export const MEETING_STATES: MeetingState[] = ['Scheduled', 'Draft', 'Published'];
export interface IMeeting extends IRecord {
  title: string;
  /** The first linked project (the Project lookup); `projectIds` has all of them (a steering committee). */
  projectId?: number;
  projectIds: number[];
  /** Why the meeting is linked (shown next to the link). */
  linkReason?: MatchReason;
  eventId: string;
  iCalUId: string;
  seriesMasterId?: string;
  start: string;
  end: string;
  /** The start it had before it was moved in Outlook (src/model/meetings/outlookSync.ts). */
  movedFrom?: string;
  /** Cancelled in Outlook; its agenda and minutes are kept. */
  cancelled?: boolean;
  organizer: string;
  attendees: { name: string; email: string }[];
  joinUrl?: string;
  /** Agenda titles, one a line (the public column); `agendaItems` keeps the structured items. */
  agenda: string;
  agendaItems: IAgendaItem[];
  /** Sanitized HTML of the minutes (the public column, also the published text). */
  minutes: string;
  minutesData: IMinutes;
  decisions: string;
  state: MeetingState;
  publishedAt?: string;
  attachmentState?: string;
  publishLog?: IPublishLog;
  /** 0 until first published; each publication after an edit adds one. */
  revision: number;
  /** Earlier published revisions, newest last: their text stays readable. */
  revisions: IMinutesRevision[];
  /** Who approves the minutes and where that stands (src/model/meetings/approval.ts). */
  approval: IMinutesApproval;
}

export interface IMinutesRevision {
  revision: number;
  publishedAt: string;
  minutes: string;
  /** Why it was replaced by the next revision (a correction's reason). */
  reason: string;
  approvedBy?: string;
  approvedAt?: string;
  correctedBy?: string;
  correctedAt?: string;
}

/** What the meeting editor saves (server-owned fields left out). */
export type MeetingDraft = Omit<IMeeting, 'id' | 'etag' | 'modified'>;

export type ActionStatus = 'Open' | 'In progress' | 'Done' | 'Cancelled';
export const ACTION_STATUSES: ActionStatus[] = ['Open', 'In progress', 'Done', 'Cancelled'];
export interface IActionItem extends IRecord {
  title: string;
  projectId: number;
  meetingId?: number;
  owner?: IPerson;
  dueDate?: string;
  status: ActionStatus;
  plannerTaskId?: string;
  /** Where the action stands with its Planner task (model/meetings/actionSync.ts); undefined before the first sync. */
  plannerSync?: IPlannerSync;
}
export type ActionDraft = Omit<IActionItem, 'id' | 'etag' | 'modified' | 'owner'> & { ownerId?: number };

/** Graph-side shapes the pickers and status views need (mapped, not raw Graph). */
export interface IGroupRef { id: string; displayName: string; mail?: string }
export interface IPlanRef { id: string; title: string; groupId: string }
export interface IChannelRef { id: string; displayName: string; teamId: string }

export interface IPlannerTask {
  id: string;
  etag: string;
  planId: string;
  bucketId?: string;
  title: string;
  percentComplete: number;
  startDateTime?: string;
  dueDateTime?: string;
  completedDateTime?: string;
  /** When the task was created (Graph plannerTask has no lastModifiedDateTime; compliance reads this and completedDateTime). */
  createdDateTime?: string;
  assigneeIds: string[];
}

export interface IPlannerBucket {
  id: string;
  name: string;
  orderHint: string;
}

export interface ICalendarEvent {
  id: string;
  iCalUId: string;
  subject: string;
  start: string;
  end: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  categories: string[];
  joinUrl?: string;
  seriesMasterId?: string;
  type: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  isOrganizer: boolean;
}
