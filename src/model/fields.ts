/**
 * The internal (static) names of the PMO lists' columns, by the domain field they hold: a public contract
 * (views, flows and Power BI reports use them), so never rename, only add. The schema
 * (services/sharepoint/schema.ts) creates these columns; the mappers (mappers.ts, meetingMappers.ts,
 * statusReports/statusReportMapping.ts) and the readers' $select and $filter (repositories, portfolio
 * reader, deck) use them; test/unit/schemaModel.test.ts fails when a list's schema and these names
 * disagree. The proposal, review and settings columns are in ./proposalFields.ts.
 * A person or lookup column is read and written through its id column, `idColumn(name)`.
 */

/** Columns every list item has. */
export const ITEM_FIELDS = { id: 'Id', title: 'Title', created: 'Created', modified: 'Modified' } as const;

/** PMO Projects. */
export const PROJECT_FIELDS = {
  title: ITEM_FIELDS.title,
  code: 'PmoCode',
  description: 'Description',
  phase: 'Phase',
  health: 'Health',
  priority: 'Priority',
  manager: 'ProjectManager',
  sponsor: 'Sponsor',
  department: 'Department',
  startDate: 'StartDate',
  plannedEndDate: 'PlannedEndDate',
  forecastEndDate: 'ForecastEndDate',
  budget: 'Budget',
  actualCost: 'ActualCost',
  forecastCost: 'ForecastCost',
  percentComplete: 'PercentComplete',
  groupId: 'GroupId',
  planId: 'PlanId',
  teamsChannelId: 'TeamsChannelId',
  meetingTag: 'MeetingTag'
} as const;

/** The lookup to PMO Projects that every project record list has. */
export const PROJECT_LOOKUP = 'Project';

/** PMO RAID Log. */
export const RAID_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  kind: 'Kind',
  description: 'Description',
  probability: 'Probability',
  impact: 'Impact',
  owner: 'Owner',
  status: 'Status',
  dueDate: 'DueDate',
  mitigation: 'Mitigation',
  raisedInMeeting: 'RaisedIn',
  dependsOnProject: 'DependsOnProject'
} as const;

/** PMO Costs. */
export const COST_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  period: 'Period',
  kind: 'Kind',
  category: 'Category',
  amount: 'Amount',
  supplier: 'Supplier'
} as const;

/** PMO Allocations. */
export const ALLOCATION_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  person: 'Person',
  role: 'Role',
  resourceType: 'ResourceType',
  department: 'Department',
  percent: 'Percent',
  startDate: 'StartDate',
  endDate: 'EndDate',
  status: 'Status'
} as const;

/** PMO Status Reports. The frozen figures (PercentComplete … OpenRisks) are written from the Snapshot. */
export const STATUS_REPORT_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  reportDate: 'ReportDate',
  state: 'State',
  overallHealth: 'OverallHealth',
  scheduleHealth: 'ScheduleHealth',
  costHealth: 'CostHealth',
  scopeHealth: 'ScopeHealth',
  riskHealth: 'RiskHealth',
  overrideReason: 'OverrideReason',
  summary: 'Summary',
  accomplishments: 'Accomplishments',
  nextSteps: 'NextSteps',
  percentComplete: 'PercentComplete',
  budget: 'Budget',
  actualCost: 'ActualCost',
  forecastCost: 'ForecastCost',
  forecastEndDate: 'ForecastEndDate',
  overdueTasks: 'OverdueTasks',
  openRisks: 'OpenRisks',
  snapshot: 'Snapshot',
  period: 'Period',
  publishedAt: 'PublishedAt',
  supersedes: 'Supersedes',
  mailLog: 'MailLog'
} as const;

/** PMO Meetings. `project` is the first linked project; `projects` all of them (multi-lookup). */
export const MEETING_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  eventId: 'EventId',
  iCalUId: 'ICalUId',
  seriesMasterId: 'SeriesMasterId',
  start: 'Start',
  end: 'End',
  organizer: 'Organizer',
  attendees: 'Attendees',
  joinUrl: 'JoinUrl',
  agenda: 'Agenda',
  minutes: 'Minutes',
  decisions: 'Decisions',
  state: 'State',
  publishedAt: 'PublishedAt',
  attachmentState: 'AttachmentState',
  projects: 'Projects',
  linkReason: 'LinkReason',
  agendaItems: 'AgendaData',
  minutesData: 'MinutesData',
  publishLog: 'PublishLog',
  revision: 'Revision',
  revisions: 'Revisions',
  movedFrom: 'MovedFrom',
  cancelled: 'Cancelled',
  approvalState: 'ApprovalState',
  approver: 'Approver',
  approvalData: 'ApprovalData'
} as const;

/** PMO Actions (action items). */
export const ACTION_FIELDS = {
  title: ITEM_FIELDS.title,
  project: PROJECT_LOOKUP,
  meeting: 'Meeting',
  owner: 'Owner',
  dueDate: 'DueDate',
  status: 'Status',
  plannerTaskId: 'PlannerTaskId',
  /** What the action and its Planner task last agreed, and a conflict or deletion (model/meetings/actionSync.ts). */
  plannerSync: 'PlannerSync'
} as const;

/** The column a person or lookup field's id is read and written through (SharePoint's `<name>Id`). */
export function idColumn(name: string): string {
  return `${name}Id`;
}
