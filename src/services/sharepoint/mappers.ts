/**
 * SharePoint list items (JSON light) ⇄ domain records, for the four record lists. Each entity is one
 * table of columns (the record's field, the column's internal name from src/model/fields.ts, and how
 * its value is read and written); the $select/$expand, fromItem and toItem all follow from it, so reads
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
import { ALLOCATION_FIELDS as A, COST_FIELDS as C, ITEM_FIELDS, PROJECT_FIELDS as P, RAID_FIELDS as R, idColumn } from '../../model/fields';
import { choiceOf, etagOf, fromSpDate, id, nul, num, optStr, personOf, str, toSpDate, type SpItem } from './values';

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

const same = (v: unknown): unknown => v;
const personColumns = (name: string): string[] => [`${name}/Id`, `${name}/Title`, `${name}/EMail`];

/** How one column's value is read into a record and written from a draft. */
interface ICodec {
  read: (raw: SpItem, column: string) => unknown;
  write: (value: unknown) => unknown;
  /** person: expanded on read (Name/Id, Name/Title, Name/EMail), written as NameId; lookup: read and written as NameId. */
  kind?: 'person' | 'lookup';
}
const plain = (read: (v: unknown) => unknown, write: (v: unknown) => unknown = same): ICodec => ({ read: (raw, c) => read(raw[c]), write });
const text = plain(str);
const optText = plain(optStr, nul);
const number = plain(num, nul);
const numberOr0 = plain((v) => num(v) ?? 0);
const writeDate = (v: unknown): unknown => toSpDate(v as string | undefined);
const date = plain(fromSpDate, writeDate);
const requiredDate = plain((v) => fromSpDate(v) ?? '', writeDate);
const choice = <T extends string>(allowed: readonly T[], fallback: T): ICodec => plain((v) => choiceOf(v, allowed) ?? fallback);
const person: ICodec = { read: personOf, write: nul, kind: 'person' };
const lookupId: ICodec = { read: (raw, c) => id(raw[idColumn(c)]), write: nul, kind: 'lookup' };
const projectLookup: ICodec = { read: (raw, c) => Number(raw[idColumn(c)]), write: same, kind: 'lookup' };

/** One column: the record's field, the column's internal name, its codec, and the draft's field when it differs (managerId). */
type Column<T, TDraft> = [field: keyof T & string, column: string, codec: ICodec, draftField?: keyof TDraft & string];

/** The mapping of an entity from its table of columns. */
function entity<T, TDraft>(columns: Column<T, TDraft>[]): IEntityMapping<T, TDraft> {
  const wire = (name: string, codec: ICodec): string => (codec.kind ? idColumn(name) : name);
  const people = columns.filter((c) => c[2].kind === 'person').map((c) => c[1]);
  return {
    select: [ITEM_FIELDS.id, ...columns.filter((c) => c[2].kind !== 'person').map((c) => wire(c[1], c[2])), ITEM_FIELDS.modified]
      .concat(...people.map(personColumns)),
    expand: people,
    fromItem: (raw) => {
      const out: Record<string, unknown> = { id: Number(raw[ITEM_FIELDS.id] ?? raw.ID), etag: etagOf(raw), modified: optStr(raw[ITEM_FIELDS.modified]) };
      for (const [field, name, codec] of columns) out[field] = codec.read(raw, name);
      return out as T;
    },
    toItem: (draft) => {
      const out: SpItem = {};
      for (const [field, name, codec, draftField] of columns) out[wire(name, codec)] = codec.write((draft as Record<string, unknown>)[draftField ?? field]);
      return out;
    }
  };
}

export const projectMapping = entity<IProject, ProjectDraft>([
  ['title', P.title, text],
  ['code', P.code, text],
  ['description', P.description, text],
  ['phase', P.phase, choice(PHASES, 'Proposal')],
  ['health', P.health, choice(HEALTHS, 'Green')],
  ['priority', P.priority, choice(PRIORITIES, 'Medium')],
  ['manager', P.manager, person, 'managerId'],
  ['sponsor', P.sponsor, person, 'sponsorId'],
  ['department', P.department, text],
  ['startDate', P.startDate, date],
  ['plannedEndDate', P.plannedEndDate, date],
  ['forecastEndDate', P.forecastEndDate, date],
  ['budget', P.budget, number],
  ['actualCost', P.actualCost, number],
  ['forecastCost', P.forecastCost, number],
  ['percentComplete', P.percentComplete, number],
  ['groupId', P.groupId, optText],
  ['planId', P.planId, optText],
  ['teamsChannelId', P.teamsChannelId, optText],
  ['meetingTag', P.meetingTag, optText]
]);

export const raidMapping = entity<IRaidItem, RaidDraft>([
  ['title', R.title, text],
  ['projectId', R.project, projectLookup],
  ['kind', R.kind, choice(RAID_KINDS, 'Risk')],
  ['description', R.description, text],
  ['probability', R.probability, number],
  ['impact', R.impact, number],
  ['owner', R.owner, person, 'ownerId'],
  ['status', R.status, choice(RAID_STATUSES, 'Open')],
  ['dueDate', R.dueDate, date],
  ['mitigation', R.mitigation, text],
  ['dependsOnProjectId', R.dependsOnProject, lookupId],
  ['raisedInMeetingId', R.raisedInMeeting, lookupId]
]);

export const costMapping = entity<ICostLine, CostDraft>([
  ['title', C.title, text],
  ['projectId', C.project, projectLookup],
  ['period', C.period, requiredDate],
  ['kind', C.kind, choice(COST_KINDS, 'Budget')],
  ['category', C.category, text],
  ['amount', C.amount, numberOr0],
  ['supplier', C.supplier, text]
]);

export const allocationMapping = entity<IAllocation, AllocationDraft>([
  ['title', A.title, text],
  ['projectId', A.project, projectLookup],
  ['person', A.person, person, 'personId'],
  ['role', A.role, text],
  ['resourceType', A.resourceType, choice(RESOURCE_TYPES, 'Employee')],
  ['department', A.department, text],
  ['percent', A.percent, numberOr0],
  ['startDate', A.startDate, requiredDate],
  ['endDate', A.endDate, requiredDate],
  ['status', A.status, choice(ALLOCATION_STATUSES, 'Requested')]
]);
