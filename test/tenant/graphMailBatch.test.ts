import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, lastSeq, logSince, PEOPLE } from './graphSupport';

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { value?: unknown[]; id?: string; error?: { code: string; message: string } } & Record<string, unknown>;
}

describe('Graph sendMail, JSON $batch and retries', () => {
  let tenant: RunningTenant;
  let plan: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    const group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0042 Alpha', mail: 'alpha@contoso.com', memberIds: [PEOPLE.pmo] });
    plan = await fixture(tenant, 'addPlan', { groupId: group, title: 'Alpha plan' });
  });
  afterEach(async () => {
    await tenant.control('POST', 'faults', { rules: [] });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('accepts sendMail with 202 and keeps the message in the outbox', async () => {
    await tenant.control('DELETE', 'outbox');
    await graphClient(tenant).api('/me/sendMail').post({
      message: {
        subject: 'Minutes: Steering committee',
        body: { contentType: 'HTML', content: '<p>Attached</p>' },
        toRecipients: [{ emailAddress: { address: 'meganb@contoso.com' } }],
        ccRecipients: [{ emailAddress: { address: 'adelev@contoso.com' } }],
        attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'Minutes.docx', contentType: 'application/octet-stream', contentBytes: Buffer.from('minutes').toString('base64') }]
      },
      saveToSentItems: true
    });
    const outbox = await tenant.control<{ from: { address: string }; subject: string; to: string[]; cc: string[]; attachments: { name: string; size: number }[] }[]>('GET', 'outbox');
    expect(outbox).toEqual([expect.objectContaining({ from: expect.objectContaining({ address: 'pmo.manager@contoso.com' }), subject: 'Minutes: Steering committee', to: ['meganb@contoso.com'], cc: ['adelev@contoso.com'], attachments: [{ name: 'Minutes.docx', contentType: 'application/octet-stream', size: 7 }] })]);
    const noRecipient = await graphFailure(graphClient(tenant).api('/me/sendMail').post({ message: { subject: 'x' } }));
    expect(noRecipient.statusCode).toBe(400);
    await tenant.control('DELETE', 'outbox');
    expect(await tenant.control('GET', 'outbox')).toEqual([]);
  });

  it('runs a hand-built batch with dependsOn, per-item Content-Type, and 424 after a failed dependency', async () => {
    const res = await graphClient(tenant).api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/me?$select=id,displayName' },
        { id: '2', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { planId: plan, title: 'From batch' }, dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/planner/tasks/doesnotexist0000000000000000' },
        { id: '4', method: 'GET', url: `/planner/plans/${plan}/tasks`, dependsOn: ['3'] },
        { id: '5', method: 'GET', url: '/v1.0/me' }
      ]
    });
    const byId = Object.fromEntries((res.responses as BatchResponse[]).map((r) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 200, body: { id: PEOPLE.pmo, displayName: 'Patricia Moreau' } });
    expect(byId['1'].headers['Content-Type']).toMatch(/^application\/json/);
    expect(byId['2']).toMatchObject({ status: 201, body: { title: 'From batch', '@odata.etag': expect.stringMatching(/^W\//) } });
    expect(byId['3'].status).toBe(404);
    expect(byId['4'].status).toBe(424);
    // Inner URLs are relative to the version root; the SDK 3.0.x helper's '/v1.0/...' fails as on Graph.
    expect(byId['5']).toMatchObject({ status: 400, body: { error: { message: "Resource not found for the segment 'v1.0'." } } });
    const tasks = await graphClient(tenant).api(`/planner/plans/${plan}/tasks`).get();
    expect(tasks.value.map((t: { title: string }) => t.title)).toContain('From batch');
  });

  it('refuses a batch of more than 20 requests and duplicate ids', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const tooMany = await graphFailure(graphClient(tenant).api('/$batch').post({ requests }));
    expect(tooMany.statusCode).toBe(400);
    const ok = await graphClient(tenant).api('/$batch').post({ requests: requests.slice(0, 20) });
    expect(ok.responses).toHaveLength(20);
    const dup = await graphFailure(graphClient(tenant).api('/$batch').post({ requests: [requests[0], requests[0]] }));
    expect(dup.statusCode).toBe(400);
  });

  it('throttles one inner item with 429 + Retry-After inside a 200 envelope, and logs inner requests', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /v1\\.0/planner/plans/[^/]+/buckets', status: 429, retryAfter: 7, times: 1 }] });
    const seq = await lastSeq(tenant);
    const res = await graphClient(tenant).api('/$batch').post({
      requests: [
        { id: 'a', method: 'GET', url: `/planner/plans/${plan}/buckets` },
        { id: 'b', method: 'GET', url: `/planner/plans/${plan}` }
      ]
    });
    const byId = Object.fromEntries((res.responses as BatchResponse[]).map((r) => [r.id, r]));
    expect(byId.a.status).toBe(429);
    expect(byId.a.headers['Retry-After']).toBe('7');
    expect(byId.b.status).toBe(200);
    const log = await logSince(tenant, seq);
    expect(log.filter((e) => e.inner).map((e) => [e.path, e.status])).toEqual([
      [`/v1.0/planner/plans/${plan}/buckets`, 429],
      [`/v1.0/planner/plans/${plan}`, 200]
    ]);
    expect(log.filter((e) => !e.inner).map((e) => [e.method, e.path, e.status])).toEqual([['POST', '/v1.0/$batch', 200]]);
  });

  it('lets the Graph RetryHandler recover from three 429s: four attempts in the log', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /v1\\.0/me$', status: 429, retryAfter: 0, times: 3 }] });
    const seq = await lastSeq(tenant);
    const me = await graphClient(tenant).api('/me').get();
    expect(me.id).toBe(PEOPLE.pmo);
    const attempts = (await logSince(tenant, seq)).filter((e) => e.path === '/v1.0/me');
    expect(attempts.map((e) => e.status)).toEqual([429, 429, 429, 200]);
  });
});
