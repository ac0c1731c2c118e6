import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

const fileAttachment = (name: string, bytes: Buffer) => ({
  '@odata.type': '#microsoft.graph.fileAttachment',
  name,
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  contentBytes: bytes.toString('base64')
});
const MB = 1024 * 1024;

describe('Graph event attachments', () => {
  let tenant: RunningTenant;
  let meeting: { id: string; copies: Record<string, string> };
  let groupEvent: string;
  let group: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    meeting = await fixture(tenant, 'addEvent', {
      calendar: { kind: 'user', ownerId: PEOPLE.pmo },
      subject: 'Steering committee [PRJ-0042]',
      start: '2025-05-12T09:00:00Z',
      end: '2025-05-12T10:00:00Z',
      attendeeIds: [PEOPLE.megan]
    });
    group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0042 Alpha', mail: 'alpha@contoso.com', memberIds: [PEOPLE.pmo] });
    groupEvent = (await fixture<{ id: string }>(tenant, 'addEvent', { calendar: { kind: 'group', ownerId: group }, subject: 'Alpha review', start: '2025-05-13T09:00:00Z', end: '2025-05-13T10:00:00Z' })).id;
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('accepts a file under 3 MB on a user event: 201, new change key, hasAttachments', async () => {
    const client = graphClient(tenant);
    const before = await client.api(`/me/events/${meeting.id}`).get();
    expect(before.hasAttachments).toBe(false);
    const content = Buffer.alloc(3 * MB - 1, 7);
    const created = await client.api(`/me/events/${meeting.id}/attachments`).post(fileAttachment('Minutes.docx', content));
    expect(created).toMatchObject({ '@odata.type': '#microsoft.graph.fileAttachment', name: 'Minutes.docx', size: 3 * MB - 1, isInline: false });
    expect(created.id).toMatch(/^AAMk/);
    const after = await client.api(`/me/events/${meeting.id}`).get();
    expect(after.hasAttachments).toBe(true);
    expect(after['@odata.etag']).not.toBe(before['@odata.etag']);
    const list = await client.api(`/me/events/${meeting.id}/attachments`).select('id,name,size').get();
    expect(list.value).toEqual([{ '@odata.type': '#microsoft.graph.fileAttachment', '@odata.mediaContentType': expect.any(String), id: created.id, name: 'Minutes.docx', size: 3 * MB - 1 }]);
    const one = await client.api(`/users/${PEOPLE.pmo}/events/${meeting.id}/attachments/${created.id}`).get();
    expect(Buffer.from(one.contentBytes, 'base64').equals(content)).toBe(true);
  });

  it('refuses 3 MB or more (an upload session would be needed)', async () => {
    const err = await graphFailure(graphClient(tenant).api(`/me/events/${meeting.id}/attachments`).post(fileAttachment('Big.docx', Buffer.alloc(3 * MB, 1))));
    expect(err.statusCode).toBe(413);
    expect(err.code).toBe('ErrorRequestEntityTooLarge');
    const list = await graphClient(tenant).api(`/me/events/${meeting.id}/attachments`).get();
    expect(list.value.map((a: { name: string }) => a.name)).toEqual(['Minutes.docx']);
  });

  it('refuses attachments on events in group calendars, as Graph does', async () => {
    const err = await graphFailure(graphClient(tenant).api(`/groups/${group}/events/${groupEvent}/attachments`).post(fileAttachment('Minutes.docx', Buffer.from('x'))));
    expect(err.statusCode).toBe(400);
    expect(err.message).toMatch(/group calendars/);
    const ev = await graphClient(tenant).api(`/groups/${group}/events/${groupEvent}`).get();
    expect(ev.hasAttachments).toBe(false);
  });

  it('needs the attachment type, and only the user’s own event', async () => {
    const untyped = await graphFailure(graphClient(tenant).api(`/me/events/${meeting.id}/attachments`).post({ name: 'a.txt', contentBytes: 'eA==' }));
    expect(untyped.statusCode).toBe(422);
    const notMine = await graphFailure(graphClient(tenant, 'adelev@contoso.com').api(`/me/events/${meeting.id}/attachments`).post(fileAttachment('a.txt', Buffer.from('x'))));
    expect(notMine.statusCode).toBe(404);
  });

  it('shares the organizer’s attachment with attendees only when the organizer next updates the event', async () => {
    const megan = graphClient(tenant, 'meganb@contoso.com');
    const copyId = meeting.copies[PEOPLE.megan];
    expect((await megan.api(`/me/events/${copyId}/attachments`).get()).value).toEqual([]);
    await graphClient(tenant).api(`/me/events/${meeting.id}`).patch({ body: { contentType: 'html', content: '<p>Minutes attached</p>' } });
    const shared = await megan.api(`/me/events/${copyId}/attachments`).get();
    expect(shared.value.map((a: { name: string }) => a.name)).toEqual(['Minutes.docx']);
    expect((await megan.api(`/me/events/${copyId}`).get()).bodyPreview).toBe('Minutes attached');
  });
});
