// Measurements for npm run bench (local/bin/bench.mjs): the tenant's request log, round trips seen from
// the client, opening the register in Chromium, and the local page's JavaScript files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export async function log(origin, method = 'GET') {
  const res = await fetch(`${origin}/__pmo/log`, { method });
  return method === 'GET' ? res.json() : undefined;
}
/** Requests and bytes the tenant's log recorded (requests inside a $batch are counted apart). */
export function summarize(entries) {
  const outer = entries.filter((e) => !e.inner);
  return {
    requests: outer.length,
    inner: entries.length - outer.length,
    bytesOut: outer.reduce((s, e) => s + e.bytesOut, 0),
    bytesIn: outer.reduce((s, e) => s + e.bytesIn, 0),
    each: outer.map((e) => ({ what: `${e.method} ${decodeURIComponent(e.path.split('?')[0]).replace('/sites/pmo/_api/web/', '')}`, bytes: e.bytesOut }))
  };
}

/**
 * Sequential round trips from the client's view (start and end of each request): a request's depth is
 * 1 + the deepest request that had ended before it started. The longest such chain is what a slow
 * network pays for; parallel requests share a level. (The server's log cannot tell: it serves one
 * request at a time.)
 */
export function roundTrips(intervals) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const depth = [];
  sorted.forEach((r, i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((q, j) => (q.end <= r.start ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

/** Records when each fetch() of this process starts and gets its response. */
export function recordFetches() {
  const calls = [];
  const real = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const start = performance.now();
    try {
      return await real(input, init);
    } finally {
      calls.push({ url: String(input instanceof Request ? input.url : input), start, end: performance.now() });
    }
  };
  return { calls, stop: () => (globalThis.fetch = real) };
}

export async function openRegisterInBrowser(origin, executablePath) {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
  try {
    const page = await context.newPage();
    const api = [];
    page.on('requestfinished', (r) => {
      const t = r.timing();
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/sites/') || p.startsWith('/v1.0/')) api.push({ start: t.startTime, end: t.startTime + t.responseEnd });
    });
    await log(origin, 'DELETE');
    const t = performance.now();
    await page.goto(`${origin}/#/register`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.ms-Spinner, .ms-Shimmer-container'), undefined, { timeout: 120000 });
    const elapsed = performance.now() - t;
    const entries = await log(origin);
    const isApi = (e) => e.path.startsWith('/sites/') || e.path.startsWith('/v1.0/');
    const apiEntries = entries.filter(isApi);
    return {
      all: summarize(entries),
      api: { ...summarize(apiEntries), roundTrips: roundTrips(api) },
      assetsLoaded: entries.filter((e) => e.path.startsWith('/assets/')).map((e) => e.path.split('?')[0]),
      ms: elapsed
    };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The local page's JavaScript files as esbuild wrote them (main.js and chunks/*.js), with raw and
 * gzipped bytes and whether opening the register fetched them: a chunk it did not fetch is loaded
 * on demand (exceljs on the first Excel export, the burn chart on the costs tab).
 */
export function pageAssets(distDir, loaded) {
  const files = ['main.js', ...fs.readdirSync(path.join(distDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  return files.map((file) => {
    const buf = fs.readFileSync(path.join(distDir, file));
    return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, onOpen: loaded.includes(`/assets/${file}`) };
  });
}

/**
 * Prints a section marked `<!-- bench:<name>:start … end -->` and writes it into root/docs/benchmarks.md in
 * place of the last one (appended under `heading` the first time; `header` starts a missing file).
 * PMO_BENCH_NO_DOC=1 prints only.
 */
export function writeBenchSection(root, name, section, heading, header = '') {
  console.log(`\n${section}\n`);
  if (process.env.PMO_BENCH_NO_DOC === '1') return;
  const file = path.join(root, 'docs/benchmarks.md');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : header;
  const marked = new RegExp(`<!-- bench:${name}:start[\\s\\S]*?<!-- bench:${name}:end -->`);
  fs.writeFileSync(file, marked.test(existing) ? existing.replace(marked, section) : `${existing.trimEnd()}\n\n${heading}\n\n${section}\n`);
  console.log(`Updated ${path.relative(process.cwd(), file)}`);
}

/**
 * A fresh data folder for one bench tenant, holding the certificate this process trusts
 * (NODE_EXTRA_CA_CERTS, from the run's data folder), so the tenant started on it serves that one.
 */
export function benchTenantDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pmo-bench-${name}-`));
  for (const f of ['localhost-key.pem', 'localhost-cert.pem']) fs.copyFileSync(path.join(process.env.PMO_BENCH_DATA, f), path.join(dir, f));
  return dir;
}

const isService = (e) => e.path.startsWith('/sites/') || e.path.startsWith('/v1.0/');

/**
 * Runs fn against the tenant with an emptied log: its value, the SharePoint and Graph requests the tenant
 * logged (inside $batch apart) with their bytes, round trips seen from the client, and time.
 */
export async function measure(origin, fn) {
  await log(origin, 'DELETE');
  const fetches = recordFetches();
  const t = performance.now();
  let value;
  try {
    value = await fn();
  } finally {
    fetches.stop();
  }
  const ms = performance.now() - t;
  const s = summarize((await log(origin)).filter(isService));
  return { value, ...s, bytesDown: s.bytesOut, roundTrips: roundTrips(fetches.calls), ms };
}
