import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { digestOf, spOf } from './spHelpers';

/**
 * A write the client saw acknowledged must survive a crash: SIGKILL the tenant's process group in
 * the middle of a stream of single writes and $batch writes, restart on the same data folder, and
 * find every acknowledged item in an intact database.
 */
describe('durability of acknowledged SharePoint writes across a crash', () => {
  let tenant: RunningTenant | undefined;
  let restarted: RunningTenant | undefined;
  afterAll(async () => {
    await tenant?.kill();
    await restarted?.stop();
  });

  it('keeps every acknowledged item after SIGKILL mid-stream, and the store passes integrity_check', async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    const sp = spOf(tenant);
    const { list } = await sp.web.lists.ensure('Durable');
    await list.fields.addNumber('Seq', { Indexed: true });
    const digest = await digestOf(tenant);
    const itemsUrl = `${tenant.siteUrl}/_api/web/lists/getByTitle('Durable')/items`;

    const acked = new Set<number>();
    let next = 0;
    let stop = false;
    const single = async (): Promise<void> => {
      while (!stop) {
        const seq = next++;
        try {
          const res = await fetch(itemsUrl, {
            method: 'POST',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest },
            body: JSON.stringify({ Title: `single ${seq}`, Seq: seq })
          });
          if (res.status === 201) acked.add(seq);
        } catch {
          return; // connection died with the server
        }
      }
    };
    const batches = async (): Promise<void> => {
      while (!stop) {
        const [batched, execute] = sp.batched();
        const seqs = Array.from({ length: 20 }, () => next++);
        const adds = seqs.map((seq) => batched.web.lists.getByTitle('Durable').items.add({ Title: `batched ${seq}`, Seq: seq }));
        try {
          await execute();
        } catch {
          return;
        }
        const results = await Promise.allSettled(adds);
        results.forEach((r, i) => r.status === 'fulfilled' && acked.add(seqs[i]));
      }
    };
    const writers = [single(), single(), single(), batches()];
    // Kill once a good number of writes is acknowledged, while more are in flight.
    while (acked.size < 400) await new Promise((r) => setTimeout(r, 5));
    const dataDir = tenant.dataDir;
    await tenant.kill();
    stop = true;
    await Promise.all(writers);
    tenant = undefined;
    expect(acked.size).toBeGreaterThanOrEqual(400);

    restarted = await startLocalTenant({ seed: 'none', dataDir });
    const stored = new Set<number>();
    for await (const page of spOf(restarted).web.lists.getByTitle('Durable').items.select('Seq').top(5000)) {
      for (const item of page as { Seq: number }[]) stored.add(item.Seq);
    }
    console.log(`durability: ${next} writes started, ${acked.size} acknowledged, ${stored.size} stored after the kill`);
    const lost = [...acked].filter((s) => !stored.has(s));
    expect(lost).toEqual([]);
    expect(await restarted.control('GET', 'integrity')).toEqual({ result: 'ok' });
  }, 120_000);
});
