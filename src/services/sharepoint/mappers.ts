/**
 * SharePoint list items (JSON light) ⇄ domain records. The only place that knows internal field names
 * of the four repositories' lists; each entity also declares the $select/$expand it needs, so reads
 * fetch exactly the columns the mapper uses. Column value conventions are in ./values.ts.
 */
import {
  ALLOCATION_STATUSES,
  COST_KINDS,
  HEALTHS,
  PHASES,
  PRIORITIES,
  RAID_KINDS,
  RAID_STATUSES,
  RESOURCE_TYPES,
  type AllocationDraft,
  type CostDraft,
  type IAllocation,
  type ICostLine,
  type IProject,
  type IRaidItem,
  type ProjectDraft,
  type RaidDraft
} from '../../model/types';
import { etagOf, fromSpDate, personOf, toSpDate, type SpItem } from './values';

export type { SpItem };

/** What a repository needs to read and write one entity. */
export interface IEntityMapping<T, TDraft> {
  /** Columns to $select (person columns as Name/Id, Name/Title, Name/EMail). */
  select: string[];
  /** Person and lookup columns to $expand. */
  expand: string[];
  fromItem(raw: SpItem): T;
  toItem(draft: TDraft): SpItem;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);
const id = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);
/** A choice value, or the fallback when the column holds something the domain does not know. */
function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.indexOf(v as T) >= 0 ? (v as T) : fallback;
}
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const personColumns = (name: string): string[] => [`${name}/Id`, `${name}/Title`, `${name}/EMail`];
const record = (raw: SpItem) => ({ id: Number(raw.Id ?? raw.ID), etag: etagOf(raw), modified: optStr(raw.Modified) });

export const projectMapping: IEntityMapping<IProject, ProjectDraft> = {
  select: ['Id', 'Title', 'PmoCode', 'Description', 'Phase', 'Health', 'Priority', 'Department', 'StartDate', 'PlannedEndDate',
    'ForecastEndDate', 'Budget', 'ActualCost', 'ForecastCost', 'PercentComplete', 'GroupId', 'PlanId', 'TeamsChannelId', 'MeetingTag',
    'Modified', ...personColumns('ProjectManager'), ...personColumns('Sponsor')],
  expand: ['ProjectManager', 'Sponsor'],
  fromItem: (raw) => ({
    ...record(raw),
    title: str(raw.Title),
    code: str(raw.PmoCode),
    description: str(raw.Description),
    phase: oneOf(raw.Phase, PHASES, 'Proposal'),
    health: oneOf(raw.Health, HEALTHS, 'Green'),
    priority: oneOf(raw.Priority, PRIORITIES, 'Medium'),
    manager: personOf(raw, 'ProjectManager'),
    sponsor: personOf(raw, 'Sponsor'),
    department: str(raw.Department),
    startDate: fromSpDate(raw.StartDate),
    plannedEndDate: fromSpDate(raw.PlannedEndDate),
    forecastEndDate: fromSpDate(raw.ForecastEndDate),
    budget: num(raw.Budget),
    actualCost: num(raw.ActualCost),
    forecastCost: num(raw.ForecastCost),
    percentComplete: num(raw.PercentComplete),
    groupId: optStr(raw.GroupId),
    planId: optStr(raw.PlanId),
    teamsChannelId: optStr(raw.TeamsChannelId),
    meetingTag: optStr(raw.MeetingTag)
  }),
  toItem: (d) => ({
    Title: d.title,
    PmoCode: d.code,
    Description: d.description,
    Phase: d.phase,
    Health: d.health,
    Priority: d.priority,
    ProjectManagerId: nul(d.managerId),
    SponsorId: nul(d.sponsorId),
    Department: d.department,
    StartDate: toSpDate(d.startDate),
    PlannedEndDate: toSpDate(d.plannedEndDate),
    ForecastEndDate: toSpDate(d.forecastEndDate),
    Budget: nul(d.budget),
    ActualCost: nul(d.actualCost),
    ForecastCost: nul(d.forecastCost),
    PercentComplete: nul(d.percentComplete),
    GroupId: nul(d.groupId),
    PlanId: nul(d.planId),
    TeamsChannelId: nul(d.teamsChannelId),
    MeetingTag: nul(d.meetingTag)
  })
};

export const raidMapping: IEntityMapping<IRaidItem, RaidDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'Kind', 'Description', 'Probability', 'Impact', 'Status', 'DueDate', 'Mitigation',
    'RaisedInId', 'DependsOnProjectId', 'Modified', ...personColumns('Owner')],
  expand: ['Owner'],
  fromItem: (raw) => ({
    ...record(raw),
    title: str(raw.Title),
    projectId: Number(raw.ProjectId),
    kind: oneOf(raw.Kind, RAID_KINDS, 'Risk'),
    description: str(raw.Description),
    probability: num(raw.Probability),
    impact: num(raw.Impact),
    owner: personOf(raw, 'Owner'),
    status: oneOf(raw.Status, RAID_STATUSES, 'Open'),
    dueDate: fromSpDate(raw.DueDate),
    mitigation: str(raw.Mitigation),
    dependsOnProjectId: id(raw.DependsOnProjectId),
    raisedInMeetingId: id(raw.RaisedInId)
  }),
  toItem: (d) => ({
    Title: d.title,
    ProjectId: d.projectId,
    Kind: d.kind,
    Description: d.description,
    Probability: nul(d.probability),
    Impact: nul(d.impact),
    OwnerId: nul(d.ownerId),
    Status: d.status,
    DueDate: toSpDate(d.dueDate),
    Mitigation: d.mitigation,
    DependsOnProjectId: nul(d.dependsOnProjectId),
    RaisedInId: nul(d.raisedInMeetingId)
  })
};

export const costMapping: IEntityMapping<ICostLine, CostDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'Period', 'Kind', 'Category', 'Amount', 'Supplier', 'Modified'],
  expand: [],
  fromItem: (raw) => ({
    ...record(raw),
    title: str(raw.Title),
    projectId: Number(raw.ProjectId),
    period: fromSpDate(raw.Period) ?? '',
    kind: oneOf(raw.Kind, COST_KINDS, 'Budget'),
    category: str(raw.Category),
    amount: num(raw.Amount) ?? 0,
    supplier: str(raw.Supplier)
  }),
  toItem: (d) => ({
    Title: d.title,
    ProjectId: d.projectId,
    Period: toSpDate(d.period),
    Kind: d.kind,
    Category: d.category,
    Amount: d.amount,
    Supplier: d.supplier
  })
};

export const allocationMapping: IEntityMapping<IAllocation, AllocationDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'Role', 'ResourceType', 'Department', 'Percent', 'StartDate', 'EndDate', 'Status',
    'Modified', ...personColumns('Person')],
  expand: ['Person'],
  fromItem: (raw) => ({
    ...record(raw),
    title: str(raw.Title),
    projectId: Number(raw.ProjectId),
    person: personOf(raw, 'Person'),
    role: str(raw.Role),
    resourceType: oneOf(raw.ResourceType, RESOURCE_TYPES, 'Employee'),
    department: str(raw.Department),
    percent: num(raw.Percent) ?? 0,
    startDate: fromSpDate(raw.StartDate) ?? '',
    endDate: fromSpDate(raw.EndDate) ?? '',
    status: oneOf(raw.Status, ALLOCATION_STATUSES, 'Requested')
  }),
  toItem: (d) => ({
    Title: d.title,
    ProjectId: d.projectId,
    PersonId: nul(d.personId),
    Role: d.role,
    ResourceType: d.resourceType,
    Department: d.department,
    Percent: d.percent,
    StartDate: toSpDate(d.startDate),
    EndDate: toSpDate(d.endDate),
    Status: d.status
  })
};
