/**
 * Process compliance (src/model/compliance.ts), worked examples of every check as docs/rules.md
 * ("Process compliance") states them, with the period boundaries and time zones.
 */
import {
  DEFAULT_COMPLIANCE,
  complianceByManager,
  complianceByProject,
  complianceFindings,
  complianceSettings,
  countByCheck,
  periodStart,
  type IComplianceData,
  type IComplianceProject,
  type IComplianceSettings
} from '../../../src/model/compliance';
import { localDay } from '../../../src/model/dates';
import { validateDays } from '../../../src/webparts/common/properties';
import * as strings from 'PmoHubStrings';

const MEGAN = { name: 'Megan Bowen', email: 'meganb@contoso.com' };
const ADELE = { name: 'Adele Vance', email: 'adelev@contoso.com' };
const project = (id: number, extra: Partial<IComplianceProject> = {}): IComplianceProject => ({
  id, code: `PRJ-${String(id).padStart(4, '0')}`, title: `Project ${id}`, phase: 'Execution', startDate: '2026-01-05', manager: MEGAN, plan: 'read',
  lastTaskActivity: '2026-11-30T10:00:00Z', ...extra
});
const none: IComplianceData = { reports: [], actions: [], risks: [], meetings: [] };
const data = (d: Partial<IComplianceData>): IComplianceData => ({ ...none, ...d });
const settings = (s: Partial<IComplianceSettings> = {}): IComplianceSettings => ({ ...DEFAULT_COMPLIANCE, ...s });
const checks = (projects: IComplianceProject[], d: IComplianceData, s: IComplianceSettings, today: string, offset = 0) =>
  complianceFindings(projects, d, s, today, offset).map((f) => `${f.check}:${f.projectId}:${f.subject}:${f.days ?? '-'}`);

describe('reporting periods', () => {
  it('starts a month on the 1st, a week on its Monday, a fortnight on the Monday of its odd ISO week', () => {
    expect(periodStart('2026-12-15', 'monthly')).toBe('2026-12-01');
    expect(periodStart('2026-12-03', 'weekly')).toBe('2026-11-30');
    expect(periodStart('2026-11-29', 'weekly')).toBe('2026-11-23');
    // ISO weeks 49 and 50 of 2026 are fortnight 25.
    expect(periodStart('2026-12-09', 'fortnightly')).toBe('2026-11-30');
    expect(periodStart('2026-12-01', 'fortnightly')).toBe('2026-11-30');
    expect(periodStart('2026-11-29', 'fortnightly')).toBe('2026-11-16');
    // 2026 has 53 ISO weeks: week 53 (Dec 28 – Jan 3) is a fortnight alone; 2027 starts again on Jan 4.
    expect(periodStart('2027-01-01', 'fortnightly')).toBe('2026-12-28');
    expect(periodStart('2027-01-12', 'fortnightly')).toBe('2027-01-04');
  });
});

describe('status report for the current period', () => {
  const p = [project(1, { plan: 'none' })];
  it('counts a report published on the last day of the month for that month, not the next', () => {
    expect(checks(p, data({ reports: [{ projectId: 1, reportDate: '2026-11-30' }] }), settings(), '2026-12-01')).toEqual(['report:1:2026-12:0']);
    expect(checks(p, data({ reports: [{ projectId: 1, reportDate: '2026-11-30' }] }), settings(), '2026-11-30')).toEqual([]);
    expect(checks(p, data({ reports: [{ projectId: 1, reportDate: '2026-12-01' }] }), settings(), '2026-12-31')).toEqual([]);
  });
  it('weekly: the report of Sunday belongs to the week before; fortnightly: to the fortnight before', () => {
    const sunday = data({ reports: [{ projectId: 1, reportDate: '2026-11-29' }] });
    const monday = data({ reports: [{ projectId: 1, reportDate: '2026-11-30' }] });
    expect(checks(p, sunday, settings({ period: 'weekly' }), '2026-12-03')).toEqual(['report:1:2026-W49:3']);
    expect(checks(p, monday, settings({ period: 'weekly' }), '2026-12-06')).toEqual([]);
    expect(checks(p, sunday, settings({ period: 'fortnightly' }), '2026-12-09')).toEqual(['report:1:2026-F25:9']);
    expect(checks(p, monday, settings({ period: 'fortnightly' }), '2026-12-13')).toEqual([]);
    // The same monthly report satisfies the month but not a weekly rhythm later in the month.
    expect(checks(p, monday, settings(), '2026-12-20')).toEqual(['report:1:2026-12:19']);
    expect(checks(p, monday, settings({ period: 'weekly' }), '2026-12-20')).toEqual(['report:1:2026-W51:6']);
  });
  it('waits the grace days into the period, and as long after a project starts', () => {
    const s = settings({ reportGraceDays: 5 });
    expect(checks(p, none, s, '2026-12-05')).toEqual([]);
    expect(checks(p, none, s, '2026-12-06')).toEqual(['report:1:2026-12:5']);
    expect(checks([project(1, { startDate: '2026-12-02' })], none, s, '2026-12-06')).toEqual([]);
    expect(checks([project(1, { startDate: '2026-12-01' })], none, s, '2026-12-06')).toEqual(['report:1:2026-12:5']);
  });
  it('holds only projects under way to the process', () => {
    const all = [project(1, { phase: 'Proposal' }), project(2, { phase: 'Closed' }), project(3, { phase: 'Initiation' }), project(4, { phase: 'Closing' })];
    expect(checks(all, none, settings(), '2026-12-01')).toEqual(['report:3:2026-12:0', 'report:4:2026-12:0']);
  });
});

describe('stale plans', () => {
  const reported = (ids: number[]) => data({ reports: ids.map((projectId) => ({ projectId, reportDate: '2026-12-01' })) });
  it('is stale when no task was created or completed in more than N days, or the plan has no tasks', () => {
    const projects = [project(1, { lastTaskActivity: '2026-11-17T10:00:00Z' }), project(2, { lastTaskActivity: '2026-11-16T10:00:00Z' }), project(3, { lastTaskActivity: undefined })];
    expect(checks(projects, reported([1, 2, 3]), settings(), '2026-12-01')).toEqual(['plan:2:PRJ-0002:15', 'plan:3:PRJ-0003:-']);
    expect(checks(projects, reported([1, 2, 3]), settings({ stalePlanDays: 15 }), '2026-12-01')).toEqual(['plan:3:PRJ-0003:-']);
  });
  it('does not judge a plan it could not read, or a project without one', () => {
    const projects = [project(1, { plan: 'failed', lastTaskActivity: undefined }), project(2, { plan: 'none', lastTaskActivity: undefined }), project(3, { plan: 'pending' })];
    expect(checks(projects, reported([1, 2, 3]), settings(), '2026-12-01')).toEqual([]);
  });
  it('counts days on the viewer\'s calendar (dates.ts localDay)', () => {
    const late = [project(1, { lastTaskActivity: '2026-11-16T23:30:00Z' })];
    expect(localDay('2026-11-16T23:30:00Z', 60)).toBe('2026-11-17');
    expect(checks(late, reported([1]), settings(), '2026-12-01', 60)).toEqual([]);
    expect(checks(late, reported([1]), settings(), '2026-12-01', 0)).toEqual(['plan:1:PRJ-0001:15']);
  });
});

describe('actions, risks and minutes', () => {
  const p = [project(1), project(2, { manager: ADELE }), project(9, { phase: 'Closed' })];
  const reported = [1, 2, 9].map((projectId) => ({ projectId, reportDate: '2026-12-01' }));
  it('flags open actions more than N days past due, and opens the meeting they came from', () => {
    const d = data({ reports: reported, actions: [
      { id: 11, projectId: 1, title: 'Send the plan', dueDate: '2026-11-30', meetingId: 77 },
      { id: 12, projectId: 1, title: 'Due today', dueDate: '2026-12-01' },
      { id: 13, projectId: 2, title: 'No due date' },
      { id: 14, projectId: 9, title: 'Closed project', dueDate: '2026-10-01' }] });
    const f = complianceFindings(p, d, settings(), '2026-12-01', 0);
    expect(f.map((x) => `${x.check}:${x.subject}:${x.days}`)).toEqual(['action:Send the plan:1']);
    expect(f[0].target).toEqual({ projectId: 1, tab: 'meetings', meetingId: 77 });
    expect(checks(p, d, settings({ actionDays: 1 }), '2026-12-01')).toEqual([]);
  });
  it('flags open risks and issues that nobody owns, or whose due date is more than N days past', () => {
    const d = data({ reports: reported, risks: [
      { id: 21, projectId: 1, title: 'Nobody owns me', kind: 'Risk' },
      { id: 22, projectId: 1, title: 'Owned, late', kind: 'Issue', owner: 'Megan', dueDate: '2026-11-20' },
      { id: 23, projectId: 2, title: 'Owned, on time', kind: 'Risk', owner: 'Adele', dueDate: '2026-12-01' }] });
    const f = complianceFindings(p, d, settings(), '2026-12-01', 0);
    expect(f.map((x) => [x.subject, x.unowned, x.overdue, x.days])).toEqual([['Owned, late', false, true, 11], ['Nobody owns me', true, false, undefined]]);
    expect(f[1].target).toEqual({ projectId: 1, tab: 'raid' });
    expect(checks(p, d, settings({ riskDays: 11 }), '2026-12-01')).toEqual(['risk:1:Nobody owns me:-']);
  });
  it('flags past meetings without published minutes N days after, on the viewer\'s day', () => {
    const m = (id: number, start: string, state = 'Draft', cancelled = false) => ({ id, projectId: 1, title: `M${id}`, start, state, cancelled });
    const d = data({ reports: reported, meetings: [m(31, '2026-11-27T09:00:00Z'), m(32, '2026-11-28T09:00:00Z'), m(33, '2026-11-20T09:00:00Z', 'Published'),
      m(34, '2026-11-20T09:00:00Z', 'Draft', true), m(35, '2026-08-01T09:00:00Z'), m(36, '2026-11-27T23:30:00Z')] });
    expect(checks(p, d, settings(), '2026-12-01', 0)).toEqual(['minutes:1:M31:4', 'minutes:1:M36:4']);
    // 23:30 UTC on the 27th is the 28th in Oslo (UTC+1): three days, not yet late.
    expect(checks(p, d, settings(), '2026-12-01', 60)).toEqual(['minutes:1:M31:4']);
    const f = complianceFindings(p, d, settings(), '2026-12-01', 0);
    expect(f[0].target).toEqual({ projectId: 1, tab: 'meetings', meetingId: 31 });
    expect(checks(p, d, settings({ minutesDays: 4 }), '2026-12-01', 0)).toEqual([]);
  });
});

describe('by project and by project manager', () => {
  it('counts findings per check in each row, worst first', () => {
    const projects = [project(1), project(2), project(3, { manager: ADELE }), project(4, { manager: undefined, plan: 'none' })];
    const d = data({ reports: [{ projectId: 2, reportDate: '2026-12-01' }, { projectId: 3, reportDate: '2026-12-01' }],
      risks: [{ id: 1, projectId: 1, title: 'r', kind: 'Risk' }, { id: 2, projectId: 3, title: 's', kind: 'Risk' }] });
    const f = complianceFindings(projects, d, settings(), '2026-12-01', 0);
    expect(countByCheck(f)).toEqual({ report: 2, plan: 0, action: 0, risk: 2, minutes: 0 });
    expect(complianceByProject(projects, f).map((r) => [r.label, r.findings.length])).toEqual([['PRJ-0001 Project 1', 2], ['PRJ-0003 Project 3', 1], ['PRJ-0004 Project 4', 1]]);
    const managers = complianceByManager(projects, f);
    expect(managers.map((r) => [r.label, r.projects, r.failing, r.counts.report, r.counts.risk])).toEqual([
      ['Megan Bowen', 2, 1, 1, 1],
      ['', 1, 1, 1, 0],
      ['Adele Vance', 1, 1, 0, 1]
    ]);
  });
});

describe('settings from the property pane', () => {
  it('takes valid whole days and a known period, and the defaults for anything else', () => {
    expect(complianceSettings(undefined)).toEqual(DEFAULT_COMPLIANCE);
    expect(complianceSettings({ period: 'weekly', stalePlanDays: '7', minutesDays: 5, actionDays: '-1', riskDays: 'x', reportGraceDays: 2.5 })).toEqual({
      ...DEFAULT_COMPLIANCE, period: 'weekly', stalePlanDays: 7, minutesDays: 5 });
    expect(complianceSettings({ period: 'daily' }).period).toBe('monthly');
    expect(validateDays('14')).toBe('');
    expect(validateDays('')).toBe('');
    expect(validateDays('366')).toBe(strings.ComplianceThresholdInvalid);
    expect(validateDays('1.5')).toBe(strings.ComplianceThresholdInvalid);
    expect(validateDays('-1')).toBe(strings.ComplianceThresholdInvalid);
  });
});
