/**
 * Minutes approval at the seam (issue 10), real PnPjs against the local tenant: sent to the chair,
 * an approval on an outdated revision refused (the writer saved after the chair read them: 412; the
 * minutes changed after they were sent: fingerprint) with nothing stored, then approved, published
 * with the approved text, and corrected with a reason into a new revision kept in the history.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, servicesFor, logMark, logSince } from '../helpers/clients';
import { TEXTS, draftMeeting, minutesWith, taggedMeeting } from '../helpers/meetings';
import { addDays, toIsoDate } from '../../src/model/dates';
import { ApprovalRefused } from '../../src/model/meetings/approval';
import { approveOnSite, correctOnSite, draftOf, mailChair, sendForApproval } from '../../src/services/meetings/approval';
import type { OutboxEntry } from '../../local/src/graph/mail';
import type { IPerson, IProject } from '../../src/model/types';
import type { IPmoServices } from '../../src/services/types';

jest.setTimeout(180_000);

const refusal = (p: Promise<unknown>) => p.then(() => 'approved', (e: unknown) => (e instanceof ApprovalRefused ? e.problem : String(e)));

describe('approving minutes', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let writer: IPmoServices;
  let chairServices: IPmoServices;
  let chair: IPerson;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
    writer = servicesFor(tenant, project.manager!.email);
    chair = await writer.people.ensure(project.sponsor!.email);
    chairServices = servicesFor(tenant, chair.email);
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  const raw = (id: number) => clientsFor(tenant).sp.web.lists.getByTitle('PMO Meetings').items.getById(id).select('ApprovalState', 'ApproverId', 'Revision', 'Revisions', 'Minutes')<{ ApprovalState: string; ApproverId: number | null; Revision: number; Revisions: string; Minutes: string }>();

  it('refuses an approval on an outdated revision, approves the one sent, and a correction makes revision 2', async () => {
    const event = await taggedMeeting(writer, project);
    const me = await writer.people.current();
    const draft = await draftMeeting(writer, event, project, minutesWith(event, me, addDays(toIsoDate(new Date()), 14)));
    const sent = await sendForApproval(writer.meetings, draft, { kind: 'chair', approver: chair }, me.title, '2026-12-01T18:00:00Z');
    expect(await raw(draft.id)).toMatchObject({ ApprovalState: 'Awaiting approval', ApproverId: chair.id });

    // Publishing waits for the approval.
    const request = { event, projects: [project], me: me.email, minutesUrl: `${tenant.origin}/#/meetings`, today: toIsoDate(new Date()), texts: TEXTS };
    expect(await refusal(writer.publisher.publish({ ...request, meeting: sent }))).toBe('awaitingApproval');

    // The chair reads them; the writer then fixes a decision: the chair's approval is of a text no longer stored.
    const read = await chairServices.meetings.get(draft.id);
    const fixed = { ...read.minutesData, decisions: [{ id: 'd1', title: 'Vendor B is selected (integration and support)', detail: '' }] };
    const edited = await writer.meetings.update(sent.id, { ...draftOf(sent), minutesData: fixed }, sent.etag);
    const mark = await logMark(tenant);
    expect(await refusal(approveOnSite(chairServices.meetings, read, chair, '2026-12-01T18:05:00Z', '<p>approved</p>'))).toBe('outdated');
    // Read again, it still is not what was sent: refused before any write.
    const reread = await chairServices.meetings.get(draft.id);
    expect(await refusal(approveOnSite(chairServices.meetings, reread, chair, '2026-12-01T18:06:00Z', '<p>approved</p>'))).toBe('outdated');
    const writes = (await logSince(tenant, mark)).filter((r) => r.method !== 'GET' && /PMO%20Meetings|PMO Meetings|getbytitle/i.test(decodeURIComponent(r.path)));
    expect(writes).toHaveLength(1); // only the first attempt's save, answered 412
    expect(await raw(draft.id)).toMatchObject({ ApprovalState: 'Awaiting approval' });

    // Sent again, the chair approves what is stored; someone else than the chair cannot.
    const again = await sendForApproval(writer.meetings, edited, { kind: 'chair', approver: chair }, me.title, '2026-12-01T18:10:00Z');
    expect(await refusal(approveOnSite(writer.meetings, again, me, 't', '<p>x</p>'))).toBe('notApprover');
    const approved = await approveOnSite(chairServices.meetings, await chairServices.meetings.get(draft.id), chair, '2026-12-01T18:15:00Z', '<p>Vendor B is selected (integration and support)</p>');
    expect(await raw(draft.id)).toMatchObject({ ApprovalState: 'Approved', Minutes: '<p>Vendor B is selected (integration and support)</p>' });

    // Published after approval, the attendees' mail carries the approved text.
    const published = await writer.publisher.publish({ ...request, meeting: await writer.meetings.get(approved.id) });
    expect(published.meeting.state).toBe('Published');
    const mails = (await tenant.control<{ subject: string; body: { content: string } }[]>('GET', 'outbox')).filter((m) => m.subject === TEXTS.subject);
    expect(mails.map((m) => m.body.content).join('')).toContain('Vendor B is selected (integration and support)');

    // A correction needs a reason and makes revision 2; revision 1 stays with who approved and who corrected it.
    const current = await writer.meetings.get(draft.id);
    expect(() => correctOnSite(writer.meetings, current, ' ', me.title, 't')).toThrow(ApprovalRefused);
    await correctOnSite(writer.meetings, current, 'Support contract length was wrong', me.title, '2026-12-01T18:30:00Z');
    const stored = await raw(draft.id);
    expect(stored).toMatchObject({ ApprovalState: 'Not requested', Revision: 1 });
    expect(JSON.parse(stored.Revisions)).toEqual([
      expect.objectContaining({ revision: 1, reason: 'Support contract length was wrong', approvedBy: chair.title, approvedAt: '2026-12-01T18:15:00Z', correctedBy: me.title, correctedAt: '2026-12-01T18:30:00Z' })
    ]);
    // Approved once: the correction goes back for approval before it is published.
    expect(await refusal(writer.publisher.publish({ ...request, meeting: await writer.meetings.get(draft.id) }))).toBe('approvalRequired');
  });

  /** A new draft of the vendor call, the route to the chair and a mail of its own (told apart in the outbox). */
  const chairDraft = async () => {
    const event = await taggedMeeting(writer, project);
    const me = await writer.people.current();
    const draft = await draftMeeting(writer, event, project, minutesWith(event, me, addDays(toIsoDate(new Date()), 14)));
    return { me, draft, route: { kind: 'chair', approver: chair } as const, mail: { subject: `Please approve: ${draft.title} #${draft.id}`, html: '<p>Please approve the minutes.</p>' } };
  };

  it('mails the chair once per request: through a throttled send, a save in between and a repeated send; a new request mails again', async () => {
    const { me, draft, route, mail } = await chairDraft();
    const toChair = async () => (await tenant.control<OutboxEntry[]>('GET', 'outbox')).filter((m) => m.subject === mail.subject);
    const mark = await logMark(tenant);
    const sent = await sendForApproval(writer.meetings, draft, route, me.title, '2026-12-01T19:00:00Z');
    // The writer's autosave lands between the request and its mail; the first sendMail is throttled once.
    await writer.meetings.update(sent.id, draftOf(sent), sent.etag);
    await tenant.control('POST', 'faults', { latencyMs: 0, rules: [{ match: '^POST /v1\\.0/me/sendMail', status: 429, retryAfter: 1, times: 1 }] });
    try {
      const mailed = await mailChair(writer.meetings, writer.outlook, sent, mail, '2026-12-01T19:01:00Z');
      expect(mailed.approval).toMatchObject({ state: 'Awaiting approval', mailedAt: '2026-12-01T19:01:00Z' });
      // The same request sent again (a repeated click, a retry) writes nothing and mails nobody.
      const again = await sendForApproval(writer.meetings, await writer.meetings.get(draft.id), route, me.title, '2026-12-01T19:02:00Z');
      await mailChair(writer.meetings, writer.outlook, again, mail, '2026-12-01T19:02:00Z');
    } finally {
      await tenant.control('POST', 'faults', { latencyMs: 0, rules: [] });
    }
    const mails = await toChair();
    expect(mails.map((m) => [m.from.address, m.to])).toEqual([[me.email, [chair.email]]]);
    expect(mails[0].body).toEqual({ contentType: 'html', content: mail.html });
    const posts = (await logSince(tenant, mark)).filter((r) => r.method === 'POST' && /\/me\/sendMail$/.test(r.path)).map((r) => r.status);
    expect(posts).toEqual([429, 202]);
    const data = JSON.parse((await clientsFor(tenant).sp.web.lists.getByTitle('PMO Meetings').items.getById(draft.id).select('ApprovalData')<{ ApprovalData: string }>()).ApprovalData);
    expect(data).toMatchObject({ state: 'Awaiting approval', mailedAt: '2026-12-01T19:01:00Z', approver: expect.objectContaining({ email: chair.email }) });

    // Changed and sent again, it is a new request: the chair is mailed again, once.
    const current = await writer.meetings.get(draft.id);
    const changed = await writer.meetings.update(current.id, { ...draftOf(current), minutesData: { ...current.minutesData, decisions: [{ id: 'd1', title: 'Vendor C is selected', detail: '' }] } }, current.etag);
    const resent = await sendForApproval(writer.meetings, changed, route, me.title, '2026-12-01T19:05:00Z');
    expect(resent.approval.mailedAt).toBeUndefined();
    await mailChair(writer.meetings, writer.outlook, resent, mail, '2026-12-01T19:06:00Z');
    expect(await toChair()).toHaveLength(2);
  });

  it('without Mail.Send the request stands unmailed, naming the permission; once granted, sending again mails the chair once', async () => {
    const { me, draft, route, mail } = await chairDraft();
    const sent = await sendForApproval(writer.meetings, draft, route, me.title, '2026-12-01T20:00:00Z');
    await tenant.control('POST', 'consent', { deny: ['Mail.Send'] });
    try {
      await expect(mailChair(writer.meetings, writer.outlook, sent, mail, '2026-12-01T20:01:00Z')).rejects.toMatchObject({ kind: 'forbidden', permission: 'Mail.Send' });
    } finally {
      await tenant.control('POST', 'consent', { deny: [] });
    }
    const stored = await writer.meetings.get(draft.id);
    expect(stored.approval).toMatchObject({ state: 'Awaiting approval' });
    expect(stored.approval.mailedAt).toBeUndefined();
    const again = await sendForApproval(writer.meetings, stored, route, me.title, '2026-12-01T20:02:00Z');
    expect(again).toBe(stored);
    await mailChair(writer.meetings, writer.outlook, again, mail, '2026-12-01T20:02:00Z');
    expect((await tenant.control<OutboxEntry[]>('GET', 'outbox')).filter((m) => m.subject === mail.subject)).toHaveLength(1);
    expect((await writer.meetings.get(draft.id)).approval.mailedAt).toBe('2026-12-01T20:02:00Z');
  });
});
