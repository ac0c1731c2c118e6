/**
 * Restart drill: the local tenant is killed (SIGKILL, as a crash) in the middle of each journey and
 * started again on the same data folder and port. Either it is down when the person presses the
 * button, or it dies while the journey's request is in flight (held by a latency rule, before the
 * tenant acts on it). The page must say so with a localized message, never a stack trace or the
 * error boundary; after the restart the person tries again and the journey completes with each
 * write made once; and every write acknowledged before any restart is still stored.
 */
import * as path from 'path';
import * as strings from 'PmoHubStrings';
import type { LogEntry } from '../../local/src/log';
import { DRILL_TIMEOUT, closeDrillSession, stackTraceIn, countJourney, openDrillSession, recordDrill, writesBySpec, type DrillSession, type JourneyFigures } from './harness';
import { journeysInOrder, type Journey, type JourneyContext } from './journeys';
import { logMark, requestLog } from './tenantRecords';
import { SHOTS_DIR } from './firstSecond';

jest.setTimeout(DRILL_TIMEOUT);

type Mode = 'down before submit' | 'killed in flight';
/** The journeys this drill breaks; each alternates between the two ways of dying. */
const JOURNEYS = journeysInOrder().filter((j) => j.restartable !== false);
const mode = (j: Journey): Mode => (JOURNEYS.indexOf(j) % 2 === 0 ? 'down before submit' : 'killed in flight');
/** Long enough to kill the tenant while it holds the request, before it does anything with it. */
const HOLD_MS = 5000;

describe('fault drill: the tenant killed and restarted in the middle of a journey', () => {
  let s: DrillSession;
  const figures: JourneyFigures[] = [];
  const extra = { restarts: 0, 'messages shown': 0, 'stack traces shown': 0, 'acknowledged writes re-read after restarts': 0 };
  /** Journeys that completed, with their contexts: what they stored is read again after every restart. */
  const done: { journey: Journey; ctx: JourneyContext }[] = [];

  beforeAll(async () => {
    s = await openDrillSession();
  });
  // Each journey starts on a running tenant without fault rules, whatever the one before left.
  beforeEach(async () => {
    if (s.tenant.child.exitCode !== null || s.tenant.child.signalCode !== null) await s.tenant.restart();
    await s.tenant.control('POST', 'faults', { latencyMs: 0, rules: [] });
  });
  afterAll(async () => {
    if (figures.length) {
      recordDrill('restart', {
        title: 'Restart: the tenant killed in the middle of a journey',
        description:
          'The tenant is killed (SIGKILL) either just before the journey\'s server step or while its request is in flight, and restarted on the same data folder and port; the page must show a localized message, the person tries again, and every acknowledged write must still be stored.',
        settings: { holdMs: HOLD_MS, modes: JOURNEYS.map((j) => `${j.name}: ${mode(j)}`) },
        figures: extra,
        journeys: figures
      }, { ran: figures.length, of: JOURNEYS.length });
    }
    await closeDrillSession(s);
  });

  /** Kills the tenant once the page sends the journey's first request to SharePoint or Graph. */
  async function killInFlight(ctx: JourneyContext, submit: (c: JourneyContext) => Promise<void>): Promise<void> {
    await s.tenant.control('POST', 'faults', { latencyMs: 0, rules: [{ match: '^[A-Z]+ /(sites/pmo/_api/|v1\\.0/)', status: 0, latencyMs: HOLD_MS }] });
    const sent = ctx.page.waitForRequest((r) => /\/(sites\/pmo\/_api|v1\.0)\//.test(r.url()), { timeout: 30_000 });
    const submitted = submit(ctx);
    await sent;
    await s.tenant.kill();
    await submitted;
  }

  it.each(JOURNEYS.map((j) => [j.name, mode(j), j] as const))('%s (%s): a message, then it completes after the restart', async (_name, how, journey) => {
    const ctx = s.ctx(`R${Date.now().toString(36)}`);
    const row: JourneyFigures = { name: `${journey.name} (${how})`, completed: false, requests: 0, faults: 0, retries: 0, writes: 0, expectedWrites: 0, duplicates: 0, acknowledged: 0, stored: 0 };
    figures.push(row);
    try {
      await journey.prepare(ctx);
      const mark = await logMark(s.tenant);
      const before: LogEntry[] = how === 'down before submit' ? await requestLog(s.tenant, mark) : [];
      if (how === 'down before submit') {
        await s.tenant.kill();
        await journey.submit(ctx);
      } else {
        await killInFlight(ctx, journey.submit);
      }
      // The person is told, in words of the page, not with a stack trace.
      await ctx.page.getByText(strings.ErrorNetwork).first().waitFor({ timeout: 60_000 });
      extra['messages shown']++;
      const body = await ctx.page.locator('body').innerText();
      if (stackTraceIn(body)) extra['stack traces shown']++;
      expect(stackTraceIn(body)).toBeUndefined();
      expect(body).not.toContain(strings.ErrorBoundaryTitle);

      await s.tenant.restart();
      extra.restarts++;
      await (journey.resubmit ?? journey.submit)(ctx);
      await journey.acknowledged(ctx);
      row.completed = true;
      // The restarted tenant's log starts afresh; the killed one logged nothing of the held request.
      const entries = [...before, ...(await requestLog(s.tenant, 0))];
      Object.assign(row, countJourney(entries, journey, ctx), { name: row.name });
      row.acknowledged = row.expectedWrites;
      await journey.check?.(ctx);
      row.stored = row.expectedWrites;
      expect(writesBySpec(entries, journey, ctx)).toEqual(Object.fromEntries(journey.writes.map((w) => [w.label, w.count])));
      // Nothing acknowledged earlier was lost in this or any earlier restart (unless this journey emptied the site).
      for (const d of journey.last ? [] : done) {
        await d.journey.check?.(d.ctx);
        extra['acknowledged writes re-read after restarts'] += d.journey.writes.reduce((n, w) => n + w.count, 0);
      }
      done.push({ journey, ctx });
    } catch (e) {
      row.error = (e as Error).message.split('\n')[0];
      await ctx.page.screenshot({ path: path.join(SHOTS_DIR, `restart-failed-${journey.name.replace(/[^\w-]+/g, '_')}.png`), fullPage: true }).catch(() => undefined);
      throw e;
    }
  });
});
