// The schema stores the model's vocabulary: every choice column offers exactly the model's values, and
// every limited text column is as long as the model lets a value be. A change on one side only fails here.
import { LISTS, listSchema } from '../../src/services/sharepoint/schema';
import {
  ACTION_STATUSES,
  ALLOCATION_STATUSES,
  COST_KINDS,
  HEALTHS,
  MEETING_STATES,
  PHASES,
  PRIORITIES,
  RAID_KINDS,
  RAID_STATUSES,
  RESOURCE_TYPES,
  STATUS_REPORT_STATES
} from '../../src/model/types';
import { ALLOCATION_LIMITS } from '../../src/model/allocations';
import { COST_LIMITS } from '../../src/model/costs';
import { PROJECT_LIMITS } from '../../src/model/project';
import { RAID_LIMITS } from '../../src/model/raid';
import { PROPOSAL_STATES, URGENCIES } from '../../src/model/proposals';
import { GATE_DECISIONS, REVIEW_KINDS } from '../../src/model/scoring';
import { APPROVAL_STATES } from '../../src/model/meetings/approval';
import { ACTION_FIELDS, ALLOCATION_FIELDS, COST_FIELDS, MEETING_FIELDS, PROJECT_FIELDS, RAID_FIELDS, STATUS_REPORT_FIELDS, idColumn } from '../../src/model/fields';
import { allocationMapping, costMapping, projectMapping, raidMapping, type IEntityMapping } from '../../src/services/sharepoint/mappers';
import { proposalMapping, reviewMapping } from '../../src/services/sharepoint/proposalMappers';
import { PROPOSAL_FIELDS, REVIEW_FIELDS, SETTING_FIELDS } from '../../src/model/proposalFields';
import { actionMapping, meetingMapping } from '../../src/services/sharepoint/meetingMappers';
import { statusReportMapping } from '../../src/services/statusReports/statusReportMapping';

const field = (list: string, name: string) => {
  const found = listSchema(list).fields.filter((f) => f.name === name)[0];
  if (!found) throw new Error(`${list} has no field ${name}`);
  return found;
};

describe('schema and model agree', () => {
  it.each([
    [LISTS.projects, 'Phase', PHASES],
    [LISTS.projects, 'Health', HEALTHS],
    [LISTS.projects, 'Priority', PRIORITIES],
    [LISTS.statusReports, 'State', STATUS_REPORT_STATES],
    [LISTS.statusReports, 'OverallHealth', HEALTHS],
    [LISTS.statusReports, 'ScheduleHealth', HEALTHS],
    [LISTS.statusReports, 'CostHealth', HEALTHS],
    [LISTS.statusReports, 'ScopeHealth', HEALTHS],
    [LISTS.statusReports, 'RiskHealth', HEALTHS],
    [LISTS.meetings, 'State', MEETING_STATES],
    [LISTS.meetings, 'ApprovalState', APPROVAL_STATES],
    [LISTS.actions, 'Status', ACTION_STATUSES],
    [LISTS.raid, 'Kind', RAID_KINDS],
    [LISTS.raid, 'Status', RAID_STATUSES],
    [LISTS.costs, 'Kind', COST_KINDS],
    [LISTS.allocations, 'ResourceType', RESOURCE_TYPES],
    [LISTS.allocations, 'Status', ALLOCATION_STATUSES],
    [LISTS.projects, 'Urgency', URGENCIES],
    [LISTS.projects, 'ProposalState', PROPOSAL_STATES],
    [LISTS.proposalReviews, 'Kind', REVIEW_KINDS],
    [LISTS.proposalReviews, 'Decision', GATE_DECISIONS]
  ])('%s %s offers the model choices', (list, name, values) => {
    expect(field(list, name).choices).toEqual(values);
  });

  it('has no choice column the model does not define', () => {
    const covered = 21;
    const choiceColumns = Object.values(LISTS).reduce((n, list) => n + listSchema(list).fields.filter((f) => f.type === 'Choice').length, 0);
    expect(choiceColumns).toBe(covered);
  });

  it.each([
    [LISTS.projects, 'Title', PROJECT_LIMITS.title],
    [LISTS.projects, 'PmoCode', PROJECT_LIMITS.code],
    [LISTS.projects, 'Department', PROJECT_LIMITS.department],
    [LISTS.projects, 'MeetingTag', PROJECT_LIMITS.meetingTag],
    [LISTS.projects, 'GroupId', PROJECT_LIMITS.groupId],
    [LISTS.projects, 'PlanId', PROJECT_LIMITS.planId],
    [LISTS.projects, 'TeamsChannelId', PROJECT_LIMITS.teamsChannelId],
    [LISTS.raid, 'Title', RAID_LIMITS.title],
    [LISTS.costs, 'Title', COST_LIMITS.title],
    [LISTS.costs, 'Category', COST_LIMITS.category],
    [LISTS.costs, 'Supplier', COST_LIMITS.supplier],
    [LISTS.allocations, 'Title', ALLOCATION_LIMITS.title],
    [LISTS.allocations, 'Role', ALLOCATION_LIMITS.role],
    [LISTS.allocations, 'Department', ALLOCATION_LIMITS.department]
  ])('%s %s is as long as the model allows', (list, name, limit) => {
    expect(field(list, name).maxLength).toBe(limit);
  });
});

// Column names are the model's too (src/model/fields.ts): the schema creates exactly those columns,
// and the mapper reads and writes every one of them.
describe('column names: schema, model and mappers agree', () => {
  const mapped = (m: unknown) => m as IEntityMapping<unknown, unknown>;
  // A draft as the mapper reads an empty item: every field present with its default, as an editor sends it.
  const draftOf = (m: IEntityMapping<unknown, unknown>) => m.fromItem({ Id: 1 });
  // [list, the model's names, its mapper, the columns the mapper only writes (none read them back)].
  const lists: [string, Record<string, string>, IEntityMapping<unknown, unknown>, string[]][] = [
    // PMO Projects holds the register's columns and (since version 3) the business case's; the proposal
    // mapper reads and writes both, the register's mapper only its own (checked below).
    [LISTS.projects, { ...PROJECT_FIELDS, ...PROPOSAL_FIELDS }, mapped(proposalMapping), []],
    [LISTS.proposalReviews, REVIEW_FIELDS, mapped(reviewMapping), []],
    [LISTS.raid, RAID_FIELDS, mapped(raidMapping), []],
    [LISTS.costs, COST_FIELDS, mapped(costMapping), []],
    [LISTS.allocations, ALLOCATION_FIELDS, mapped(allocationMapping), []],
    [LISTS.meetings, MEETING_FIELDS, mapped(meetingMapping), []],
    [LISTS.actions, ACTION_FIELDS, mapped(actionMapping), []],
    // A report's frozen figures are written from its Snapshot, which is what the mapper reads back.
    [LISTS.statusReports, STATUS_REPORT_FIELDS, mapped(statusReportMapping), ['PercentComplete', 'Budget', 'ActualCost', 'ForecastCost', 'ForecastEndDate', 'OverdueTasks', 'OpenRisks']]
  ];
  // PMO Settings is read and written by its repository, with no entity mapper.
  const schemaLists: [string, Record<string, string>][] = [...lists.map(([list, names]): [string, Record<string, string>] => [list, names]), [LISTS.settings, SETTING_FIELDS]];

  it('every list is checked', () => {
    expect(schemaLists.map(([list]) => list).sort()).toEqual(Object.values(LISTS).sort());
  });

  it.each(schemaLists)('%s has exactly the columns the model names', (list, names) => {
    expect(listSchema(list).fields.map((f) => f.name).sort()).toEqual(Object.values(names).sort());
  });

  it.each(lists)('%s: the mapper reads and writes every column the model names', (list, names, mapping, writeOnly) => {
    const read = mapping.select.map((c) => c.split('/')[0]);
    const written = Object.keys(mapping.toItem(draftOf(mapping)));
    for (const name of Object.values(names)) {
      const type = listSchema(list).fields.filter((f) => f.name === name)[0]?.type;
      // Person and lookup columns travel as <name>Id (a person is also read expanded).
      const wire = type === 'User' || type === 'Lookup' ? idColumn(name) : name;
      expect([name, read.indexOf(type === 'User' ? name : wire) >= 0]).toEqual([name, writeOnly.indexOf(name) < 0]);
      expect([name, written.indexOf(wire) >= 0]).toEqual([name, true]);
    }
  });


  it('the register mapper reads and writes every register column, and no business case column', () => {
    const read = projectMapping.select.map((c) => c.split('/')[0]);
    for (const name of Object.values(PROPOSAL_FIELDS)) expect([name, read.indexOf(name)]).toEqual([name, -1]);
    expect(Object.keys(projectMapping.toItem({} as never)).filter((k) => (Object.values(PROPOSAL_FIELDS) as string[]).indexOf(k) >= 0)).toEqual([]);
  });
});
