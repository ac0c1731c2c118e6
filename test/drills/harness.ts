/**
 * Runs the journeys of test/drills/journeys.ts under a drill and counts, from the local tenant's
 * request log, what each did: round trips, faults injected, retries, writes and writes made twice.
 * The figures go to docs/reliability.json (one section per drill), from which
 * `npm run reliability-report` writes docs/reliability.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { LogEntry } from '../../local/src/log';
import type { RunningTenant } from '../helpers/localTenant';
import { BROWSER_TEST_TIMEOUT, launchBrowser, openPmoPage, startPageTenant, type PmoPage, type TestBrowser } from '../browser/helpers';
import type { Journey, JourneyContext, WriteSpec } from './journeys';
import { PAGE_USER } from './tenantRecords';

export const DRILL_TIMEOUT = BROWSER_TEST_TIMEOUT;
export const FIGURES_FILE = path.resolve(__dirname, '../../docs/reliability.json');

/** SharePoint REST and Graph requests (not the page's own files, not the control endpoints). */
export const SERVICE_REQUESTS = '^[A-Z]+ /(sites/pmo/_api/|v1\\.0/)';

export interface JourneyFigures {
  name: string;
  completed: boolean;
  /** Round trips to SharePoint and Graph (a $batch counts once). */
  requests: number;
  faults: number;
  retries: number;
  /** Successful writes, inside $batch requests included. */
  writes: number;
  /** Writes the journey makes by its table entry, and those made more often than that. */
  expectedWrites: number;
  duplicates: number;
  /** Writes the page acknowledged, and how many of them the store holds as typed. */
  acknowledged: number;
  stored: number;
  error?: string;
}

const decode = (p: string): string => {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
};
const isService = (e: LogEntry): boolean => new RegExp(SERVICE_REQUESTS).test(`${e.method} ${e.path}`);
const isFault = (e: LogEntry): boolean => e.status === 429 || e.status === 503;
const isBatch = (e: LogEntry): boolean => /\/\$batch$/.test(e.path);
const isWrite = (e: LogEntry): boolean => e.method !== 'GET' && e.status >= 200 && e.status < 300 && !isBatch(e) && !/\/contextinfo$/i.test(e.path);

const matcher = (spec: WriteSpec, ctx: JourneyContext): RegExp => (typeof spec.match === 'function' ? spec.match(ctx) : spec.match);

/** Counts one journey's requests in the log entries made while it ran (the page's own only). */
export function countJourney(entries: LogEntry[], journey: Journey, ctx: JourneyContext): Omit<JourneyFigures, 'completed' | 'acknowledged' | 'stored'> {
  const mine = entries.filter((e) => e.user === PAGE_USER && isService(e));
  const faulted = mine.filter(isFault);
  const retries = faulted.filter((f) => mine.some((e) => e.seq > f.seq && e.method === f.method && e.path === f.path)).length;
  const writes = mine.filter(isWrite);
  let duplicates = 0;
  for (const spec of journey.writes) {
    const made = writes.filter((w) => matcher(spec, ctx).test(`${w.method} ${decode(w.path)}`)).length;
    duplicates += Math.max(0, made - spec.count);
  }
  return {
    name: journey.name,
    requests: mine.filter((e) => !e.inner).length,
    faults: faulted.length,
    retries,
    writes: writes.length,
    expectedWrites: journey.writes.reduce((n, w) => n + w.count, 0),
    duplicates
  };
}

/**
 * Writes the tenant throttled that the page never sent again: each one is a write lost (a read the
 * page no longer needs may rightly be dropped, a write may not). Entries are one journey's log.
 */
export function unretriedWrites(entries: LogEntry[]): string[] {
  const mine = entries.filter((e) => e.user === PAGE_USER && isService(e));
  return mine
    // A throttled $batch may hold only reads (its inner requests are not logged then); batched writes are
    // held to exactly once by the journeys' write counts instead.
    .filter((f) => isFault(f) && f.method !== 'GET' && !isBatch(f) && !/\/contextinfo$/i.test(f.path))
    .filter((f) => !mine.some((e) => e.seq > f.seq && e.method === f.method && e.path === f.path && e.status >= 200 && e.status < 300))
    .map((f) => `${f.method} ${decode(f.path)} (${f.status})`);
}

/** How many writes of each spec the entries hold (for assertions: exactly the spec's count). */
export function writesBySpec(entries: LogEntry[], journey: Journey, ctx: JourneyContext): Record<string, number> {
  const writes = entries.filter((e) => e.user === PAGE_USER && isService(e) && isWrite(e));
  return Object.fromEntries(journey.writes.map((s) => [s.label, writes.filter((w) => matcher(s, ctx).test(`${w.method} ${decode(w.path)}`)).length]));
}

export interface DrillRecord {
  title: string;
  /** What the drill does, one sentence for the report. */
  description: string;
  settings: Record<string, unknown>;
  journeys?: JourneyFigures[];
  /** Drill-specific figures (views sampled, screenshots, messages shown…). */
  figures?: Record<string, number>;
  /** Rows for drills that are not journey-based (e.g. the hostile inputs). */
  rows?: Record<string, string | number | boolean>[];
}

// Jest loads this module once per drill file: the drill's wall-clock time runs from here.
const LOADED_AT = Date.now();

/**
 * Runs `fn` holding a lock file beside docs/reliability.json: drill files running in parallel jest workers
 * each read, change and write it. A lock older than 30 s is taken as left by a crashed run.
 */
function withFiguresLock(fn: () => void): void {
  const lock = `${FIGURES_FILE}.lock`;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let fd: number | undefined;
  for (const started = Date.now(); fd === undefined; ) {
    try {
      fd = fs.openSync(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() - started > 30_000) fs.rmSync(lock, { force: true });
      else Atomics.wait(pause, 0, 0, 50);
    }
  }
  try {
    fn();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Writes (replaces) one drill's section of docs/reliability.json, stamped with the run's time and its duration.
 * With `coverage`, a run that did not go through every case (a `-t` filter, a failed beforeAll) leaves the
 * section of the last complete run in place: the page tells what the whole drill showed, not one journey.
 */
export function recordDrill(key: string, record: DrillRecord, coverage?: { ran: number; of: number }): void {
  if (coverage && coverage.ran < coverage.of) {
    console.log(`${key}: ${coverage.ran} of ${coverage.of} cases ran; docs/reliability.json keeps the last complete run`);
    return;
  }
  withFiguresLock(() => {
    const all = fs.existsSync(FIGURES_FILE) ? (JSON.parse(fs.readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>) : {};
    all[key] = { ...record, ranAt: new Date().toISOString(), seconds: Math.round((Date.now() - LOADED_AT) / 1000) };
    const sorted = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]]));
    fs.writeFileSync(FIGURES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  });
}

export interface DrillSession {
  tenant: RunningTenant;
  browser: TestBrowser;
  pmo: PmoPage;
  ctx(stamp: string): JourneyContext;
}

/** A demo tenant with the page, Chromium, and the register open as the drills' person. */
export async function openDrillSession(env?: Record<string, string>): Promise<DrillSession> {
  const tenant = await startPageTenant(env);
  const browser = await launchBrowser();
  const pmo = await openPmoPage(browser, tenant, { as: PAGE_USER, view: 'register' });
  return { tenant, browser, pmo, ctx: (stamp) => ({ tenant, pmo, page: pmo.page, stamp, state: {} }) };
}

export async function closeDrillSession(s: Partial<DrillSession> | undefined): Promise<void> {
  await s?.browser?.close();
  await s?.tenant?.stop();
}

/** Text that only a stack trace or a raw exception shows; a person must never see it. */
export const STACK_TRACE = /\bat \S+ \(\S*:\d+:\d+\)|\bat \S+:\d+:\d+|\b(TypeError|ReferenceError|SyntaxError|RangeError)\b|\bError: |\.(tsx?|js):\d+/;

/** The stack-trace-like text in `text` with some context around it, or undefined. */
export function stackTraceIn(text: string): string | undefined {
  const m = STACK_TRACE.exec(text);
  return m ? text.slice(Math.max(0, m.index - 60), m.index + 60) : undefined;
}
