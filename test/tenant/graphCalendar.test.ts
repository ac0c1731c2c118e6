import { PageIterator, ResponseType, type PageCollection } from '@microsoft/microsoft-graph-client';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

interface Ev {
  id: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  iCalUId: string;
  isOrganizer: boolean;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  organizer: { emailAddress: { address: string } };
}

const WINDOW = { startDateTime: '2025-03-01T00:00:00Z', endDateTime: '2025-05-01T00:00:00Z' };

describe('Graph calendars: calendarView, series, time zones and paging', () => {
  let tenant: RunningTenant;
  let series: { id: string; copies: Record<string, string> };
  let group: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    // Mondays 09:00 Paris time across the end of March, when Paris moves from UTC+1 to UTC+2.
    series = await fixture(tenant, 'addEvent', {
      calendar: { kind: 'user', ownerId: PEOPLE.pmo },
      subject: 'PMO weekly [PRJ-0042]',
      start: '2025-03-03T09:00:00',
      end: '2025-03-03T10:00:00',
      timeZone: 'Romance Standard Time',
      attendeeIds: [PEOPLE.megan],
      categories: ['PMO'],
      isOnlineMeeting: true,
      recurrence: { pattern: 'weekly', interval: 1, daysOfWeek: ['monday'], until: '2025-04-28' }
    });
    await fixture(tenant, 'addException', { seriesId: series.id, originalStart: '2025-03-17T08:00:00Z', subject: 'PMO weekly (moved)', start: '2025-03-17T10:00:00Z', end: '2025-03-17T11:00:00Z' });
    await fixture(tenant, 'addException', { seriesId: series.id, originalStart: '2025-03-24T08:00:00Z', cancelled: true });
    for (const day of ['05', '12', '19']) {
      await fixture(tenant, 'addEvent', { calendar: { kind: 'user', ownerId: PEOPLE.pmo }, subject: `Review ${day}`, start: `2025-03-${day}T14:00:00Z`, end: `2025-03-${day}T15:00:00Z` });
    }
    group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0042 Alpha', mail: 'alpha@contoso.com', memberIds: [PEOPLE.pmo] });
    await fixture(tenant, 'addEvent', { calendar: { kind: 'group', ownerId: group }, subject: 'Alpha kick-off', start: '2025-03-06T10:00:00Z', end: '2025-03-06T11:00:00Z', attendeeIds: [PEOPLE.adele] });
  }, 60000);
  afterAll(async () => {
    await tenant.stop();
  });

  it('expands the series into occurrences, keeps its exception, drops its cancelled occurrence', async () => {
    const res = await graphClient(tenant).api('/me/calendarView').query(WINDOW).top(50).get();
    const events: Ev[] = res.value;
    // 9 Mondays - 1 cancelled + 3 reviews.
    expect(events).toHaveLength(11);
    const weekly = events.filter((e) => e.seriesMasterId === series.id);
    expect(weekly.map((e) => e.start.dateTime)).toEqual([
      '2025-03-03T08:00:00.0000000',
      '2025-03-10T08:00:00.0000000',
      '2025-03-17T10:00:00.0000000',
      // 09:00 in Paris is 07:00 UTC once summer time starts.
      '2025-03-31T07:00:00.0000000',
      '2025-04-07T07:00:00.0000000',
      '2025-04-14T07:00:00.0000000',
      '2025-04-21T07:00:00.0000000',
      '2025-04-28T07:00:00.0000000'
    ]);
    expect(weekly.map((e) => e.type)).toEqual(['occurrence', 'occurrence', 'exception', ...Array(5).fill('occurrence')]);
    expect(weekly[2].subject).toBe('PMO weekly (moved)');
    expect(new Set(weekly.map((e) => e.id)).size).toBe(8);
    expect(weekly[0]).toMatchObject({ isOrganizer: true, start: { timeZone: 'UTC' }, categories: ['PMO'], onlineMeeting: { joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\//) } });
    expect(res['@odata.context']).toBe(`${tenant.origin}/v1.0/$metadata#users('${PEOPLE.pmo}')/calendarView`);
  });

  it('pages 10 at a time by default and the nextLink can be followed by client.api and PageIterator', async () => {
    const client = graphClient(tenant);
    const first: PageCollection = await client.api('/me/calendarView').query(WINDOW).get();
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.origin}/v1\\.0/me/calendarView\\?.*\\$skip=10`));
    const second = await client.api(first['@odata.nextLink']!).get();
    expect(second.value).toHaveLength(1);
    expect(second['@odata.nextLink']).toBeUndefined();
    const ids: string[] = [];
    await new PageIterator(client, await client.api('/me/calendarView').query(WINDOW).top(4).get(), (e: Ev) => {
      ids.push(e.id);
      return true;
    }).iterate();
    expect(new Set(ids).size).toBe(11);
  });

  it('requires the time window and reads offsets, with no offset meaning UTC', async () => {
    const missing = await graphFailure(graphClient(tenant).api('/me/calendarView').query({ startDateTime: WINDOW.startDateTime }).get());
    expect(missing.statusCode).toBe(400);
    expect(missing.code).toBe('ErrorInvalidParameter');
    // 09:30+01:00 is 08:30Z: inside the 08:00–09:00Z occurrence of 10 March.
    const window = `startDateTime=${encodeURIComponent('2025-03-10T09:30:00+01:00')}&endDateTime=2025-03-10T08:45:00`;
    const hit = await graphClient(tenant).api(`/me/calendarView?${window}`).get();
    expect(hit.value.map((e: Ev) => e.start.dateTime)).toEqual(['2025-03-10T08:00:00.0000000']);
    // The client does not encode '+', so an unencoded offset arrives as a space and is refused, as by Graph.
    const raw = await graphFailure(graphClient(tenant).api('/me/calendarView').query({ startDateTime: '2025-03-10T09:30:00+01:00', endDateTime: '2025-03-11T00:00:00Z' }).get());
    expect(raw.statusCode).toBe(400);
    const touching = await graphClient(tenant).api('/me/calendarView').query({ startDateTime: '2025-03-10T07:00:00Z', endDateTime: '2025-03-10T08:00:00Z' }).get();
    expect(touching.value).toEqual([]);
  });

  it('answers in the zone of Prefer: outlook.timezone and says so in Preference-Applied', async () => {
    for (const zone of ['W. Europe Standard Time', 'Europe/Paris']) {
      const res = (await graphClient(tenant)
        .api('/me/calendarView')
        .query({ startDateTime: '2025-03-31T00:00:00Z', endDateTime: '2025-04-01T00:00:00Z' })
        .header('Prefer', `outlook.timezone="${zone}"`)
        .responseType(ResponseType.RAW)
        .get()) as Response;
      expect(res.headers.get('preference-applied')).toBe(`outlook.timezone="${zone}"`);
      const body = (await res.json()) as { value: Ev[] };
      expect(body.value[0].start).toEqual({ dateTime: '2025-03-31T09:00:00.0000000', timeZone: zone });
      expect(body.value[0].end).toEqual({ dateTime: '2025-03-31T10:00:00.0000000', timeZone: zone });
    }
    const utc = (await graphClient(tenant).api('/me/calendarView').query(WINDOW).header('Prefer', 'outlook.timezone="UTC"').responseType(ResponseType.RAW).get()) as Response;
    expect(utc.headers.get('preference-applied')).toBe('outlook.timezone="UTC"');
  });

  it('applies $select and $orderby=start/dateTime desc', async () => {
    const res = await graphClient(tenant).api('/me/calendarView').query(WINDOW).select('subject,start').orderby('start/dateTime desc').top(3).get();
    expect(res.value.map((e: Ev) => e.start.dateTime)).toEqual(['2025-04-28T07:00:00.0000000', '2025-04-21T07:00:00.0000000', '2025-04-14T07:00:00.0000000']);
    expect(Object.keys(res.value[0]).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    // Options the local tenant does not implement fail loudly instead of being ignored.
    const filtered = await graphFailure(graphClient(tenant).api('/me/calendarView').query(WINDOW).filter("subject eq 'x'").get());
    expect(filtered.statusCode).toBe(501);
    const expanded = await graphFailure(graphClient(tenant).api(`/me/events/${series.id}`).expand('attachments').get());
    expect(expanded.statusCode).toBe(501);
  });

  it('gives each attendee their own copy: another id, the same iCalUId, not the organizer', async () => {
    const megan = await graphClient(tenant, 'meganb@contoso.com').api('/me/calendarView').query({ startDateTime: '2025-03-10T00:00:00Z', endDateTime: '2025-03-11T00:00:00Z' }).get();
    const mine = await graphClient(tenant).api('/me/calendarView').query({ startDateTime: '2025-03-10T00:00:00Z', endDateTime: '2025-03-11T00:00:00Z' }).get();
    expect(megan.value).toHaveLength(1);
    expect(megan.value[0]).toMatchObject({ isOrganizer: false, seriesMasterId: series.copies[PEOPLE.megan], iCalUId: mine.value[0].iCalUId, organizer: { emailAddress: { address: 'pmo.manager@contoso.com' } } });
    expect(megan.value[0].id).not.toBe(mine.value[0].id);
  });

  it('reads and updates an event; the organizer’s change reaches the attendee and an occurrence becomes an exception', async () => {
    const client = graphClient(tenant);
    const before = await client.api(`/me/events/${series.id}`).get();
    expect(before).toMatchObject({ type: 'seriesMaster', recurrence: { pattern: { type: 'weekly', daysOfWeek: ['monday'] }, range: { type: 'endDate', endDate: '2025-04-28' } } });
    const after = await client.api(`/me/events/${series.id}`).patch({ subject: 'PMO weekly sync' });
    expect(after.subject).toBe('PMO weekly sync');
    expect(after.changeKey).not.toBe(before.changeKey);
    const copy = await graphClient(tenant, 'meganb@contoso.com').api(`/me/events/${series.copies[PEOPLE.megan]}`).get();
    expect(copy.subject).toBe('PMO weekly sync');
    const view = await client.api('/me/calendarView').query({ startDateTime: '2025-04-07T00:00:00Z', endDateTime: '2025-04-08T00:00:00Z' }).get();
    const occ = await client.api(`/me/events/${view.value[0].id}`).patch({ subject: 'PMO weekly (room change)', location: { displayName: 'Room 4' } });
    expect(occ).toMatchObject({ id: view.value[0].id, type: 'exception', seriesMasterId: series.id, location: { displayName: 'Room 4' } });
    const stale = await graphFailure(client.api(`/me/events/${series.id}`).header('If-Match', before['@odata.etag']).patch({ subject: 'x' }));
    expect(stale.statusCode).toBe(412);
    const unknown = await graphFailure(client.api(`/me/events/${series.id}`).patch({ colour: 'red' }));
    expect(unknown.statusCode).toBe(400);
  });

  it('serves the group calendar, where the group itself organizes', async () => {
    const res = await graphClient(tenant).api(`/groups/${group}/calendarView`).query(WINDOW).get();
    expect(res.value).toHaveLength(1);
    expect(res.value[0]).toMatchObject({ subject: 'Alpha kick-off', isOrganizer: true, organizer: { emailAddress: { address: 'alpha@contoso.com', name: 'PRJ-0042 Alpha' } } });
    const one = await graphClient(tenant).api(`/groups/${group}/events/${res.value[0].id}`).get();
    expect(one.iCalUId).toBe(res.value[0].iCalUId);
    const notHere = await graphFailure(graphClient(tenant).api(`/me/events/${res.value[0].id}`).get());
    expect(notHere.statusCode).toBe(404);
  });
});
