import { allocationMapping, costMapping, projectMapping, raidMapping, type IEntityMapping } from '../../../src/services/sharepoint/mappers';
import { etagOf, fromSpDate, personOf, toSpDate } from '../../../src/services/sharepoint/values';
import { LISTS, listSchema } from '../../../src/services/sharepoint/schema';
import type { ProjectDraft } from '../../../src/model/types';

describe('date-only values', () => {
  it.each([
    ['2025-03-01T12:00:00Z', 'written by PMO Hub (noon UTC)'],
    ['2025-03-01T00:00:00Z', 'midnight UTC (a UTC site)'],
    ['2025-02-28T23:00:00Z', 'midnight in a UTC+1 site'],
    ['2025-02-28T13:00:00Z', 'midnight in a UTC+11 site'],
    ['2025-03-01T05:00:00Z', 'midnight in a UTC-5 site'],
    ['2025-03-01T11:00:00Z', 'midnight in a UTC-11 site']
  ])('reads %s (%s) as 2025-03-01', (value) => {
    expect(fromSpDate(value)).toBe('2025-03-01');
  });

  it('reads empty or malformed values as no date, and writes noon UTC or null', () => {
    expect(fromSpDate(null)).toBeUndefined();
    expect(fromSpDate('')).toBeUndefined();
    expect(fromSpDate('soon')).toBeUndefined();
    expect(toSpDate('2025-03-01')).toBe('2025-03-01T12:00:00Z');
    expect(toSpDate(undefined)).toBeNull();
  });
});

describe('people and ETags', () => {
  it('maps an expanded person, a bare id, and an empty column', () => {
    expect(personOf({ Owner: { Id: 11, Title: 'Megan Bowen', EMail: 'meganb@contoso.com' } }, 'Owner')).toEqual({
      id: 11, title: 'Megan Bowen', email: 'meganb@contoso.com'
    });
    expect(personOf({ OwnerId: 11 }, 'Owner')).toEqual({ id: 11, title: '', email: '' });
    expect(personOf({ Owner: null, OwnerId: null }, 'Owner')).toBeUndefined();
  });

  it('takes the ETag from JSON light, then verbose metadata', () => {
    expect(etagOf({ 'odata.etag': '"3"' })).toBe('"3"');
    expect(etagOf({ __metadata: { etag: '"4"' } })).toBe('"4"');
    // Never "*" (which would disable the check): an unknown ETag makes the save fail as a conflict.
    expect(etagOf({})).toBe('');
  });
});

describe('project mapping', () => {
  const raw = {
    'odata.etag': '"2"', Id: 5, Title: 'Payroll', PmoCode: 'PRJ-0005', Description: null, Phase: 'Execution', Health: 'Amber',
    Priority: 'Critical', Department: 'Finance', StartDate: '2025-01-31T23:00:00Z', PlannedEndDate: null, ForecastEndDate: '2025-12-31T12:00:00Z',
    Budget: 1000, ActualCost: 0, ForecastCost: null, PercentComplete: 40, GroupId: 'g1', PlanId: '', TeamsChannelId: null, MeetingTag: 'PAY',
    Modified: '2025-03-01T10:00:00Z', ProjectManager: { Id: 11, Title: 'Megan Bowen', EMail: 'meganb@contoso.com' }, Sponsor: null
  };

  it('maps a JSON light item to a project', () => {
    expect(projectMapping.fromItem(raw)).toEqual({
      id: 5, etag: '"2"', modified: '2025-03-01T10:00:00Z', title: 'Payroll', code: 'PRJ-0005', description: '', phase: 'Execution',
      health: 'Amber', priority: 'Critical', manager: { id: 11, title: 'Megan Bowen', email: 'meganb@contoso.com' }, sponsor: undefined,
      department: 'Finance', startDate: '2025-02-01', plannedEndDate: undefined, forecastEndDate: '2025-12-31', budget: 1000, actualCost: 0,
      forecastCost: undefined, percentComplete: 40, groupId: 'g1', planId: undefined, teamsChannelId: undefined, meetingTag: 'PAY'
    });
  });

  it('falls back to a known value when a choice column holds something unknown', () => {
    expect(projectMapping.fromItem({ ...raw, Phase: 'Dreaming', Health: null })).toMatchObject({ phase: 'Proposal', health: 'Green' });
  });

  it('writes every column, with null clearing what the draft leaves empty', () => {
    const d: ProjectDraft = { title: 'T', code: 'PRJ-0001', description: 'D', phase: 'Planning', health: 'Green', priority: 'Low', department: 'IT', managerId: 3, startDate: '2025-04-01' };
    expect(projectMapping.toItem(d)).toEqual({
      Title: 'T', PmoCode: 'PRJ-0001', Description: 'D', Phase: 'Planning', Health: 'Green', Priority: 'Low', ProjectManagerId: 3, SponsorId: null,
      Department: 'IT', StartDate: '2025-04-01T12:00:00Z', PlannedEndDate: null, ForecastEndDate: null, Budget: null, ActualCost: null,
      ForecastCost: null, PercentComplete: null, GroupId: null, PlanId: null, TeamsChannelId: null, MeetingTag: null
    });
  });
});

describe('mappings agree with the schema', () => {
  const cases: [string, IEntityMapping<any, any>, any][] = [
    [LISTS.projects, projectMapping, { title: 'x', code: 'c', description: '', phase: 'Planning', health: 'Green', priority: 'Low', department: '' }],
    [LISTS.raid, raidMapping, { title: 'x', projectId: 1, kind: 'Risk', description: '', status: 'Open', mitigation: '' }],
    [LISTS.costs, costMapping, { title: 'x', projectId: 1, period: '2025-01-01', kind: 'Actual', category: '', amount: 1, supplier: '' }],
    [LISTS.allocations, allocationMapping, { title: 'x', projectId: 1, role: '', resourceType: 'Employee', department: '', percent: 1, startDate: '2025-01-01', endDate: '2025-01-02', status: 'Approved' }]
  ];

  it.each(cases)('%s: every column read or written is a field of the list', (title, mapping, sample) => {
    const fields = listSchema(title).fields;
    const known = (name: string): boolean =>
      ['Id', 'Modified'].indexOf(name) >= 0 ||
      fields.some((f) => f.name === name || ((f.type === 'User' || f.type === 'Lookup') && `${f.name}Id` === name));
    const read = mapping.select.map((c) => c.split('/')[0]);
    const written = Object.keys(mapping.toItem(sample));
    expect(read.concat(written).filter((c) => !known(c))).toEqual([]);
    for (const e of mapping.expand) expect([e, fields.filter((f) => f.name === e)[0]?.type]).toEqual([e, 'User']);
  });
});
