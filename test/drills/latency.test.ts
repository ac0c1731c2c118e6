/**
 * Latency drill: every round trip to the local tenant takes 300 ms more. Each view, loaded cold, and
 * each journey's step that reaches the server must show progress or content from the first moment:
 * screenshots in the first second, each with a probe of the DOM it shows, are never blank (no named
 * progress indicator and no content), and the page keeps drawing frames (never frozen).
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { openTab, viewUrl } from '../browser/helpers';
import { DRILL_TIMEOUT, closeDrillSession, openDrillSession, recordDrill, type DrillSession } from './harness';
import { countFrames, isBlank, sampleFirstSecond, type Sample } from './firstSecond';
import { journeysInOrder, type JourneyContext } from './journeys';
import { storedItems } from './tenantRecords';

jest.setTimeout(DRILL_TIMEOUT);

const LATENCY_MS = 300;

interface ColdView {
  name: string;
  /** Starts loading the view (does not wait for it). */
  open(ctx: JourneyContext): Promise<void>;
}

const projectUrl = async (ctx: JourneyContext): Promise<string> => {
  const [p] = await storedItems<{ Id: number }>(ctx.tenant, 'PMO Projects', `PmoCode eq 'PRJ-0024'`, 'Id');
  return viewUrl(ctx.tenant, 'project', p.Id);
};
const cold = async (page: Page, url: string): Promise<void> => {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
};
const tab = (name: string): ColdView => ({
  name: `project: ${name} tab`,
  open: async (ctx) => {
    await cold(ctx.page, await projectUrl(ctx));
    await ctx.page.getByTestId('project-header').waitFor({ timeout: 60_000 });
    await ctx.page.getByRole('tab', { name }).click();
  }
});

const VIEWS: ColdView[] = [
  { name: 'portfolio', open: (ctx) => cold(ctx.page, viewUrl(ctx.tenant, 'portfolio')) },
  { name: 'register', open: (ctx) => cold(ctx.page, viewUrl(ctx.tenant, 'register')) },
  { name: 'project', open: async (ctx) => cold(ctx.page, await projectUrl(ctx)) },
  tab(strings.WorkspaceTabRaid),
  tab(strings.WorkspaceTabCosts),
  tab(strings.WorkspaceTabResources)
];

describe(`fault drill: ${LATENCY_MS} ms per round trip`, () => {
  let s: DrillSession;
  const rows: { name: string; samples: number; progress: number; content: number; blank: number; frozen: number }[] = [];

  beforeAll(async () => {
    s = await openDrillSession();
    await countFrames(s.browser.context);
  });
  afterAll(async () => {
    if (rows.length) {
      recordDrill('latency', {
        title: `Latency: ${LATENCY_MS} ms per round trip`,
        description: `Every request to the local tenant waits ${LATENCY_MS} ms while each view is loaded cold and while each journey's server step runs; each is watched with screenshots in its first second, each checked for a named progress indicator or content.`,
        settings: { latencyMs: LATENCY_MS },
        figures: { 'views and journeys watched': rows.length, screenshots: rows.reduce((n, r) => n + r.samples, 0), 'blank screenshots': rows.reduce((n, r) => n + r.blank, 0), 'frozen moments': rows.reduce((n, r) => n + r.frozen, 0) },
        rows
      }, { ran: rows.length, of: VIEWS.length + journeysInOrder().length });
    }
    await closeDrillSession(s);
  });

  const slow = (latencyMs: number): Promise<unknown> => s.tenant.control('POST', 'faults', { latencyMs, rules: [] });

  /** Records the samples and asserts none is blank and the page kept drawing frames. */
  function judge(name: string, samples: Sample[]): void {
    const blank = samples.filter(isBlank);
    const frozen = samples.slice(1).filter((x, i) => x.frames === samples[i].frames && x.frames > 0).length;
    rows.push({ name, samples: samples.length, progress: samples.filter((x) => x.progress.length > 0).length, content: samples.filter((x) => x.mainText.length > 0).length, blank: blank.length, frozen });
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(blank.map((b) => `${b.screenshot}: ${b.bodyText.slice(0, 80) || '(nothing)'}`)).toEqual([]);
    expect(frozen).toBe(0);
  }

  it.each(VIEWS.map((v) => [v.name, v] as const))('view %s shows progress or content in its first second', async (name, view) => {
    const ctx = s.ctx('L');
    await slow(LATENCY_MS);
    await view.open(ctx);
    judge(`view: ${name}`, await sampleFirstSecond(ctx.page, `view-${name}`));
    // And it finishes loading.
    await ctx.page.waitForLoadState('networkidle');
    if (name.includes('tab')) await openTab(ctx.page, name.replace(/^project: (.*) tab$/, '$1'));
  });

  it.each(journeysInOrder().map((j) => [j.name, j] as const))('journey %s shows progress or its result while the server answers', async (_name, journey) => {
    const ctx = s.ctx(`L${Date.now().toString(36)}`);
    // The way there at full speed (the cold views above cover loading); the server step slow.
    await slow(0);
    await journey.prepare(ctx);
    await slow(LATENCY_MS);
    await journey.submit(ctx);
    judge(`journey: ${journey.name}`, await sampleFirstSecond(ctx.page, `journey-${journey.name}`));
    await journey.acknowledged(ctx);
    await journey.check?.(ctx);
  });
});
