import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import type { SPFI } from '@pnp/sp';
import { digestOf, errorOf, logSince, spOf } from './spHelpers';

describe('SharePoint $batch and recovery through PnPjs', () => {
  let tenant: RunningTenant;
  let sp: SPFI;
  const list = () => sp.web.lists.getByTitle('Batch Test');

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    sp = spOf(tenant);
    const { list: l } = await sp.web.lists.ensure('Batch Test');
    await l.fields.addNumber('Score');
    await l.items.add({ Title: 'existing', Score: 1 });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('runs a changeset (add + update) and a GET in one $batch, answering each in order', async () => {
    const before = (await logSince(tenant)).pop()?.seq ?? 0;
    const [batched, execute] = sp.batched();
    const bl = batched.web.lists.getByTitle('Batch Test');
    const added = bl.items.add({ Title: 'b1', Score: 2 });
    const updated = bl.items.getById(1).update({ Title: 'b2' });
    const read = bl.items.select('Id', 'Title').orderBy('Id')();
    await execute();
    expect(await added).toMatchObject({ Id: 2, Title: 'b1', Score: 2 });
    expect((await updated).etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    // The GET ran after the changeset, so it sees both writes.
    expect((await read).map((i) => i.Title)).toEqual(['b2', 'b1']);
    const log = await logSince(tenant, before);
    expect(log.filter((e) => !e.inner).map((e) => `${e.method} ${e.path.split('?')[0]}`)).toEqual(['POST /sites/pmo/_api/$batch']);
    expect(log.filter((e) => e.inner).map((e) => `${e.method} ${e.status}`)).toEqual(['POST 201', 'MERGE 204', 'GET 200']);
  });

  it('is not transactional: a failing operation rejects only its own promise', async () => {
    const [batched, execute] = sp.batched();
    const bl = batched.web.lists.getByTitle('Batch Test');
    const good = bl.items.add({ Title: 'kept' });
    const bad = bl.items.add({ Title: 'refused', Colour: 'red' });
    const stale = bl.items.getById(1).update({ Title: 'stale' }, '"1"');
    await execute();
    expect((await good).Title).toBe('kept');
    expect((await errorOf(bad)).status).toBe(400);
    expect((await errorOf(stale)).status).toBe(412);
    expect((await list().items.filter("Title eq 'kept'")()).length).toBe(1);
    expect((await list().items.filter("Title eq 'refused'")()).length).toBe(0);
  });

  it('answers with flat batchresponse parts, a blank line after each status block and a closing boundary plus newline', async () => {
    const digest = await digestOf(tenant);
    const url = `${tenant.siteUrl}/_api/web/lists/getByTitle('Batch%20Test')/items`;
    const body = [
      '--batch_x',
      'Content-Type: multipart/mixed; boundary="changeset_y"',
      '',
      '--changeset_y',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `MERGE ${url}(1) HTTP/1.1`,
      'content-type: application/json;charset=utf-8',
      'if-match: *',
      '',
      '{"Score":5}',
      '',
      '--changeset_y--',
      '',
      '--batch_x',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${url}(1)?%24select=Score HTTP/1.1`,
      'accept: application/json',
      '',
      '--batch_x--',
      ''
    ].join('\n');
    const res = await fetch(`${tenant.siteUrl}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': digest }, body });
    const text = await res.text();
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(res.headers.get('content-type') ?? '')![1];
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(text).not.toContain('changesetresponse');
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/\r\n\r\nHTTP\/1\.1 204 No Content\r\nETAG: "[0-9a-f-]{36},\d+"\r\n\r\n$/);
    expect(parts[1]).toMatch(/HTTP\/1\.1 200 OK\r\n.*\r\n\r\n\{.*"Score":5.*\}\r\n$/s);
  });

  it('splits more than 20 requests into several $batch calls, as PnPjs chunks them', async () => {
    const before = (await logSince(tenant)).pop()?.seq ?? 0;
    const [batched, execute] = sp.batched();
    const adds = Array.from({ length: 45 }, (_, i) => batched.web.lists.getByTitle('Batch Test').items.add({ Title: `chunk ${i}` }));
    await execute();
    const ids = (await Promise.all(adds)).map((a) => (a as { Id: number }).Id);
    expect(new Set(ids).size).toBe(45);
    const outer = (await logSince(tenant, before)).filter((e) => !e.inner);
    expect(outer.filter((e) => e.path.endsWith('$batch'))).toHaveLength(3);
  });

  it('recovers from two 429s with Retry-After: 0 (PnPjs tries 3 times) and gives up after three', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /sites/pmo/_api/web/lists', status: 429, retryAfter: 0, times: 2 }] });
    const before = (await logSince(tenant)).pop()?.seq ?? 0;
    const items = await list().items.select('Id').top(1)();
    expect(items).toHaveLength(1);
    const statuses = (await logSince(tenant, before)).map((e) => e.status);
    expect(statuses).toEqual([429, 429, 200]);

    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /sites/pmo/_api/web/lists', status: 429, retryAfter: 0, times: 3 }] });
    const e = await errorOf(list().items.top(1)());
    expect(e.status).toBe(429);
    await tenant.control('POST', 'faults', { rules: [] });
  });

  it('requires a digest on writes; PnPjs fetched one from contextinfo before its first write', async () => {
    const posts = (await logSince(tenant)).filter((e) => e.method === 'POST' && !e.inner);
    expect(posts[0].path).toBe('/sites/pmo/_api/contextinfo');
    const denied = await fetch(`${tenant.siteUrl}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x' }, body: '--batch_x--\n' });
    expect(denied.status).toBe(403);
  });
});
