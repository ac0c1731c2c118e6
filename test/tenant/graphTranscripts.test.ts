/**
 * Teams online meetings and transcripts on the real Graph client: find the meeting by its join URL
 * (organizer only), list its transcripts, read the VTT; the 403/404 answers and the scopes.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Megan Bowen>We agreed to go with the second vendor.</v>\n';
const filterFor = (joinUrl: string) => `JoinWebUrl eq '${encodeURIComponent(joinUrl)}'`;

describe('Graph online meetings and transcripts', () => {
  let tenant: RunningTenant;
  let joinUrl: string;
  let groupJoinUrl: string;
  let transcriptId: string;
  const megan = 'meganb@contoso.com';

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    const added = await fixture<{ id: string }>(tenant, 'addEvent', {
      calendar: { kind: 'user', ownerId: megan }, subject: 'Design review', start: '2025-03-03T09:00:00Z', end: '2025-03-03T10:00:00Z',
      attendeeIds: ['adelev@contoso.com'], isOnlineMeeting: true
    });
    const ev = await graphClient(tenant, megan).api(`/me/events/${added.id}`).select('onlineMeeting').get();
    joinUrl = ev.onlineMeeting.joinUrl;
    transcriptId = await fixture(tenant, 'addTranscript', { joinUrl, content: VTT, createdDateTime: '2025-03-03T09:01:00Z', endDateTime: '2025-03-03T09:58:00Z' });
    const group = await fixture(tenant, 'addGroup', { displayName: 'Steering', mail: 'steering@contoso.com', memberIds: [PEOPLE.megan], ownerIds: [PEOPLE.megan] });
    const gev = await fixture<{ id: string }>(tenant, 'addEvent', { calendar: { kind: 'group', ownerId: group }, subject: 'Steering', start: '2025-03-04T09:00:00Z', end: '2025-03-04T10:00:00Z', isOnlineMeeting: true });
    groupJoinUrl = (await graphClient(tenant, megan).api(`/groups/${group}/events/${gev.id}`).get()).onlineMeeting.joinUrl;
  }, 60000);
  afterAll(async () => {
    await tenant.stop();
  });

  it('finds the organizer’s meeting by its URL-encoded join URL: a collection of one, in Graph’s shape', async () => {
    const r = await graphClient(tenant, megan).api('/me/onlineMeetings').filter(filterFor(joinUrl)).get();
    expect(r['@odata.context']).toMatch(/\/v1\.0\/\$metadata#users\('[^']+'\)\/onlineMeetings$/);
    expect(r.value).toHaveLength(1);
    const m = r.value[0];
    expect(m).toMatchObject({ joinWebUrl: joinUrl, subject: 'Design review', startDateTime: '2025-03-03T09:00:00.0000000Z' });
    expect(m.participants.organizer).toMatchObject({ role: 'presenter', upn: megan, identity: { user: { id: PEOPLE.megan } } });
    expect(Buffer.from(m.id, 'base64url').toString('utf8')).toMatch(new RegExp(`^1\\*${PEOPLE.megan}\\*0\\*\\*19:meeting_.+@thread\\.v2$`));
    const byId = await graphClient(tenant, megan).api(`/me/onlineMeetings/${m.id}`).get();
    expect(byId.joinWebUrl).toBe(joinUrl);
  });

  it('an attendee’s filter is 403 Forbidden; an unknown URL an empty collection; no filter or another property 400', async () => {
    const attendee = graphClient(tenant, 'adelev@contoso.com');
    expect(await graphFailure(attendee.api('/me/onlineMeetings').filter(filterFor(joinUrl)).get())).toMatchObject({ statusCode: 403, code: 'Forbidden' });
    const none = await graphClient(tenant, megan).api('/me/onlineMeetings').filter(filterFor('https://teams.microsoft.com/l/meetup-join/19%3ameeting_nothing%40thread.v2/0')).get();
    expect(none.value).toEqual([]);
    // Not URL-encoded: the query's one decoding turns its %3a into ':', so it names no meeting.
    expect((await graphClient(tenant, megan).api('/me/onlineMeetings').filter(`JoinWebUrl eq '${joinUrl}'`).get()).value).toEqual([]);
    expect((await graphFailure(graphClient(tenant, megan).api('/me/onlineMeetings').get())).statusCode).toBe(400);
    expect(await graphFailure(graphClient(tenant, megan).api('/me/onlineMeetings').filter("subject eq 'x'").get())).toMatchObject({ statusCode: 400 });
  });

  it('lists the transcripts and reads the content as text/vtt (also with $format=text/vtt)', async () => {
    const client = graphClient(tenant, megan);
    const id = (await client.api('/me/onlineMeetings').filter(filterFor(joinUrl)).get()).value[0].id;
    const list = await client.api(`/me/onlineMeetings/${id}/transcripts`).get();
    expect(list['@odata.count']).toBe(1);
    expect(list.value[0]).toMatchObject({ id: transcriptId, meetingId: id, createdDateTime: '2025-03-03T09:01:00.0000000Z', endDateTime: '2025-03-03T09:58:00.0000000Z', meetingOrganizer: { user: { id: PEOPLE.megan } } });
    expect(list.value[0].transcriptContentUrl).toMatch(new RegExp(`/onlineMeetings/${id}/transcripts/${transcriptId.replace(/[+/=]/g, '\\$&')}/content$`));
    const one = await client.api(`/me/onlineMeetings/${id}/transcripts/${transcriptId}`).get();
    expect(one.id).toBe(transcriptId);
    const text = await client.api(`/me/onlineMeetings/${id}/transcripts/${transcriptId}/content`).query({ $format: 'text/vtt' }).responseType(ResponseType.TEXT).get();
    expect(text).toBe(VTT);
    const raw = await client.api(`/me/onlineMeetings/${id}/transcripts/${transcriptId}/content`).responseType(ResponseType.RAW).get();
    expect(raw.headers.get('content-type')).toBe('text/vtt');
    expect((await graphFailure(client.api(`/me/onlineMeetings/${id}/transcripts/${transcriptId}/content`).query({ $format: 'application/docx' }).get())).statusCode).toBe(400);
  });

  it('someone else’s meeting id is 404 (organizer id mismatch), an unknown transcript 404', async () => {
    const id = (await graphClient(tenant, megan).api('/me/onlineMeetings').filter(filterFor(joinUrl)).get()).value[0].id;
    const other = await graphFailure(graphClient(tenant, 'adelev@contoso.com').api(`/me/onlineMeetings/${id}/transcripts`).get());
    expect(other).toMatchObject({ statusCode: 404, code: 'NotFound' });
    expect(other.message).toContain('Organizer Id mismatch');
    expect((await graphFailure(graphClient(tenant, megan).api(`/me/onlineMeetings/${id}/transcripts/nope`).get())).statusCode).toBe(404);
  });

  it('a group calendar’s meeting is found once its Teams organizer is known; until then nobody finds it', async () => {
    const client = graphClient(tenant, megan);
    expect((await client.api('/me/onlineMeetings').filter(filterFor(groupJoinUrl)).get()).value).toEqual([]);
    await fixture(tenant, 'addOnlineMeeting', { joinUrl: groupJoinUrl, organizerId: megan });
    const found = await client.api('/me/onlineMeetings').filter(filterFor(groupJoinUrl)).get();
    expect(found.value[0]).toMatchObject({ joinWebUrl: groupJoinUrl, subject: 'Steering' });
    expect((await client.api(`/me/onlineMeetings/${found.value[0].id}/transcripts`).get()).value).toEqual([]);
  });

  it('without OnlineMeetings.Read the lookup, without OnlineMeetingTranscript.Read.All the transcripts are 403 Forbidden', async () => {
    const client = graphClient(tenant, megan);
    const id = (await client.api('/me/onlineMeetings').filter(filterFor(joinUrl)).get()).value[0].id;
    try {
      await tenant.control('POST', 'consent', { deny: ['OnlineMeetingTranscript.Read.All'] });
      expect((await client.api('/me/onlineMeetings').filter(filterFor(joinUrl)).get()).value).toHaveLength(1);
      expect(await graphFailure(client.api(`/me/onlineMeetings/${id}/transcripts`).get())).toMatchObject({ statusCode: 403, code: 'Forbidden' });
      expect((await graphFailure(client.api(`/me/onlineMeetings/${id}/transcripts/${transcriptId}/content`).get())).statusCode).toBe(403);
      await tenant.control('POST', 'consent', { deny: ['OnlineMeetings.Read'] });
      expect(await graphFailure(client.api('/me/onlineMeetings').filter(filterFor(joinUrl)).get())).toMatchObject({ statusCode: 403, code: 'Forbidden' });
    } finally {
      await tenant.control('POST', 'consent', { deny: [] });
    }
  });
});
