/**
 * Event attachments of 3 MB and more through an upload session, event PATCH by the organizer reaching
 * the attendees' copies with the attachment, and Planner bucket creation — as the publish step uses them.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

jest.setTimeout(60_000);

const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function put(url: string, bytes: Buffer, from: number, total: number, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${from}-${from + bytes.length - 1}/${total}`, ...headers },
    body: bytes
  });
}

describe('Graph upload sessions, event PATCH and buckets', () => {
  let tenant: RunningTenant;
  let meeting: { id: string; copies: Record<string, string> };
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    meeting = await fixture(tenant, 'addEvent', {
      calendar: { kind: 'user', ownerId: PEOPLE.pmo },
      subject: '[PRJ-0042] Vendor call',
      start: '2025-05-12T09:00:00Z',
      end: '2025-05-12T10:00:00Z',
      attendeeIds: [PEOPLE.megan]
    });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('takes a 5 MB file in ordered ranges, without Authorization, and attaches it once', async () => {
    const client = graphClient(tenant);
    const content = Buffer.alloc(5 * MB, 3);
    content.write('minutes', 0);
    const session = await client.api(`/me/events/${meeting.id}/attachments/createUploadSession`).post({ AttachmentItem: { attachmentType: 'file', name: 'Minutes.docx', size: content.length, contentType: DOCX } });
    expect(session.nextExpectedRanges).toEqual(['0-']);
    expect(session.uploadUrl).toMatch(/^https:\/\/.+\/api\/v2\.0\/Users\('.+'\)\/Events\('.+'\)\/AttachmentSessions\('.+'\)\?authtoken=/);

    const withAuth = await put(session.uploadUrl, content.subarray(0, MB), 0, content.length, { Authorization: 'Bearer pmo.manager@contoso.com' });
    expect(withAuth.status).toBe(401);
    const outOfOrder = await put(session.uploadUrl, content.subarray(MB, 2 * MB), MB, content.length);
    expect(outOfOrder.status).toBe(416);

    const first = await put(session.uploadUrl, content.subarray(0, 4 * MB), 0, content.length);
    expect(first.status).toBe(200);
    expect((await first.json()).nextExpectedRanges).toEqual([`${4 * MB}-`]);
    const last = await put(session.uploadUrl, content.subarray(4 * MB), 4 * MB, content.length);
    expect(last.status).toBe(201);
    expect(last.headers.get('location')).toMatch(/Attachments\('AAMk/);

    const list = await client.api(`/me/events/${meeting.id}/attachments`).select('id,name,size').get();
    expect(list.value.map((a: { name: string; size: number }) => [a.name, a.size])).toEqual([['Minutes.docx', 5 * MB]]);
    const one = await client.api(`/me/events/${meeting.id}/attachments/${list.value[0].id}`).get();
    expect(Buffer.from(one.contentBytes, 'base64').equals(content)).toBe(true);
    // The session is over: another PUT on its URL finds nothing.
    expect((await put(session.uploadUrl, Buffer.from('x'), 0, content.length)).status).toBe(404);
  });

  it('refuses a session without AttachmentItem and on group calendars', async () => {
    const client = graphClient(tenant);
    const err = await graphFailure(client.api(`/me/events/${meeting.id}/attachments/createUploadSession`).post({}));
    expect(err.statusCode).toBe(400);
    const group = await fixture(tenant, 'addGroup', { displayName: 'Alpha', mail: 'alpha-up@contoso.com', memberIds: [PEOPLE.pmo] });
    const ev = await fixture<{ id: string }>(tenant, 'addEvent', { calendar: { kind: 'group', ownerId: group }, subject: 'Alpha', start: '2025-05-13T09:00:00Z', end: '2025-05-13T10:00:00Z' });
    const refused = await graphFailure(client.api(`/groups/${group}/events/${ev.id}/attachments/createUploadSession`).post({ AttachmentItem: { attachmentType: 'file', name: 'a.docx', size: 4 * MB } }));
    expect(refused.statusCode).toBe(400);
  });

  it("PATCH by the organizer updates the event and gives the attendee's copy the attachment", async () => {
    const client = graphClient(tenant);
    const before = await client.api(`/users/${PEOPLE.pmo}/events/${meeting.id}`).get();
    const patched = await client
      .api(`/users/${PEOPLE.pmo}/events/${meeting.id}`)
      .header('If-Match', before['@odata.etag'])
      .patch({ body: { contentType: 'html', content: '<p>Minutes: https://localhost/minutes</p>' } });
    expect(patched.body.content).toContain('Minutes:');
    expect(patched['@odata.etag']).not.toBe(before['@odata.etag']);
    const megan = graphClient(tenant, 'meganb@contoso.com');
    const copy = await megan.api(`/me/events/${meeting.copies[PEOPLE.megan]}`).get();
    expect(copy.body.content).toContain('Minutes:');
    expect(copy.hasAttachments).toBe(true);
    const stale = await graphFailure(client.api(`/me/events/${meeting.id}`).header('If-Match', before['@odata.etag']).patch({ subject: 'x' }));
    expect(stale.statusCode).toBe(412);
  });

  it('creates a Planner bucket in a plan the caller is a member of', async () => {
    const client = graphClient(tenant);
    const group = await fixture(tenant, 'addGroup', { displayName: 'Beta', mail: 'beta-up@contoso.com', memberIds: [PEOPLE.pmo], ownerIds: [PEOPLE.pmo] });
    const planId = await fixture(tenant, 'addPlan', { groupId: group, title: 'Beta' });
    const b = await client.api('/planner/buckets').post({ name: 'Actions', planId, orderHint: ' !' });
    expect(b).toMatchObject({ name: 'Actions', planId });
    expect(b['@odata.etag']).toMatch(/^W\/"/);
    const buckets = await client.api(`/planner/plans/${planId}/buckets`).get();
    expect(buckets.value.map((x: { name: string }) => x.name)).toEqual(['Actions']);
    const outsider = await graphFailure(graphClient(tenant, 'meganb@contoso.com').api('/planner/buckets').post({ name: 'X', planId }));
    expect(outsider.statusCode).toBe(403);
  });
});
