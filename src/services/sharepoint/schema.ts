/**
 * The one definition of PMO Hub's SharePoint lists (design.md §3). List titles and internal names are a
 * public contract (views, flows and Power BI reports use them): never rename, only add. Provisioning
 * (./provisioning.ts) creates what a site lacks from this; docs/schema.md documents it and
 * test/unit/schemaDoc.test.ts keeps the two equal.
 */

import { ACTION_STATUSES, ALLOCATION_STATUSES, COST_KINDS, HEALTHS, MEETING_STATES, PHASES, PRIORITIES, RAID_KINDS, RAID_STATUSES, RESOURCE_TYPES, STATUS_REPORT_STATES } from '../../model/types';
import { ALLOCATION_LIMITS } from '../../model/allocations';
import { COST_LIMITS } from '../../model/costs';
import { ACTION_FIELDS as AC, ALLOCATION_FIELDS as A, COST_FIELDS as C, ITEM_FIELDS, MEETING_FIELDS as M, PROJECT_FIELDS as P, PROJECT_LOOKUP, RAID_FIELDS as R, STATUS_REPORT_FIELDS as S } from '../../model/fields';
import { PROJECT_LIMITS } from '../../model/project';
import { PROPOSAL_STATES, URGENCIES } from '../../model/proposals';
import { GATE_DECISIONS, REVIEW_KINDS } from '../../model/scoring';
import { APPROVAL_STATES } from '../../model/meetings/approval';
import { PROPOSAL_FIELDS as PR, REVIEW_FIELDS as RV, SETTING_FIELDS } from '../../model/proposalFields';

// The vocabulary (choices, limits, column names in model/fields.ts) is the model's (src/model); the
// schema only says how each column is stored.
// test/unit/schemaModel.test.ts fails when the two disagree.
/** Bumped whenever a list or field is added; fields record the version that added them. */
export const SCHEMA_VERSION = 5;

export type FieldType = 'Text' | 'Note' | 'Choice' | 'DateTime' | 'Number' | 'Currency' | 'User' | 'Lookup' | 'Boolean';

export interface IFieldSchema {
  /** Internal (static) name: the contract. */
  name: string;
  /** Display name shown in SharePoint; may be changed by admins, never by provisioning. */
  title: string;
  type: FieldType;
  required?: boolean;
  /** Indexed so filters stay under the 5,000-item list view threshold. */
  indexed?: boolean;
  /** Enforce unique values (implies indexed). */
  unique?: boolean;
  /** Text: maximum length (SharePoint allows 255). */
  maxLength?: number;
  /** Note: rich text (sanitized HTML) instead of plain. */
  richText?: boolean;
  /** Choice: the allowed values. */
  choices?: string[];
  /** DateTime: date only (stored at 12:00 UTC, see mappers.ts). */
  dateOnly?: boolean;
  /** Number: bounds. */
  min?: number;
  max?: number;
  /** Lookup: title of the target list (shows its Title). */
  lookupList?: string;
  /** Lookup: several values (LookupMulti). */
  multiple?: boolean;
  /** Exists in every list (Title); checked, never created. */
  builtIn?: boolean;
  /** Schema version that added the field. */
  since: number;
}

export interface IListSchema {
  title: string;
  description: string;
  fields: IFieldSchema[];
}

/** The list titles, for code that reads or writes them. */
export const LISTS = {
  projects: 'PMO Projects',
  statusReports: 'PMO Status Reports',
  meetings: 'PMO Meetings',
  actions: 'PMO Actions',
  raid: 'PMO RAID Log',
  costs: 'PMO Costs',
  allocations: 'PMO Allocations',
  proposalReviews: 'PMO Proposal Reviews',
  settings: 'PMO Settings'
} as const;

type Opts = Partial<Omit<IFieldSchema, 'name' | 'title' | 'type'>>;
const f = (name: string, title: string, type: FieldType, o: Opts = {}): IFieldSchema => ({ name, title, type, since: 1, ...o });
const title = (): IFieldSchema => f(ITEM_FIELDS.title, 'Title', 'Text', { required: true, maxLength: 255, builtIn: true });
const text = (name: string, label: string, maxLength: number, o: Opts = {}) => f(name, label, 'Text', { maxLength, ...o });
const note = (name: string, label: string, o: Opts = {}) => f(name, label, 'Note', o);
const choice = (name: string, label: string, choices: readonly string[], o: Opts = {}) =>
  f(name, label, 'Choice', { choices: choices.slice(), ...o });
const date = (name: string, label: string, o: Opts = {}) => f(name, label, 'DateTime', { dateOnly: true, ...o });
const dateTime = (name: string, label: string, o: Opts = {}) => f(name, label, 'DateTime', o);
const num = (name: string, label: string, min: number, max?: number, o: Opts = {}) => f(name, label, 'Number', { min, max, ...o });
const money = (name: string, label: string, o: Opts = {}) => f(name, label, 'Currency', o);
const user = (name: string, label: string, o: Opts = {}) => f(name, label, 'User', o);
const lookup = (name: string, label: string, list: string, o: Opts = {}) => f(name, label, 'Lookup', { lookupList: list, ...o });
const project = (o: Opts = {}) => lookup(PROJECT_LOOKUP, 'Project', LISTS.projects, { required: true, indexed: true, ...o });


/** The PMO lists, in creation order (lookup targets first is not required: lists are created before fields). */
export const PMO_LISTS: IListSchema[] = [
  {
    title: LISTS.projects,
    description: 'PMO Hub: the project register.',
    fields: [
      title(),
      text(P.code, 'PMO code', PROJECT_LIMITS.code, { required: true, indexed: true, unique: true }),
      note(P.description, 'Description'),
      choice(P.phase, 'Phase', PHASES, { required: true, indexed: true }),
      choice(P.health, 'Health', HEALTHS, { required: true, indexed: true }),
      choice(P.priority, 'Priority', PRIORITIES, { required: true }),
      user(P.manager, 'Project manager', { indexed: true }),
      user(P.sponsor, 'Sponsor'),
      text(P.department, 'Department', PROJECT_LIMITS.department, { indexed: true }),
      date(P.startDate, 'Start date'),
      date(P.plannedEndDate, 'Planned end date'),
      date(P.forecastEndDate, 'Forecast end date'),
      money(P.budget, 'Budget'),
      money(P.actualCost, 'Actual cost'),
      money(P.forecastCost, 'Forecast cost'),
      num(P.percentComplete, 'Percent complete', 0, 100),
      text(P.groupId, 'Microsoft 365 group id', PROJECT_LIMITS.groupId, { indexed: true }),
      text(P.planId, 'Planner plan id', PROJECT_LIMITS.planId),
      text(P.teamsChannelId, 'Teams channel id', PROJECT_LIMITS.teamsChannelId),
      text(P.meetingTag, 'Meeting tag', PROJECT_LIMITS.meetingTag),
      // Version 3 (issue 12): the business case of a proposal, where it stands and its latest score
      // (the history of scores and decisions is in PMO Proposal Reviews).
      note(PR.problem, 'Problem or opportunity', { since: 3 }),
      note(PR.objectives, 'Objectives', { since: 3 }),
      note(PR.benefits, 'Expected benefits', { since: 3 }),
      money(PR.estimatedCost, 'Estimated cost', { since: 3 }),
      num(PR.estimatedEffort, 'Estimated effort (person-days)', 0, undefined, { since: 3 }),
      note(PR.alignment, 'Strategic alignment', { since: 3 }),
      choice(PR.urgency, 'Urgency', URGENCIES, { since: 3 }),
      note(PR.risks, 'Proposal risks', { since: 3 }),
      choice(PR.proposalState, 'Proposal state', PROPOSAL_STATES, { indexed: true, since: 3 }),
      num(PR.score, 'Proposal score', 0, 5, { since: 3 }),
      note(PR.scores, 'Proposal scores (JSON)', { since: 3 }),
      // Version 5: a gate decision whose history entry or RAID decision is not stored yet.
      note(PR.pendingDecision, 'Gate decision in progress (JSON)', { since: 5 })
    ]
  },
  {
    title: LISTS.statusReports,
    description: 'PMO Hub: status reports, one per project and period, frozen at publication.',
    fields: [
      title(),
      project(),
      date(S.reportDate, 'Report date', { required: true, indexed: true }),
      choice(S.state, 'State', STATUS_REPORT_STATES, { required: true, indexed: true }),
      choice(S.overallHealth, 'Overall health', HEALTHS),
      choice(S.scheduleHealth, 'Schedule health', HEALTHS),
      choice(S.costHealth, 'Cost health', HEALTHS),
      choice(S.scopeHealth, 'Scope health', HEALTHS),
      choice(S.riskHealth, 'Risk health', HEALTHS),
      note(S.overrideReason, 'Override reason'),
      note(S.summary, 'Summary'),
      note(S.accomplishments, 'Accomplishments'),
      note(S.nextSteps, 'Next steps'),
      num(S.percentComplete, 'Percent complete', 0, 100),
      money(S.budget, 'Budget'),
      money(S.actualCost, 'Actual cost'),
      money(S.forecastCost, 'Forecast cost'),
      date(S.forecastEndDate, 'Forecast end date'),
      num(S.overdueTasks, 'Overdue tasks', 0),
      num(S.openRisks, 'Open risks', 0),
      note(S.snapshot, 'Snapshot (JSON)'),
      // Version 3 (issue 11): the reporting period (one published report each), when it was published,
      // and the report of the same period it replaces.
      text(S.period, 'Period', 20, { indexed: true, since: 3 }),
      dateTime(S.publishedAt, 'Published at', { since: 3 }),
      num(S.supersedes, 'Supersedes report', 0, undefined, { since: 3 }),
      // Version 5 (issue 11): when and to whom the report was mailed (src/model/reportMail.ts), so a
      // second send asks first: Graph's sendMail has no idempotency key.
      note(S.mailLog, 'Mail log (JSON)', { since: 5 })
    ]
  },
  {
    title: LISTS.meetings,
    description: 'PMO Hub: project meetings with agenda and minutes.',
    fields: [
      title(),
      lookup(M.project, 'Project', LISTS.projects, { indexed: true }),
      text(M.eventId, 'Outlook event id', 255, { indexed: true }),
      text(M.iCalUId, 'iCalendar UID', 255, { indexed: true }),
      text(M.seriesMasterId, 'Series master id', 255),
      dateTime(M.start, 'Start', { required: true, indexed: true }),
      dateTime(M.end, 'End', { required: true }),
      text(M.organizer, 'Organizer', 255),
      note(M.attendees, 'Attendees (JSON)'),
      note(M.joinUrl, 'Join URL'),
      note(M.agenda, 'Agenda'),
      note(M.minutes, 'Minutes', { richText: true }),
      note(M.decisions, 'Decisions'),
      choice(M.state, 'State', MEETING_STATES, { required: true, indexed: true }),
      dateTime(M.publishedAt, 'Published at'),
      text(M.attachmentState, 'Attachment state', 255),
      // Version 2 (issue 8): a meeting linked to several projects, structured agenda and minutes, the
      // outcome of every publish step (so a retry completes only what is missing), minutes revisions.
      lookup(M.projects, 'Projects', LISTS.projects, { multiple: true, since: 2 }),
      text(M.linkReason, 'Link reason', 50, { since: 2, indexed: true }),
      note(M.agendaItems, 'Agenda items (JSON)', { since: 2 }),
      note(M.minutesData, 'Minutes data (JSON)', { since: 2 }),
      note(M.publishLog, 'Publish log (JSON)', { since: 2 }),
      num(M.revision, 'Minutes revision', 0, undefined, { since: 2 }),
      note(M.revisions, 'Earlier revisions (JSON)', { since: 2 }),
      // Version 3 (issue 8): a meeting moved or cancelled in Outlook says so and keeps its minutes.
      dateTime(M.movedFrom, 'Moved in Outlook from', { since: 3 }),
      f(M.cancelled, 'Cancelled in Outlook', 'Boolean', { since: 3 }),
      // Version 4 (issue 10): minutes approval: where it stands (a view of "awaiting my approval"), the
      // chair asked, and the request with the fingerprint of what was sent (src/model/meetings/approval.ts).
      choice(M.approvalState, 'Minutes approval', APPROVAL_STATES, { indexed: true, since: 4 }),
      user(M.approver, 'Minutes approver', { since: 4 }),
      note(M.approvalData, 'Minutes approval (JSON)', { since: 4 })
    ]
  },
  {
    title: LISTS.actions,
    description: 'PMO Hub: action items from meetings and elsewhere.',
    fields: [
      title(),
      project(),
      lookup(AC.meeting, 'Meeting', LISTS.meetings, { indexed: true }),
      user(AC.owner, 'Owner', { indexed: true }),
      date(AC.dueDate, 'Due date', { indexed: true }),
      choice(AC.status, 'Status', ACTION_STATUSES, { required: true, indexed: true }),
      text(AC.plannerTaskId, 'Planner task id', 64),
      note(AC.plannerSync, 'Planner sync (JSON)', { since: 4 })
    ]
  },
  {
    title: LISTS.raid,
    description: 'PMO Hub: risks, assumptions, issues, dependencies and decisions.',
    fields: [
      title(),
      project(),
      choice(R.kind, 'Kind', RAID_KINDS, { required: true, indexed: true }),
      note(R.description, 'Description'),
      num(R.probability, 'Probability', 1, 5),
      num(R.impact, 'Impact', 1, 5),
      user(R.owner, 'Owner'),
      choice(R.status, 'Status', RAID_STATUSES, { required: true, indexed: true }),
      date(R.dueDate, 'Due date', { indexed: true }),
      note(R.mitigation, 'Mitigation'),
      lookup(R.raisedInMeeting, 'Raised in', LISTS.meetings),
      lookup(R.dependsOnProject, 'Depends on project', LISTS.projects)
    ]
  },
  {
    title: LISTS.costs,
    description: 'PMO Hub: budget, actual and forecast amounts per project and month.',
    fields: [
      title(),
      project(),
      date(C.period, 'Period', { required: true, indexed: true }),
      choice(C.kind, 'Kind', COST_KINDS, { required: true, indexed: true }),
      text(C.category, 'Category', COST_LIMITS.category),
      money(C.amount, 'Amount', { required: true }),
      text(C.supplier, 'Supplier', COST_LIMITS.supplier)
    ]
  },
  {
    title: LISTS.allocations,
    description: 'PMO Hub: people and roles allocated to projects over time.',
    fields: [
      title(),
      project(),
      user(A.person, 'Person', { indexed: true }),
      text(A.role, 'Role', ALLOCATION_LIMITS.role),
      choice(A.resourceType, 'Resource type', RESOURCE_TYPES, { required: true }),
      text(A.department, 'Department', ALLOCATION_LIMITS.department),
      num(A.percent, 'Percent', 0, 100, { required: true }),
      date(A.startDate, 'Start date', { required: true, indexed: true }),
      date(A.endDate, 'End date', { required: true, indexed: true }),
      choice(A.status, 'Status', ALLOCATION_STATUSES, { required: true, indexed: true })
    ]
  },
  {
    title: LISTS.proposalReviews,
    description: 'PMO Hub: every scoring and gate decision of a proposal, oldest first.',
    fields: [
      title(),
      project({ since: 3 }),
      choice(RV.kind, 'Kind', REVIEW_KINDS, { required: true, since: 3 }),
      note(RV.scores, 'Scores (JSON)', { since: 3 }),
      note(RV.weights, 'Weights (JSON)', { since: 3 }),
      num(RV.weightedScore, 'Weighted score', 0, 5, { since: 3 }),
      choice(RV.decision, 'Decision', GATE_DECISIONS, { since: 3 }),
      note(RV.reason, 'Reason', { since: 3 }),
      user(RV.reviewer, 'Reviewer', { since: 3 }),
      dateTime(RV.reviewedAt, 'Reviewed at', { required: true, since: 3 })
    ]
  },
  {
    title: LISTS.settings,
    description: 'PMO Hub: settings of the PMO, one item per setting (Title is its key, Value its JSON).',
    fields: [title(), note(SETTING_FIELDS.value, 'Value (JSON)', { since: 3 })]
  }
];

/** The schema of one list by title; throws for a title the schema does not know. */
export function listSchema(listTitle: string, lists: IListSchema[] = PMO_LISTS): IListSchema {
  const found = lists.filter((l) => l.title === listTitle)[0];
  if (!found) throw new Error(`No such PMO list in the schema: ${listTitle}`);
  return found;
}
