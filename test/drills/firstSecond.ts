/**
 * What a person sees in the first second of a view or an action when every round trip is slow:
 * screenshots, each with a probe of the DOM it shows, taken as fast as Chromium allows.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';

export interface Sample {
  /** Visible progress indicators (progress bars, spinners, shimmers, busy regions) and their accessible names. */
  progress: string[];
  /** Visible text of the main region (the view), trimmed. */
  mainText: string;
  /** Visible text of the whole page, trimmed. */
  bodyText: string;
  /** Animation frames drawn so far (see countFrames). */
  frames: number;
  screenshot: string;
}

export const SHOTS_DIR = process.env.PMO_DRILL_SHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-drill-shots-'));

/** Counts animation frames in every page of the context: a page that stops drawing them is frozen. */
export async function countFrames(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __pmoFrames: number };
    w.__pmoFrames = 0;
    const tick = (): void => {
      w.__pmoFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Runs in the page: what the screen shows at this moment. */
function probe(): Omit<Sample, 'screenshot'> {
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  const textOf = (id: string): string => id.split(/\s+/).map((i) => document.getElementById(i)?.textContent ?? '').join(' ');
  const nameOf = (el: Element): string =>
    (el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? textOf(el.getAttribute('aria-labelledby')!) : '') ?? '').trim() ||
    (el as HTMLElement).innerText?.trim() ||
    '';
  const indicators = Array.from(document.querySelectorAll('[role=progressbar], [role=status], .ms-Spinner, .ms-Shimmer-container, [aria-busy=true]'));
  // A Fluent shimmer names itself on the grid that holds it (ariaLabelForShimmer).
  const named = indicators.filter(visible).map((el) => nameOf(el) || (el.closest('[aria-busy=true]') ? nameOf(el.closest('[aria-busy=true]')!) : ''));
  const main = document.querySelector('main');
  return {
    progress: named.filter((n) => n.length > 0),
    mainText: (main as HTMLElement | null)?.innerText.trim() ?? '',
    bodyText: document.body?.innerText.trim() ?? '',
    frames: (window as unknown as { __pmoFrames?: number }).__pmoFrames ?? 0
  };
}

/** Screenshots with their DOM probes, from now until a second has passed (at least two). */
export async function sampleFirstSecond(page: Page, label: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = Date.now();
  for (let i = 0; samples.length < 2 || Date.now() - started < 1000; i++) {
    const screenshot = path.join(SHOTS_DIR, `${label.replace(/[^\w-]+/g, '_')}-${i}.png`);
    try {
      await page.screenshot({ path: screenshot, timeout: 5000 });
      samples.push({ ...(await page.evaluate(probe)), screenshot });
    } catch (e) {
      // The document was replaced while we looked (a navigation), or nothing is painted yet: look again.
      if (!/context was destroyed|navigat|Unable to capture screenshot/i.test((e as Error).message)) throw e;
    }
    if (i > 20) break;
  }
  return samples;
}

/** A sample is blank when it shows neither progress nor any content of the view. */
export const isBlank = (s: Sample): boolean => s.progress.length === 0 && s.mainText.length === 0;
