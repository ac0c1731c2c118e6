/**
 * Consent simulation (PMO_DENY_SCOPES, POST /__pmo/consent): the tenant answers as Graph does when the
 * app lacks a delegated scope, per workload, on the real Graph client; everything else keeps working.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

const WINDOW = 'startDateTime=2025-01-01T00:00:00Z&endDateTime=2025-12-31T00:00:00Z';

describe('Graph consent simulation', () => {
  let tenant: RunningTenant;
  let group: string;
  let plan: string;
  let atStart: unknown;

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none', env: { PMO_DENY_SCOPES: 'calendars.readwrite, Mail.Send' } });
    atStart = await tenant.control('GET', 'consent');
    group = await fixture(tenant, 'addGroup', { displayName: 'Consent', mail: 'consent@contoso.com', memberIds: [PEOPLE.pmo], ownerIds: [PEOPLE.pmo] });
    plan = await fixture(tenant, 'addPlan', { groupId: group, title: 'Consent plan' });
  }, 60000);
  afterAll(async () => {
    await tenant.stop();
  });
  const setDenied = (deny: string[]) => tenant.control('POST', 'consent', { deny });

  it('starts with the scopes PMO_DENY_SCOPES names denied (any case, comma or space separated)', () => {
    expect(atStart).toEqual({ deny: ['Calendars.ReadWrite', 'Mail.Send'] });
  });

  it('without Calendars.ReadWrite: calendars 403 ErrorAccessDenied, the rest works', async () => {
    await setDenied(['Calendars.ReadWrite']);
    const client = graphClient(tenant);
    const denied = await graphFailure(client.api(`/me/calendarView?${WINDOW}`).get());
    expect(denied).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' });
    expect((await graphFailure(client.api('/me/events').post({ subject: 'x', start: { dateTime: '2025-03-01T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-01T10:00:00', timeZone: 'UTC' } }))).statusCode).toBe(403);
    // Group calendars need Group.Read.All, which the app still holds.
    expect((await client.api(`/groups/${group}/calendarView?${WINDOW}`).get()).value).toEqual([]);
    expect((await client.api('/users').select('id').top(1).get()).value).toHaveLength(1);
    expect((await client.api(`/planner/plans/${plan}/tasks`).get()).value).toEqual([]);
  });

  it('POST /__pmo/consent replaces the denied set; each workload answers with its own error body', async () => {
    expect(await setDenied(['Tasks.ReadWrite', 'Group.Read.All'])).toEqual({ deny: ['Group.Read.All', 'Tasks.ReadWrite'] });
    const client = graphClient(tenant);
    expect(await graphFailure(client.api(`/planner/plans/${plan}/tasks`).get())).toMatchObject({ statusCode: 403, message: 'You do not have the required permissions to access this item.' });
    expect(await graphFailure(client.api('/groups').get())).toMatchObject({ statusCode: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    const channels = await graphFailure(client.api(`/teams/${group}/channels`).get());
    expect(channels).toMatchObject({ statusCode: 403, code: 'Forbidden' });
    expect(channels.message).toContain('Missing scope permissions on the request');
    // Calendars are back; users never needed these scopes.
    expect((await client.api(`/me/calendarView?${WINDOW}`).get()).value).toEqual([]);
    expect((await client.api('/me').get()).id).toBe(PEOPLE.pmo);
  });

  it('checks the requests inside $batch one by one', async () => {
    await setDenied(['Mail.Send']);
    const batch = await graphClient(tenant).api('/$batch').post({
      requests: [
        { id: '1', method: 'POST', url: '/me/sendMail', headers: { 'Content-Type': 'application/json' }, body: { message: { subject: 's', toRecipients: [{ emailAddress: { address: 'megan@contoso.com' } }] } } },
        { id: '2', method: 'GET', url: '/me' }
      ]
    });
    const byId = Object.fromEntries((batch.responses as { id: string; status: number; body: { error?: { code: string } } }[]).map((r) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 403, body: { error: { code: 'ErrorAccessDenied' } } });
    expect(byId['2'].status).toBe(200);
    expect(await tenant.control('GET', 'outbox')).toEqual([]);
  });

  it('with nothing denied every route answers as before', async () => {
    expect(await setDenied([])).toEqual({ deny: [] });
    const client = graphClient(tenant);
    expect((await client.api('/groups').get()).value.length).toBeGreaterThan(0);
    expect((await client.api(`/me/calendarView?${WINDOW}`).get()).value).toEqual([]);
    expect(await tenant.control('GET', 'consent')).toEqual({ deny: [] });
  });
});
