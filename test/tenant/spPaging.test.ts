import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import type { SPFI } from '@pnp/sp';
import { errorOf, raw, spOf } from './spHelpers';

const TOTAL = 10_000;
const STATUSES = ['Open', 'In progress', 'Done', 'Cancelled'];
const expectedAmount = (i: number) => (i * 7919) % 1000;

describe('SharePoint paging over a list larger than the 5,000-item threshold', () => {
  let tenant: RunningTenant;
  let sp: SPFI;
  const big = () => sp.web.lists.getByTitle('PMO Actions');

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    sp = spOf(tenant);
    const { list } = await sp.web.lists.ensure('PMO Actions');
    await list.fields.addChoice('Status', { Choices: STATUSES, Indexed: true });
    await list.fields.addNumber('Amount');
    await list.fields.addText('Category');
    // Through real HTTP: PnPjs batches of 20 adds per $batch, as the data layer would write them.
    const [batched, execute] = sp.batched();
    const added: Promise<unknown>[] = [];
    for (let i = 1; i <= TOTAL; i++) {
      // A fresh queryable per call: a PnPjs instance can join a batch only once.
      added.push(batched.web.lists.getByTitle('PMO Actions').items.add({ Title: `Action ${i}`, Status: STATUSES[i % 4], Amount: expectedAmount(i), Category: i % 10 === 0 ? 'Ten' : 'Other' }));
    }
    const t = Date.now();
    await execute();
    await Promise.all(added);
    console.log(`sp-paging: ${TOTAL} items added through ${TOTAL / 20} $batch requests in ${Date.now() - t} ms`);
  }, 300_000);
  afterAll(async () => {
    await tenant.stop();
  });

  it('pages with for await over top(5000), following absolute nextLinks to the end', async () => {
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const page of big().items.select('Id').top(5000)) {
      sizes.push(page.length);
      ids.push(...page.map((i: { Id: number }) => i.Id));
    }
    expect(sizes).toEqual([5000, 5000]);
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
  });

  it('emits nextLink with every query option plus $skiptoken=Paged=TRUE&p_ID=n, and honours the plain p_ID form', async () => {
    const res = await raw(tenant, 'GET', "web/lists/getByTitle('PMO%20Actions')/items?%24select=Id%2CTitle&%24filter=Status+eq+%27Open%27&%24top=2");
    const body = res.json as { value: { Id: number }[]; 'odata.nextLink': string };
    expect(body.value.map((i) => i.Id)).toEqual([4, 8]);
    const next = new URL(body['odata.nextLink']);
    expect(next.origin).toBe(tenant.origin);
    expect(Object.fromEntries(next.searchParams)).toEqual({ $select: 'Id,Title', $filter: "Status eq 'Open'", $top: '2', $skiptoken: 'Paged=TRUE&p_ID=8' });
    const skipped = await big().items.select('Id').skip(9990).top(5)();
    expect(skipped.map((i) => i.Id)).toEqual([9991, 9992, 9993, 9994, 9995]);
    const ignoredSkip = await raw(tenant, 'GET', "web/lists/getByTitle('PMO%20Actions')/items?%24select=Id&%24skip=50&%24top=1");
    expect((ignoredSkip.json as { value: { Id: number }[] }).value[0].Id).toBe(1);
    expect(await big().items.select('Id')()).toHaveLength(100);
  });

  it('pages an $orderby query with its own token without losing or repeating rows', async () => {
    const seen: { Id: number; Amount: number }[] = [];
    for await (const page of big().items.select('Id', 'Amount').filter("Status eq 'Done'").orderBy('Amount', false).top(700)) seen.push(...page);
    const expected = Array.from({ length: TOTAL }, (_, i) => i + 1)
      .filter((i) => STATUSES[i % 4] === 'Done')
      .map((i) => ({ Id: i, Amount: expectedAmount(i) }))
      .sort((a, b) => b.Amount - a.Amount || a.Id - b.Id);
    expect(seen.map((r) => r.Id)).toEqual(expected.map((r) => r.Id));
  });

  it('throttles queries an index does not serve on a list over 5,000 items, as SharePoint does', async () => {
    const e = await errorOf(big().items.filter("Category eq 'Ten'")());
    expect(e).toMatchObject({ status: 500, code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' });
    expect((await errorOf(big().items.orderBy('Amount')())).status).toBe(500);
    // Indexed first, anything after: SharePoint narrows by the index, then evaluates the rest.
    expect(await big().items.select('Id').filter("Status eq 'Open' and Category eq 'Ten'").top(3)()).toEqual([
      expect.objectContaining({ Id: 20 }), expect.objectContaining({ Id: 40 }), expect.objectContaining({ Id: 60 })
    ]);
  });
});
