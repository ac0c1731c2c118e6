/** Minutes approval rules (src/model/meetings/approval.ts) and the agenda's steering sections and carry-over. */
import {
  ApprovalRefused,
  approvalProblem,
  approveMinutes,
  beginCorrection,
  buildAgenda,
  editingRevision,
  emptyMinutes,
  isLocked,
  isOutdated,
  meetingStatus,
  minutesFingerprint,
  noApproval,
  publishBlocked,
  refreshAgenda,
  requestApproval
} from '../../../src/model/meetings';
import type { IActionItem, IMeeting } from '../../../src/model/types';

const chair = { id: 7, title: 'Alex Wilber', email: 'alexw@contoso.com' };
const writer = 'Megan Bowen';
const base = (over: Partial<IMeeting> = {}): IMeeting => ({
  id: 1, etag: '"1"', title: 'Steering', projectIds: [1], eventId: 'e', iCalUId: 'u', start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z',
  organizer: 'meganb@contoso.com', attendees: [], agenda: '', agendaItems: [{ id: 'c1', kind: 'custom', title: 'Budget' }],
  minutes: '', minutesData: { ...emptyMinutes(), decisions: [{ id: 'd1', title: 'Go with Fabrikam', detail: '' }] },
  decisions: '', state: 'Draft', revision: 0, revisions: [], approval: noApproval(), ...over
});
const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ApprovalRefused ? e.problem : String(e);
  }
  return 'not refused';
};

describe('minutes approval', () => {
  it('sends draft minutes to the chair with the revision and a fingerprint of the text, and publishing waits', () => {
    const sent = requestApproval(base(), { kind: 'chair', approver: chair }, writer, '2026-03-02T11:00:00Z');
    expect(sent.approval).toMatchObject({ state: 'Awaiting approval', approver: chair, requestedBy: writer, revision: 1 });
    expect(sent.approval.fingerprint).toBe(minutesFingerprint(base()));
    expect(publishBlocked(sent)).toBe('awaitingApproval');
    expect(meetingStatus(sent)).toBe('awaitingApproval');
    expect(publishBlocked(base())).toBeUndefined();
  });
  it('the chair approves: the approved text is kept and the minutes are locked', () => {
    const sent = requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1');
    const ok = approveMinutes(sent, { email: 'AlexW@contoso.com', title: 'Alex Wilber' }, 't2', '<p>approved</p>');
    expect(ok.approval).toMatchObject({ state: 'Approved', approvedBy: 'Alex Wilber', approvedAt: 't2' });
    expect(ok.minutes).toBe('<p>approved</p>');
    expect(isLocked(ok)).toBe(true);
    expect(publishBlocked(ok)).toBeUndefined();
    expect(meetingStatus(ok)).toBe('approved');
  });
  it('refuses an approval on an outdated revision: the minutes changed after they were sent', () => {
    const sent = requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1');
    const edited = { ...sent, minutesData: { ...sent.minutesData, decisions: [{ id: 'd1', title: 'Go with Contoso', detail: '' }] } };
    expect(isOutdated(edited)).toBe(true);
    expect(refused(() => approveMinutes(edited, chair, 't2', ''))).toBe('outdated');
    // A change of the agenda counts too; sending again makes the approval possible.
    const reordered = { ...sent, agendaItems: [...sent.agendaItems, { id: 'c2', kind: 'custom' as const, title: 'AOB' }] };
    expect(approvalProblem(reordered, chair)).toBe('outdated');
    const again = requestApproval(edited, { kind: 'chair', approver: chair }, writer, 't3');
    expect(approvalProblem(again, chair)).toBeUndefined();
  });
  it('only the chair asked approves; minutes for the next meeting are approved only from that meeting', () => {
    const sent = requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1');
    expect(approvalProblem(sent, { email: 'meganb@contoso.com' })).toBe('notApprover');
    expect(approvalProblem(base(), chair)).toBe('notRequested');
    const next = requestApproval(base(), { kind: 'nextMeeting' }, writer, 't1');
    expect(next.approval.state).toBe('At next meeting');
    expect(approvalProblem(next, chair)).toBe('notApprover');
    const ok = approveMinutes(next, { email: 'meganb@contoso.com', title: writer }, 't2', '<p>x</p>', 2);
    expect(ok.approval).toMatchObject({ state: 'Approved', approvedInMeetingId: 2, approvedBy: writer });
    expect(approvalProblem(ok, chair)).toBe('alreadyApproved');
  });
  it('a chair must be named; approved minutes cannot be sent again', () => {
    expect(refused(() => requestApproval(base(), { kind: 'chair', approver: { id: 0, title: '', email: '' } }, writer, 't'))).toBe('approverMissing');
    const ok = approveMinutes(requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1'), chair, 't2', 'x');
    expect(refused(() => requestApproval(ok, { kind: 'nextMeeting' }, writer, 't3'))).toBe('locked');
  });
  it('a correction needs a reason, makes the next revision and keeps the approved one with who, when and why', () => {
    const ok = approveMinutes(requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1'), chair, 't2', '<p>r1</p>');
    expect(refused(() => beginCorrection(ok, '  ', writer, 't3'))).toBe('reasonMissing');
    expect(refused(() => beginCorrection(base(), 'typo', writer, 't3'))).toBe('notRequested');
    const fixed = beginCorrection(ok, 'Supplier name misspelt', writer, 't3');
    expect(fixed.revisions).toEqual([{ revision: 1, publishedAt: '', minutes: '<p>r1</p>', reason: 'Supplier name misspelt', approvedBy: 'Alex Wilber', approvedAt: 't2', correctedBy: writer, correctedAt: 't3' }]);
    expect(editingRevision(fixed)).toBe(2);
    expect(isLocked(fixed)).toBe(false);
    // Approved once: the correction is approved again before it is published.
    expect(publishBlocked(fixed)).toBe('approvalRequired');
    const sent = requestApproval(fixed, { kind: 'chair', approver: chair }, writer, 't4');
    expect(sent.approval.revision).toBe(2);
  });
  it('a correction of published minutes keeps the publication date and the published revision number', () => {
    const published = { ...approveMinutes(requestApproval(base(), { kind: 'chair', approver: chair }, writer, 't1'), chair, 't2', '<p>r1</p>'), state: 'Published' as const, revision: 1, publishedAt: 't2b' };
    expect(editingRevision(published)).toBe(1);
    const fixed = beginCorrection(published, 'Wrong date', writer, 't3');
    expect(fixed.revisions[0]).toMatchObject({ revision: 1, publishedAt: 't2b', reason: 'Wrong date' });
    expect([fixed.state, fixed.revision, editingRevision(fixed)]).toEqual(['Draft', 1, 2]);
  });
});

const action = (id: number, over: Partial<IActionItem> = {}): IActionItem => ({ id, etag: '', title: `Action ${id}`, projectId: 1, status: 'Open', ...over });

describe('steering committee agenda', () => {
  it('one section per project, each with its own open actions, risks and decisions', () => {
    const agenda = buildAgenda({
      today: '2026-03-10',
      projects: [{ id: 1, label: 'PRJ-0042 CRM' }, { id: 2, label: 'PRJ-0007 ERP' }],
      actions: [action(1), action(2, { projectId: 2 }), action(3, { projectId: 2, status: 'Done' })],
      raid: [{ id: 9, etag: '', title: 'Pick vendor', projectId: 2, kind: 'Decision', description: '', status: 'Open', mitigation: '' }]
    });
    expect(agenda.map((i) => [i.kind, i.title, i.projectId])).toEqual([
      ['project', 'PRJ-0042 CRM', 1],
      ['action', 'Action 1', 1],
      ['project', 'PRJ-0007 ERP', 2],
      ['action', 'Action 2', 2],
      ['decision', 'Pick vendor', 2]
    ]);
  });
  it('the previous minutes awaiting approval here open the agenda, pointing at that meeting', () => {
    const agenda = buildAgenda({ today: '2026-03-10', actions: [], raid: [], previous: { id: 4, published: false, awaitingApproval: true, carriedOver: [] } });
    expect(agenda).toEqual([{ id: 'approve-previous', kind: 'approvePrevious', title: '', sourceId: 4 }]);
  });
});

describe('open actions carry over to a stored agenda', () => {
  const stored = buildAgenda({ today: '2026-03-10', actions: [action(1, { dueDate: '2026-03-20' })], raid: [], previous: { id: 4, published: true, carriedOver: [] } });
  it('an action made since (by the previous minutes) joins after the other actions; unchanged agendas stay the same array', () => {
    const fresh = refreshAgenda(stored, [action(1, { dueDate: '2026-03-20' }), action(5, { title: 'Send the contract', dueDate: '2026-03-12' })], {}, '2026-03-10');
    expect(fresh.map((i) => i.id)).toEqual(['approve-previous', 'action-1', 'action-5']);
    expect(refreshAgenda(fresh, [action(1, { dueDate: '2026-03-20' }), action(5, { title: 'Send the contract', dueDate: '2026-03-12' })], {}, '2026-03-10')).toBe(fresh);
  });
  it('until done: a done action leaves unless notes were written on it; a moved due date shows as overdue', () => {
    const two = refreshAgenda(stored, [action(1, { dueDate: '2026-03-20' }), action(5)], {}, '2026-03-10');
    expect(refreshAgenda(two, [action(5)], {}, '2026-03-10').map((i) => i.id)).toEqual(['approve-previous', 'action-5']);
    expect(refreshAgenda(two, [action(5)], { 'action-1': '<p>Done on Monday</p>' }, '2026-03-10').map((i) => i.id)).toEqual(['approve-previous', 'action-1', 'action-5']);
    const late = refreshAgenda(two, [action(1, { dueDate: '2026-03-01' }), action(5)], {}, '2026-03-10');
    expect(late.filter((i) => i.id === 'action-1')[0]).toMatchObject({ dueDate: '2026-03-01', overdue: true });
  });
  it('previous minutes left to this meeting after its agenda was written open it; once there, nothing changes', () => {
    const written = buildAgenda({ today: '2026-03-10', actions: [action(1, { dueDate: '2026-03-20' })], raid: [] });
    const fresh = refreshAgenda(written, [action(1, { dueDate: '2026-03-20' })], {}, '2026-03-10', { id: 7, awaitingApproval: true });
    expect(fresh.map((i) => [i.kind, i.sourceId])).toEqual([['approvePrevious', 7], ['action', 1]]);
    expect(refreshAgenda(fresh, [action(1, { dueDate: '2026-03-20' })], {}, '2026-03-10', { id: 7, awaitingApproval: true })).toBe(fresh);
    // An earlier "approve the previous minutes" item now points at the minutes waiting here (its notes kept by id).
    const repointed = refreshAgenda(stored, [action(1, { dueDate: '2026-03-20' })], {}, '2026-03-10', { id: 9, awaitingApproval: true });
    expect(repointed.map((i) => [i.id, i.sourceId])).toEqual([['approve-previous', 9], ['action-1', 1]]);
    // Not waiting here: the agenda stays as written.
    expect(refreshAgenda(written, [action(1, { dueDate: '2026-03-20' })], {}, '2026-03-10', { id: 7, awaitingApproval: false })).toBe(written);
  });
  it('in a steering agenda a new action goes into its project section', () => {
    const steering = buildAgenda({ today: '2026-03-10', projects: [{ id: 1, label: 'A' }, { id: 2, label: 'B' }], actions: [action(1)], raid: [] });
    const fresh = refreshAgenda(steering, [action(1), action(6, { projectId: 2 })], {}, '2026-03-10');
    expect(fresh.map((i) => i.id)).toEqual(['project-1', 'action-1', 'project-2', 'action-6']);
  });
});
