import { ResponseType } from '@microsoft/microsoft-graph-client';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

interface Ev {
  id: string;
  subject: string;
  type: string;
  iCalUId: string;
  isCancelled: boolean;
  isOrganizer: boolean;
  seriesMasterId: string | null;
  start: { dateTime: string; timeZone: string };
  body: { contentType: string; content: string };
}

const day = (d: string) => ({ startDateTime: `${d}T00:00:00Z`, endDateTime: `${d}T23:59:59Z` });

describe('Graph events: creating, series through Graph, deleting', () => {
  let tenant: RunningTenant;
  let group: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0050 Gamma', mail: 'gamma@contoso.com', memberIds: [PEOPLE.pmo] });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('creates a meeting in the zone given, and the attendee finds their own copy', async () => {
    const created: Ev = await graphClient(tenant, 'meganb@contoso.com').api('/me/events').post({
      subject: 'Design workshop [PRJ-0050]',
      body: { contentType: 'HTML', content: '<p>Agenda: <b>scope</b></p>' },
      start: { dateTime: '2025-07-01T14:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2025-07-01T15:00:00', timeZone: 'Pacific Standard Time' },
      attendees: [{ emailAddress: { address: 'pmo.manager@contoso.com' }, type: 'required' }],
      isOnlineMeeting: true
    });
    // 14:00 in Los Angeles in July (UTC-7) is 21:00 UTC.
    expect(created).toMatchObject({ type: 'singleInstance', isOrganizer: true, start: { dateTime: '2025-07-01T21:00:00.0000000', timeZone: 'UTC' }, originalStartTimeZone: 'Pacific Standard Time' });
    const mine = await graphClient(tenant).api('/me/calendarView').query(day('2025-07-01')).header('Prefer', 'outlook.body-content-type="text"').get();
    expect(mine.value).toHaveLength(1);
    expect(mine.value[0]).toMatchObject({ iCalUId: created.iCalUId, isOrganizer: false, body: { contentType: 'text', content: 'Agenda: scope' } });
    expect(mine.value[0].id).not.toBe(created.id);
  });

  it('refuses unknown zones and recurrence patterns it cannot expand', async () => {
    const zone = await graphFailure(graphClient(tenant).api('/me/events').post({ subject: 'x', start: { dateTime: '2025-07-01T09:00:00', timeZone: 'Mars/Olympus' }, end: { dateTime: '2025-07-01T10:00:00', timeZone: 'UTC' } }));
    expect(zone.statusCode).toBe(400);
    const monthly = await graphFailure(
      graphClient(tenant).api('/me/events').post({
        subject: 'Monthly',
        start: { dateTime: '2025-07-01T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2025-07-01T10:00:00', timeZone: 'UTC' },
        recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 1 }, range: { type: 'noEnd', startDate: '2025-07-01' } }
      })
    );
    expect(monthly.statusCode).toBe(501);
    const reminder = await graphFailure(graphClient(tenant).api('/me/events').post({ subject: 'x', isReminderOn: false, start: { dateTime: '2025-07-01T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-07-01T10:00:00', timeZone: 'UTC' } }));
    expect(reminder.statusCode).toBe(501);
  });

  it('creates a numbered daily series on a group calendar; instances lists exactly its occurrences', async () => {
    const client = graphClient(tenant);
    const series: Ev = await client.api(`/groups/${group}/events`).post({
      subject: 'Cutover stand-up',
      start: { dateTime: '2025-08-04T08:30:00', timeZone: 'UTC' },
      end: { dateTime: '2025-08-04T08:45:00', timeZone: 'UTC' },
      recurrence: { pattern: { type: 'daily', interval: 2 }, range: { type: 'numbered', startDate: '2025-08-04', numberOfOccurrences: 4 } }
    });
    expect(series.type).toBe('seriesMaster');
    const inst = await client.api(`/groups/${group}/events/${series.id}/instances`).query({ startDateTime: '2025-08-01T00:00:00Z', endDateTime: '2025-09-01T00:00:00Z' }).get();
    expect(inst.value.map((e: Ev) => e.start.dateTime)).toEqual(['2025-08-04', '2025-08-06', '2025-08-08', '2025-08-10'].map((d) => `${d}T08:30:00.0000000`));
    expect(inst.value.every((e: Ev) => e.seriesMasterId === series.id && e.type === 'occurrence')).toBe(true);
    const listed = await client.api(`/groups/${group}/events`).get();
    expect(listed.value.map((e: Ev) => e.id)).toEqual([series.id]);
  });

  it('deleting an occurrence removes just that one; deleting a meeting cancels the attendees’ copies', async () => {
    const client = graphClient(tenant);
    const weekly: Ev = await client.api('/me/events').post({
      subject: 'Weekly',
      start: { dateTime: '2025-09-01T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2025-09-01T11:00:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: 'adelev@contoso.com' } }],
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'endDate', startDate: '2025-09-01', endDate: '2025-09-29' } }
    });
    const window = { startDateTime: '2025-09-01T00:00:00Z', endDateTime: '2025-10-01T00:00:00Z' };
    const before = await client.api('/me/calendarView').query(window).get();
    expect(before.value).toHaveLength(5);
    const res = (await client.api(`/me/events/${before.value[1].id}`).responseType(ResponseType.RAW).delete()) as Response;
    expect(res.status).toBe(204);
    const after = await client.api('/me/calendarView').query(window).get();
    expect(after.value.map((e: Ev) => e.start.dateTime.slice(0, 10))).toEqual(['2025-09-01', '2025-09-15', '2025-09-22', '2025-09-29']);
    expect((await graphFailure(client.api(`/me/events/${before.value[1].id}`).get())).statusCode).toBe(404);

    const adele = graphClient(tenant, 'adelev@contoso.com');
    expect((await adele.api('/me/calendarView').query(window).get()).value).toHaveLength(4);
    await client.api(`/me/events/${weekly.id}`).delete();
    expect((await client.api('/me/calendarView').query(window).get()).value).toEqual([]);
    const copies = await adele.api('/me/calendarView').query(window).get();
    expect(copies.value.length).toBeGreaterThan(0);
    expect(copies.value.every((e: Ev) => e.isCancelled)).toBe(true);
  });
});
