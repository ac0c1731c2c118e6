/**
 * Throttling drill: 30 % of SharePoint and Graph requests are answered 429 or 503 with Retry-After
 * (the local tenant's fault rules). Every journey must complete as it would without faults, the
 * tenant's request log must show each write made exactly once, and the store must hold what the
 * page acknowledged.
 */
import { DRILL_TIMEOUT, SERVICE_REQUESTS, closeDrillSession, countJourney, openDrillSession, recordDrill, unretriedWrites, writesBySpec, type DrillSession, type JourneyFigures } from './harness';
import { journeysInOrder } from './journeys';
import { logMark, requestLog } from './tenantRecords';

jest.setTimeout(DRILL_TIMEOUT);

const RETRY_AFTER_S = 1;
/** Two rules, 15 % each of what reaches them: about 30 % of service requests faulted in all. */
const FAULTS = {
  latencyMs: 0,
  rules: [
    { match: SERVICE_REQUESTS, status: 429, retryAfter: RETRY_AFTER_S, rate: 0.15 },
    { match: SERVICE_REQUESTS, status: 503, retryAfter: RETRY_AFTER_S, rate: 0.18 }
  ]
};

describe('fault drill: 30 % throttling (429/503 with Retry-After)', () => {
  let s: DrillSession;
  const figures: JourneyFigures[] = [];

  beforeAll(async () => {
    s = await openDrillSession();
    await s.tenant.control('POST', 'faults', FAULTS);
  });
  afterAll(async () => {
    if (figures.length) {
      recordDrill('throttling', {
        title: 'Throttling: 30 % of requests answered 429 or 503',
        description: `Two fault rules answer about 30 % of SharePoint and Graph requests with 429 or 503 and Retry-After: ${RETRY_AFTER_S}; every journey runs to the end.`,
        settings: FAULTS,
        journeys: figures
      }, { ran: figures.length, of: journeysInOrder().length });
    }
    await closeDrillSession(s);
  });

  it.each(journeysInOrder().map((j) => [j.name, j] as const))('%s completes, each write made once', async (_name, journey) => {
    const ctx = s.ctx(`T${Date.now().toString(36)}`);
    const mark = await logMark(s.tenant);
    const row: JourneyFigures = { name: journey.name, completed: false, requests: 0, faults: 0, retries: 0, writes: 0, expectedWrites: 0, duplicates: 0, acknowledged: 0, stored: 0 };
    try {
      await journey.prepare(ctx);
      await journey.submit(ctx);
      await journey.acknowledged(ctx);
      row.completed = true;
      const entries = await requestLog(s.tenant, mark);
      Object.assign(row, countJourney(entries, journey, ctx));
      row.acknowledged = row.expectedWrites;
      await journey.check?.(ctx);
      row.stored = row.expectedWrites;
      expect(writesBySpec(entries, journey, ctx)).toEqual(Object.fromEntries(journey.writes.map((w) => [w.label, w.count])));
      // Every throttled write was sent again until it went through (a lost write otherwise). Reads are
      // counted, not asserted: a throttled background read the page no longer needs is rightly dropped.
      expect(unretriedWrites(entries)).toEqual([]);
    } catch (e) {
      row.error = (e as Error).message.split('\n')[0];
      throw e;
    } finally {
      figures.push(row);
    }
  });
});
