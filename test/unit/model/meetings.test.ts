import { buildAgenda, carriedOverItems, dedupeEvents, isActionOverdue, knownLinks, matchMeeting, outlookChange, meetingStatus, moveItem, remainingSteps, subjectTags, validateMinutes, attendanceFrom, emptyMinutes, emptyPublishLog } from '../../../src/model/meetings';
import type { ICalendarEvent, IMinutes } from '../../../src/model/meetings';
import type { IActionItem, IRaidItem } from '../../../src/model/types';

const event = (over: Partial<ICalendarEvent> = {}): ICalendarEvent => ({
  id: 'ev1',
  iCalUId: 'uid1',
  subject: 'Weekly status',
  start: '2026-03-02T09:00:00Z',
  end: '2026-03-02T09:30:00Z',
  categories: [],
  calendar: { kind: 'user' },
  organizer: { name: 'Megan', email: 'meganb@contoso.com' },
  attendees: [],
  isOrganizer: true,
  isCancelled: false,
  ...over
});
const projects = [
  { id: 1, code: 'PRJ-0042', groupId: 'G-42', meetingTag: 'ALPHA' },
  { id: 2, code: 'PRJ-0007', groupId: 'G-7' },
  { id: 3, code: 'PRJ-0100' }
];

describe('matchMeeting', () => {
  it('links a group-calendar meeting to the group’s project', () => {
    expect(matchMeeting(event({ calendar: { kind: 'group', groupId: 'g-42' } }), projects)).toEqual([{ projectId: 1, reason: 'groupCalendar' }]);
  });
  it('links by [code] in the subject, case-insensitively, and by MeetingTag', () => {
    expect(matchMeeting(event({ subject: '[prj-0007] Vendor call' }), projects)).toEqual([{ projectId: 2, reason: 'subjectTag' }]);
    expect(matchMeeting(event({ subject: 'Review [ALPHA]' }), projects)).toEqual([{ projectId: 1, reason: 'subjectTag' }]);
  });
  it('links by an Outlook category equal to the code', () => {
    expect(matchMeeting(event({ categories: ['PRJ-0100'] }), projects)).toEqual([{ projectId: 3, reason: 'category' }]);
  });
  it('links a steering committee to every project it is tagged with, group first', () => {
    const steering = event({ calendar: { kind: 'group', groupId: 'G-7' }, subject: 'Steering [PRJ-0042] [PRJ-0007]' });
    expect(matchMeeting(steering, projects)).toEqual([
      { projectId: 2, reason: 'groupCalendar' },
      { projectId: 1, reason: 'subjectTag' }
    ]);
  });
  it('links an occurrence of a series already linked, and leaves untagged meetings alone', () => {
    expect(matchMeeting(event({ seriesMasterId: 'M1' }), projects, { series: { M1: [3] } })).toEqual([{ projectId: 3, reason: 'series' }]);
    expect(matchMeeting(event({ subject: 'All hands [HR]' }), projects)).toEqual([]);
  });
  it('a manual link (or unlink) wins over every rule', () => {
    const tagged = event({ subject: '[PRJ-0042] Vendor call' });
    expect(matchMeeting(tagged, projects, { manual: { ev1: [2] } })).toEqual([{ projectId: 2, reason: 'manual' }]);
    expect(matchMeeting(tagged, projects, { manual: { uid1: [] } })).toEqual([]);
  });
  it('an occurrence follows the series’ link made by hand over the rules, and its unlink too', () => {
    const tagged = event({ subject: '[PRJ-0042] Weekly', seriesMasterId: 'M1' });
    expect(matchMeeting(tagged, projects, { seriesManual: { M1: [2, 3] } })).toEqual([{ projectId: 2, reason: 'series' }, { projectId: 3, reason: 'series' }]);
    expect(matchMeeting(tagged, projects, { seriesManual: { M1: [] } })).toEqual([]);
    expect(matchMeeting(tagged, projects, { seriesManual: { M2: [] } })).toEqual([{ projectId: 1, reason: 'subjectTag' }]);
    expect(matchMeeting(tagged, projects, { manual: { ev1: [3] }, seriesManual: { M1: [] } })).toEqual([{ projectId: 3, reason: 'manual' }]);
  });
  it('learns series links from stored meetings, the latest choice by hand winning', () => {
    const known = knownLinks([
      { seriesMasterId: 'M1', projectIds: [1], linkReason: 'subjectTag' },
      { seriesMasterId: 'M2', projectIds: [2], linkReason: 'manual', modified: '2026-03-02T10:00:00Z' },
      { seriesMasterId: 'M2', projectIds: [], linkReason: 'manual', modified: '2026-03-03T10:00:00Z' },
      { seriesMasterId: 'M2', projectIds: [3], linkReason: 'manual', modified: '2026-03-01T10:00:00Z' },
      { projectIds: [3], linkReason: 'manual' }
    ]);
    expect(known.series).toEqual({ M1: [1], M2: [3] });
    expect(known.seriesManual).toEqual({ M2: [] });
  });
  it('reads bracketed tags', () => {
    expect(subjectTags('[A] x [ b ] [unclosed')).toEqual(['a', 'b']);
  });
});

describe('dedupeEvents', () => {
  it('keeps one copy per iCalUId, preferring the organizer’s, sorted by start', () => {
    const a = event({ id: 'copy', isOrganizer: false, start: '2026-03-03T09:00:00Z' });
    const b = event({ id: 'org', isOrganizer: true, start: '2026-03-03T09:00:00Z' });
    const c = event({ id: 'other', iCalUId: 'uid2', start: '2026-03-01T09:00:00Z' });
    expect(dedupeEvents([a, c, b]).map((e) => e.id)).toEqual(['other', 'org']);
  });
});

const action = (id: number, over: Partial<IActionItem> = {}): IActionItem => ({ id, etag: '"1"', title: `Action ${id}`, projectId: 1, status: 'Open', ...over });
const raid = (id: number, over: Partial<IRaidItem>): IRaidItem => ({ id, etag: '"1"', title: `RAID ${id}`, projectId: 1, kind: 'Risk', description: '', status: 'Open', mitigation: '', ...over });

describe('buildAgenda', () => {
  const today = '2026-03-10';
  it('starts with approving the previous minutes and carried-over items, then open actions by due date with overdue marked', () => {
    const agenda = buildAgenda({
      today,
      previous: { id: 9, published: true, carriedOver: [{ id: 'custom-1', kind: 'custom', title: 'Training plan' }] },
      actions: [
        action(1, { dueDate: '2026-03-20', owner: { id: 5, title: 'Adele', email: 'a@x' } }),
        action(2, { dueDate: '2026-03-09' }),
        action(3, { status: 'Done', dueDate: '2026-03-01' }),
        action(4, { dueDate: '2026-03-10' })
      ],
      raid: []
    });
    expect(agenda.map((i) => [i.kind, i.title, i.overdue ?? null])).toEqual([
      ['approvePrevious', '', null],
      ['carriedOver', 'Training plan', null],
      ['action', 'Action 2', true],
      ['action', 'Action 4', false],
      ['action', 'Action 1', false]
    ]);
    expect(agenda[4].ownerName).toBe('Adele');
  });
  it('takes open High and Critical risks and issues and open decisions, not low ones or closed ones', () => {
    const agenda = buildAgenda({
      today,
      actions: [],
      raid: [
        raid(1, { probability: 4, impact: 4 }), // 16 Critical
        raid(2, { probability: 1, impact: 2 }), // Low
        raid(3, { kind: 'Issue', impact: 2 }), // 10 High
        raid(4, { probability: 5, impact: 5, status: 'Closed' }),
        raid(5, { kind: 'Decision' }),
        raid(6, { kind: 'Decision', status: 'Closed' })
      ]
    });
    expect(agenda.map((i) => [i.kind, i.sourceId])).toEqual([['risk', 1], ['issue', 3], ['decision', 5]]);
  });
  it('no "approve the previous minutes" when the previous ones were never published', () => {
    expect(buildAgenda({ today, actions: [], raid: [], previous: { id: 9, published: false, carriedOver: [] } })).toEqual([]);
  });
  it('carries over undiscussed items, but not actions (they come back while open)', () => {
    const items = [
      { id: 'a', kind: 'action' as const, title: 'x' },
      { id: 'r', kind: 'risk' as const, title: 'Vendor', sourceId: 7 },
      { id: 'c', kind: 'custom' as const, title: 'Budget' }
    ];
    expect(carriedOverItems(items, { c: '<p>Agreed</p>', r: '<p>&nbsp;</p>' }).map((i) => i.id)).toEqual(['r']);
  });
  it('overdue is strictly before today', () => {
    expect(isActionOverdue({ status: 'Open', dueDate: '2026-03-09' }, today)).toBe(true);
    expect(isActionOverdue({ status: 'Open', dueDate: '2026-03-10' }, today)).toBe(false);
    expect(isActionOverdue({ status: 'Done', dueDate: '2026-03-01' }, today)).toBe(false);
  });
  it('moves items up and down; out-of-range moves change nothing', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});

describe('validateMinutes', () => {
  it('flags actions without owner or due date or due in the past, and untitled decisions and risks', () => {
    const m: IMinutes = {
      ...emptyMinutes(),
      actions: [
        { id: 'a1', title: 'Send plan', ownerEmail: 'a@x', dueDate: '2026-03-20' },
        { id: 'a2', title: 'No owner', dueDate: '2026-03-20' },
        { id: 'a3', title: 'Late', ownerEmail: 'a@x', dueDate: '2026-03-09' },
        { id: 'a4', title: ' ', ownerEmail: 'a@x' }
      ],
      decisions: [{ id: 'd1', title: '', detail: '' }],
      risks: [{ id: 'r1', kind: 'Risk', title: 'Vendor', description: '', probability: 6, impact: 2 }]
    };
    expect(validateMinutes(m, '2026-03-10')).toEqual([
      { section: 'actions', id: 'a2', problem: 'actionOwnerMissing' },
      { section: 'actions', id: 'a3', problem: 'actionDuePast' },
      { section: 'actions', id: 'a4', problem: 'actionTitleMissing' },
      { section: 'actions', id: 'a4', problem: 'actionDueMissing' },
      { section: 'decisions', id: 'd1', problem: 'decisionTitleMissing' },
      { section: 'risks', id: 'r1', problem: 'riskScoreInvalid' }
    ]);
  });
  it('accepts an action due today', () => {
    expect(validateMinutes({ ...emptyMinutes(), actions: [{ id: 'a', title: 'x', ownerEmail: 'a@x', dueDate: '2026-03-10' }] }, '2026-03-10')).toEqual([]);
  });
});

describe('attendance and publish steps', () => {
  it('takes attendance from organizer and attendees once each, keeping what was taken', () => {
    const got = attendanceFrom({ name: 'Megan', email: 'm@x' }, [{ name: 'Adele', email: 'a@x' }, { name: 'Megan', email: 'M@x' }], [{ name: 'Adele', email: 'a@x', status: 'apologies' }]);
    expect(got).toEqual([{ name: 'Megan', email: 'm@x', status: 'present' }, { name: 'Adele', email: 'a@x', status: 'apologies' }]);
  });
  it('a retry runs only the steps not done or skipped', () => {
    const log = emptyPublishLog();
    log.steps = { minutes: { state: 'done' }, actions: { state: 'done' }, tasks: { state: 'skipped', reason: 'noPlan' }, raid: { state: 'done' }, document: { state: 'done' }, attachment: { state: 'failed', reason: 'x' } };
    expect(remainingSteps(log)).toEqual(['attachment', 'mail']);
    expect(remainingSteps(undefined)).toEqual(['minutes', 'actions', 'tasks', 'raid', 'document', 'attachment', 'mail']);
  });
  it('shows a failed step over every other state', () => {
    const failed = { ...emptyPublishLog(), steps: { attachment: { state: 'failed' as const } } };
    expect(meetingStatus({ state: 'Published', agenda: 'x', publishLog: failed })).toBe('failed');
    expect(meetingStatus({ state: 'Published', agenda: '' })).toBe('published');
    expect(meetingStatus({ state: 'Draft', agenda: '' })).toBe('draft');
    expect(meetingStatus({ state: 'Scheduled', agenda: 'Progress' })).toBe('agendaReady');
    expect(meetingStatus({ state: 'Scheduled', agenda: ' ' })).toBe('scheduled');
    expect(meetingStatus(undefined)).toBe('scheduled');
  });
});

describe('outlookChange', () => {
  const stored = { start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:30:00Z' };
  it('changes nothing when Outlook agrees, however the instant is spelt', () => {
    expect(outlookChange(stored, { start: '2026-03-02T09:00:00.0000000Z', end: '2026-03-02T09:30:00.000Z', isCancelled: false })).toBeUndefined();
    expect(outlookChange({ ...stored, cancelled: true }, { ...stored, isCancelled: true })).toBeUndefined();
  });
  it('takes a moved meeting’s new time and remembers the old start', () => {
    expect(outlookChange(stored, { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:30:00Z', isCancelled: false })).toEqual({
      start: '2026-03-03T10:00:00Z',
      end: '2026-03-03T10:30:00Z',
      movedFrom: '2026-03-02T09:00:00Z',
      cancelled: false
    });
  });
  it('marks a cancelled meeting, which stays cancelled and keeps where it moved from', () => {
    expect(outlookChange({ ...stored, movedFrom: '2026-03-01T09:00:00Z' }, { ...stored, isCancelled: true })).toEqual({ ...stored, movedFrom: '2026-03-01T09:00:00Z', cancelled: true });
  });
});
