import * as allStrings from 'PmoHubStrings';
import {
  CODE_PATTERN,
  compareProjects,
  distinctDepartments,
  distinctManagers,
  emptyProjectValues,
  filterProjects,
  formatCode,
  groupProjects,
  IProjectFormValues,
  isOverdue,
  nextCode,
  projectToFormValues,
  sortProjects,
  toProjectDraft,
  validateProject
} from '../../../src/model/project';
import { HEALTHS, PHASES, PRIORITIES } from '../../../src/model/types';
import type { IProject } from '../../../src/model/types';
import { healthLabel } from '../../../src/components/common/fields/labels';
import { makeProject } from '../../fakes';

const valid = (over: Partial<IProjectFormValues> = {}): IProjectFormValues => ({
  ...emptyProjectValues('PRJ-0001'),
  title: 'CRM rollout',
  ...over
});

describe('project codes', () => {
  it('formats and finds the next code numerically', () => {
    expect(formatCode(42)).toBe('PRJ-0042');
    expect(formatCode(12345)).toBe('PRJ-12345');
    expect(nextCode([])).toBe('PRJ-0001');
    expect(nextCode(['PRJ-0009', 'PRJ-10000', 'OTHER-99999', 'prj-0100'])).toBe('PRJ-10001');
    expect(CODE_PATTERN.test('PRJ-0042')).toBe(true);
    expect(CODE_PATTERN.test('PRJ 42')).toBe(false);
  });
});

describe('validateProject', () => {
  it('accepts a complete new project', () => {
    expect(validateProject(valid())).toEqual({});
  });

  it('requires title, code, phase, health and priority', () => {
    const errors = validateProject(valid({ title: ' ', code: '', phase: '', health: '', priority: '' }));
    expect(Object.keys(errors).sort()).toEqual(['code', 'health', 'phase', 'priority', 'title']);
    expect(errors.title).toEqual({ key: 'ValidationRequired' });
  });

  it('checks code format, length and uniqueness (code compared upper-cased)', () => {
    expect(validateProject(valid({ code: 'PRJ_1' })).code).toEqual({ key: 'ValidationCodeFormat' });
    expect(validateProject(valid({ code: 'PRJ-' + '1'.repeat(20) })).code!.key).toBe('ValidationMaxLength');
    expect(validateProject(valid({ code: 'prj-0007' }), { codeTaken: true }).code).toEqual({
      key: 'ValidationCodeTaken',
      values: ['PRJ-0007']
    });
    expect(validateProject(valid({ code: 'prj-0007' })).code).toBeUndefined();
  });

  it('enforces the list column lengths', () => {
    expect(validateProject(valid({ title: 'x'.repeat(256) })).title).toEqual({ key: 'ValidationMaxLength', values: [255, 256] });
    expect(validateProject(valid({ department: 'd'.repeat(101) })).department!.key).toBe('ValidationMaxLength');
    expect(validateProject(valid({ meetingTag: 't'.repeat(51) })).meetingTag!.key).toBe('ValidationMaxLength');
  });

  it('reports end dates before the start, on the end field', () => {
    const errors = validateProject(valid({ startDate: '2025-05-01', plannedEndDate: '2025-04-30', forecastEndDate: '2025-05-01' }));
    expect(errors.plannedEndDate).toEqual({ key: 'ValidationDateOrder', values: ['2025-05-01'] });
    expect(errors.forecastEndDate).toBeUndefined();
    expect(errors.startDate).toBeUndefined();
  });

  it('reports negative and non-numeric money and percentages outside 0–100', () => {
    const errors = validateProject(valid({ budget: '-5', actualCost: 'lots', forecastCost: '10', percentComplete: '120' }));
    expect(errors.budget).toEqual({ key: 'ValidationNonNegative' });
    expect(errors.actualCost).toEqual({ key: 'ValidationNumber' });
    expect(errors.forecastCost).toBeUndefined();
    expect(errors.percentComplete).toEqual({ key: 'ValidationPercent' });
  });
});

describe('form values and drafts', () => {
  it('round-trips a project through form values into a draft', () => {
    const p = makeProject(3, {
      budget: 1000.5, percentComplete: 40, startDate: '2025-01-01', manager: { id: 7, title: 'Ada', email: 'ada@x' }
    });
    const draft = toProjectDraft(projectToFormValues(p));
    expect(draft).toMatchObject({ title: p.title, code: p.code, budget: 1000.5, percentComplete: 40, managerId: 7, startDate: '2025-01-01' });
    expect(draft.sponsorId).toBeUndefined();
    expect(draft.plannedEndDate).toBeUndefined();
    expect(draft.actualCost).toBeUndefined();
  });

  it('trims text, upper-cases the code and parses typed amounts', () => {
    const draft = toProjectDraft(valid({ title: '  CRM ', code: ' prj-0009 ', budget: '1,250.50', groupId: ' ' }));
    expect(draft.title).toBe('CRM');
    expect(draft.code).toBe('PRJ-0009');
    expect(draft.budget).toBe(1250.5);
    expect(draft.groupId).toBeUndefined();
  });
});

describe('register filter, sort and group', () => {
  const ada = { id: 7, title: 'Ada Lovelace', email: 'ada@contoso.com' };
  const bob = { id: 8, title: 'Bob Byte', email: 'bob@contoso.com' };
  const list: IProject[] = [
    makeProject(1, { title: 'Beta', phase: 'Closed', health: 'Green', department: 'IT', budget: 300, manager: bob }),
    makeProject(2, { title: 'alpha', phase: 'Planning', health: 'Red', department: 'Finance', budget: 100, manager: ada }),
    makeProject(3, { title: 'Gamma', phase: 'Proposal', health: 'Amber', department: '', manager: ada }),
    makeProject(10, { title: 'Delta', phase: 'Planning', health: 'Green', department: 'IT', budget: 50 })
  ];

  it('filters by every dimension, and no filter passes everything', () => {
    expect(filterProjects(list, {}).length).toBe(4);
    expect(filterProjects(list, { phases: ['Planning'] }).map((p) => p.id)).toEqual([2, 10]);
    expect(filterProjects(list, { healths: ['Red', 'Amber'] }).map((p) => p.id)).toEqual([2, 3]);
    expect(filterProjects(list, { departments: ['IT'], managerIds: [8] }).map((p) => p.id)).toEqual([1]);
    expect(filterProjects(list, { priorities: ['High'] })).toEqual([]);
  });

  it('sorts text case-insensitively, codes numerically, choices in business order, empties last', () => {
    expect(sortProjects(list, 'title').map((p) => p.title)).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    expect(sortProjects(list, 'code', true).map((p) => p.id)).toEqual([10, 3, 2, 1]);
    expect(sortProjects(list, 'phase').map((p) => p.phase)).toEqual(['Proposal', 'Planning', 'Planning', 'Closed']);
    expect(sortProjects(list, 'budget').map((p) => p.id)).toEqual([10, 2, 1, 3]);
    expect(sortProjects(list, 'budget', true).map((p) => p.id)).toEqual([1, 2, 10, 3]);
    expect(sortProjects(list, 'manager').map((p) => p.id)).toEqual([2, 3, 1, 10]);
    expect(compareProjects(list[0], list[0], 'title')).toBe(0);
  });

  it('groups in business order with the empty group last, keeping the sorted order inside groups', () => {
    const byHealth = groupProjects(sortProjects(list, 'title'), 'health');
    expect(byHealth.groups.map((g) => [g.key, g.startIndex, g.count])).toEqual([['Green', 0, 2], ['Amber', 2, 1], ['Red', 3, 1]]);
    expect(byHealth.items.map((p) => p.title)).toEqual(['Beta', 'Delta', 'Gamma', 'alpha']);
    const byDept = groupProjects(list, 'department');
    expect(byDept.groups.map((g) => g.name)).toEqual(['Finance', 'IT', '']);
    const byManager = groupProjects(list, 'manager');
    expect(byManager.groups.map((g) => [g.name, g.count])).toEqual([['Ada Lovelace', 2], ['Bob Byte', 1], ['', 1]]);
  });

  it('finds overdue open projects by forecast, else planned end', () => {
    const today = '2025-06-15';
    expect(isOverdue(makeProject(1, { plannedEndDate: '2025-06-14' }), today)).toBe(true);
    expect(isOverdue(makeProject(1, { plannedEndDate: '2025-06-14', forecastEndDate: '2025-07-01' }), today)).toBe(false);
    expect(isOverdue(makeProject(1, { plannedEndDate: '2025-06-14', phase: 'Closed' }), today)).toBe(false);
    expect(isOverdue(makeProject(1, { plannedEndDate: '2025-06-14', percentComplete: 100 }), today)).toBe(false);
    expect(isOverdue(makeProject(1, {}), today)).toBe(false);
  });

  it('lists distinct departments and managers for the filters', () => {
    expect(distinctDepartments(list)).toEqual(['Finance', 'IT']);
    expect(distinctManagers(list).map((m) => m.id)).toEqual([7, 8]);
  });
});

describe('choice labels', () => {
  it('has a localized label for every phase, health and priority (looked up by value)', () => {
    const strings = allStrings as unknown as Record<string, string>;
    for (const p of PHASES) expect(typeof strings[`RegisterPhase${p}`]).toBe('string');
    for (const h of HEALTHS) expect(typeof strings[`RegisterHealth${h}`]).toBe('string');
    for (const p of PRIORITIES) expect(typeof strings[`RegisterPriority${p}`]).toBe('string');
    expect(healthLabel('Red')).toBe(strings.RegisterHealthRed);
    expect(healthLabel(undefined)).toBe('');
  });
});
