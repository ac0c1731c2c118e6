import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';

describe('local tenant process', () => {
  let tenant: RunningTenant;
  beforeAll(async () => {
    tenant = await startLocalTenant();
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('answers an unknown route with 501 naming the route, in Graph and SharePoint shapes', async () => {
    const g = await fetch(`${tenant.origin}/v1.0/nothing/here`);
    expect(g.status).toBe(501);
    expect(((await g.json()) as { error: { message: string } }).error.message).toContain('GET /v1.0/nothing/here');
    const s = await fetch(`${tenant.siteUrl}/_api/web/nothing`, { headers: { Accept: 'application/json' } });
    expect(s.status).toBe(501);
    expect(JSON.stringify(await s.json())).toContain('odata.error');
  });

  it('injects a fault with Retry-After through the control endpoint, then recovers', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /v1\\.0/nothing', status: 429, retryAfter: 2, times: 1 }] });
    const first = await fetch(`${tenant.origin}/v1.0/nothing`);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    const second = await fetch(`${tenant.origin}/v1.0/nothing`);
    expect(second.status).toBe(501);
    await tenant.control('POST', 'faults', { rules: [] });
    const log = await tenant.control<{ path: string; status: number }[]>('GET', 'log');
    expect(log.filter((e) => e.path === '/v1.0/nothing').map((e) => e.status)).toEqual([429, 501]);
  });
});
