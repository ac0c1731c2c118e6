#!/usr/bin/env node
// npm run bench: list reads over 10,000 items and the cost of opening the project register with 1,000
// projects, against a fresh local tenant (seed none), through the production data layer (PnPjs and
// src/services). Prints the figures and writes them into docs/benchmarks.md between the bench markers.
//   PMO_BENCH_ITEMS (10000)  PMO_BENCH_PROJECTS (1000)  PMO_BENCH_READS (200)  PMO_BENCH_FULL (5)
//   PMO_BENCH_NO_DOC=1  print only, leave docs/benchmarks.md alone
//   PMO_BENCH_ONLY=lists|meetings|portfolio|reports|planner|proposals  run one part (meetings: local/bin/benchMeetings.mjs,
//   portfolio: local/bin/benchPortfolio.mjs, reports: local/bin/benchReports.mjs, planner: local/bin/benchPlanner.mjs,
//   proposals: local/bin/benchProposals.mjs); PMO_BENCH_PORTFOLIO_SIZES (50,200,1000), PMO_BENCH_COMPLIANCE_SIZES (200,1000)
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCertificate } from './cert.mjs';
import { benchTenantDir, log, openRegisterInBrowser, pageAssets, recordFetches, roundTrips, summarize, writeBenchSection } from './benchMeasure.mjs';
import { benchPortfolio, portfolioSection } from './benchPortfolio.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const self = fileURLToPath(import.meta.url);
const env = (name, fallback) => Number(process.env[name] ?? fallback);

// Stage 1: a data folder and its certificate, then stage 2 in a process that trusts the certificate
// (NODE_EXTRA_CA_CERTS is only read at start-up).
if (!process.env.PMO_BENCH_DATA) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-bench-'));
  const { certFile } = ensureCertificate(dataDir);
  // tsx loads the data layer's TypeScript (src/services) as the tenant does.
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', self, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PMO_BENCH_DATA: dataDir, NODE_EXTRA_CA_CERTS: certFile }
  });
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

const ITEMS = env('PMO_BENCH_ITEMS', 10000);
const PROJECTS = env('PMO_BENCH_PROJECTS', 1000);
const READS = env('PMO_BENCH_READS', 200);
const FULL = env('PMO_BENCH_FULL', 5);
const BATCH = 100;

/** Starts local/bin/start.mjs on a free port; resolves with its origin and a stop(). */
async function startTenant(dataDir, page, seed = 'none') {
  const child = spawn(process.execPath, [path.join(root, 'local/bin/start.mjs')], {
    cwd: root,
    // The page goes into the run's own folder: tests running meanwhile rebuild the shared local/page/dist.
    env: { ...process.env, PMO_PORT: '0', PMO_DATA_DIR: dataDir, PMO_PAGE_DIST: path.join(dataDir, 'page'), PMO_SEED: seed, PMO_PAGE: page ? '1' : '0', PMO_LATENCY_MS: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  const origin = await new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const m = /listening on (https:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`tenant exited with ${code}:\n${out}`)));
  });
  return { origin, output: () => out, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => `${n.toFixed(1)} ms`;
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const total = s.reduce((a, b) => a + b, 0);
  return { n: s.length, p50: pct(s, 50), p95: pct(s, 95), mean: total / s.length, perSecond: (s.length * 1000) / total };
}
async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

/** Adds rows to a list through PnPjs $batch, BATCH per request; returns the elapsed ms. */
async function batchInsert(sp, listTitle, rows) {
  const t = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(listTitle);
    const adds = rows.slice(i, i + BATCH).map((r) => list.items.add(r));
    await execute();
    await Promise.all(adds);
  }
  return performance.now() - t;
}

/** The portfolio view at 50, 200 and 1,000 projects, in a tenant of its own (local/bin/benchPortfolio.mjs). */
async function mainPortfolio() {
  const { createClientsFromUrls } = await import('../../src/services/clients.ts');
  const { createServices } = await import('../../src/services/index.ts');
  const { LISTS } = await import('../../src/services/sharepoint/schema.ts');
  const dir = benchTenantDir('portfolio');
  const tenant = await startTenant(dir, false);
  try {
    const results = await benchPortfolio({ origin: tenant.origin, createClientsFromUrls, createServices, LISTS });
    writeSection('portfolio', portfolioSection(results, machineLine()), '## The portfolio view');
  } finally {
    await tenant.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints a marked section and writes it into docs/benchmarks.md (appended under `heading` the first time). */
function writeSection(name, section, heading) {
  writeBenchSection(root, name, section, heading, HEADER);
}

function machineLine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} CPU (nproc ${nproc()}, ${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

async function main() {
  const only = process.env.PMO_BENCH_ONLY;
  if (!only || only === 'lists') await listsBench();
  if (!only || only === 'meetings') {
    const { runMeetingsBench } = await import('./benchMeetings.mjs');
    await runMeetingsBench(startTenant, root);
  }
  if (!only || only === 'portfolio') await mainPortfolio();
  if (!only || only === 'reports') await mainReports();
  if (!only || only === 'planner') {
    const { runPlannerBench } = await import('./benchPlanner.mjs');
    await runPlannerBench(startTenant, root);
  }
  if (!only || only === 'proposals') {
    const { runProposalsBench } = await import('./benchProposals.mjs');
    await runProposalsBench(startTenant, root);
  }
}

/** Drafting a status report (demo tenant) and the compliance board at 200 and 1,000 projects (a tenant of its own). */
async function mainReports() {
  const { benchDrafting, benchCompliance, reportsSection } = await import('./benchReports.mjs');
  const m = {
    ...(await import('../../src/services/clients.ts')),
    ...(await import('../../src/services/index.ts')),
    ...(await import('../../src/services/sharepoint/schema.ts')),
    ...(await import('../../src/model/statusReportFigures.ts')),
    ...(await import('../../src/model/compliance.ts')),
    ...(await import('../../src/components/Compliance/complianceProject.ts'))
  };
  const run = async (seed, fn) => {
    const dir = benchTenantDir(`reports-${seed}`);
    const tenant = await startTenant(dir, false, seed);
    try {
      return await fn(tenant.origin);
    } finally {
      await tenant.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const drafting = await run('demo', (origin) => benchDrafting(origin, m));
  const compliance = await run('none', (origin) => benchCompliance(origin, m));
  writeSection('reports', reportsSection(drafting, compliance, machineLine()), '## Status reports and process compliance');
}

async function listsBench() {
  const dataDir = process.env.PMO_BENCH_DATA;
  const chromium = process.env.PMO_CHROMIUM ?? '/usr/bin/chromium';
  const withBrowser = fs.existsSync(chromium);
  const { createClientsFromUrls } = await import('../../src/services/clients.ts');
  const { createServices } = await import('../../src/services/index.ts');
  const { LISTS } = await import('../../src/services/sharepoint/schema.ts');

  const results = {};
  // The demo seed as npm start runs it on an empty store (lists provisioned over HTTP, items in bulk).
  const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-bench-demo-'));
  const demo = await startTenant(demoDir, false, 'demo');
  results.seedMs = Number(/seeded .* in (\d+) ms \(lists provisioned/.exec(demo.output())?.[1]);
  await demo.stop();
  fs.rmSync(demoDir, { recursive: true, force: true });

  const tenant = await startTenant(dataDir, withBrowser);
  try {
    const clients = createClientsFromUrls({ siteUrl: `${tenant.origin}/sites/pmo`, graphBaseUrl: tenant.origin, user: 'pmo.manager@contoso.com' });
    const services = createServices(clients);
    const sp = clients.sp;

    results.provision = (await timed(() => services.provisioning.ensure())).ms;

    const projects = Array.from({ length: PROJECTS }, (_, i) => ({
      Title: `Benchmark project ${i + 1}`,
      PmoCode: `PRJ-${String(i + 1).padStart(4, '0')}`,
      Phase: ['Proposal', 'Initiation', 'Planning', 'Execution', 'Closing', 'Closed'][i % 6],
      Health: ['Green', 'Amber', 'Red'][i % 3],
      Priority: ['Low', 'Medium', 'High', 'Critical'][i % 4],
      Department: ['IT', 'Operations', 'Finance', 'HR'][i % 4],
      ProjectManagerId: 1 + (i % 4),
      Budget: 100000 + i * 10,
      PercentComplete: i % 101,
      StartDate: '2026-01-01T12:00:00Z',
      PlannedEndDate: '2027-06-30T12:00:00Z'
    }));
    results.insertProjects = await batchInsert(sp, LISTS.projects, projects);
    const kinds = ['Budget', 'Actual', 'Forecast'];
    const costs = Array.from({ length: ITEMS }, (_, i) => ({
      Title: `Cost ${i + 1}`,
      ProjectId: 1 + (i % PROJECTS),
      Period: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01T12:00:00Z`,
      Kind: kinds[i % 3],
      Category: ['Internal labour', 'Consultancy', 'Software licences'][i % 3],
      Amount: 1000 + (i % 5000),
      Supplier: 'Contoso'
    }));
    results.insertItems = await batchInsert(sp, LISTS.costs, costs);

    const select = ['Id', 'Title', 'ProjectId', 'Period', 'Kind', 'Category', 'Amount', 'Supplier'];
    const items = sp.web.lists.getByTitle(LISTS.costs).items;
    // Full read: every item, pages of 5,000 (SharePoint's maximum page), following odata.nextLink.
    const full = [];
    let fullCount = 0;
    for (let i = 0; i < FULL; i++) {
      const t = performance.now();
      fullCount = 0;
      for await (const page of items.select(...select).top(5000)) fullCount += page.length;
      full.push(performance.now() - t);
    }
    if (fullCount !== ITEMS) throw new Error(`full read returned ${fullCount} items, expected ${ITEMS}`);
    results.full = { ...stats(full), items: fullCount };

    // Filtered page reads: one project's actuals (the indexed Project and Kind columns), as the cost tab reads them.
    const filtered = [];
    let rows = 0;
    for (let i = 0; i < READS; i++) {
      const project = 1 + ((i * 7919) % PROJECTS);
      const t = performance.now();
      const page = await items.select(...select).filter(`ProjectId eq ${project} and Kind eq 'Actual'`).top(100)();
      filtered.push(performance.now() - t);
      rows += page.length;
    }
    if (!rows) throw new Error('filtered reads returned no rows');
    results.filtered = { ...stats(filtered), rowsPerRead: rows / READS };

    // Opening the register with PROJECTS projects: what the data layer asks (setup check + register query)...
    await log(tenant.origin, 'DELETE');
    const fetches = recordFetches();
    const open = await timed(async () => {
      await services.provisioning.missing();
      return services.projects.list();
    });
    fetches.stop();
    if (open.value.length !== PROJECTS) throw new Error(`register listed ${open.value.length} projects, expected ${PROJECTS}`);
    results.registerData = { ...summarize(await log(tenant.origin)), roundTrips: roundTrips(fetches.calls), ms: open.ms };
    // ...and what the real page does in Chromium, page assets included.
    if (withBrowser) {
      results.registerPage = await openRegisterInBrowser(tenant.origin, chromium);
      results.pageAssets = pageAssets(path.join(dataDir, 'page'), results.registerPage.assetsLoaded);
    }
  } finally {
    await tenant.stop();
  }
  report(results);
}

function report(r) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const lines = [
    `| demo seed on an empty store (npm start: provisioning over HTTP and all demo items) | ${ms(r.seedMs)} |`,
    `| provisioning the seven PMO lists (ensure) | ${ms(r.provision)} |`,
    `| insert ${PROJECTS} projects, PnPjs $batch of ${BATCH} | ${ms(r.insertProjects)} (${Math.round((PROJECTS * 1000) / r.insertProjects)} items/s) |`,
    `| insert ${ITEMS} cost lines, PnPjs $batch of ${BATCH} | ${ms(r.insertItems)} (${Math.round((ITEMS * 1000) / r.insertItems)} items/s) |`,
    `| full read of ${r.full.items} items, $top=5000 pages (${r.full.n} runs) | p50 ${ms(r.full.p50)}, p95 ${ms(r.full.p95)}; ${Math.round((r.full.items * 1000) / r.full.mean)} items/s |`,
    `| filtered page read (ProjectId and Kind, $top=100; ${r.filtered.n} reads, ${r.filtered.rowsPerRead.toFixed(1)} rows each) | p50 ${ms(r.filtered.p50)}, p95 ${ms(r.filtered.p95)}; ${r.filtered.perSecond.toFixed(0)} reads/s |`,
    `| open the register with ${PROJECTS} projects, data layer (setup check + projects.list) | ${r.registerData.requests} requests in ${r.registerData.roundTrips} round trips, ${kib(r.registerData.bytesOut)} down, ${ms(r.registerData.ms)} |`,
    r.registerPage
      ? `| open the register with ${PROJECTS} projects in Chromium (local page) | ${r.registerPage.api.requests} API requests in ${r.registerPage.api.roundTrips} round trips (${kib(r.registerPage.api.bytesOut)} down); ${r.registerPage.all.requests} requests with the page's assets (${kib(r.registerPage.all.bytesOut)}); ${ms(r.registerPage.ms)} to settled |`
      : '| open the register in Chromium | not measured: no Chromium at /usr/bin/chromium (set PMO_CHROMIUM) |'
  ];
  const breakdown = (r.registerPage?.api ?? r.registerData).each.map((e) => `\`${e.what}\` ${kib(e.bytes)}`).join(', ');
  const assets = r.pageAssets
    ? [
        '',
        'JavaScript of the local page (`local/page/dist`, esbuild ES modules with code splitting; gzip -9 of each file):',
        '',
        '| file | raw | gzipped | fetched when |',
        '|---|---|---|---|',
        ...r.pageAssets.map((a) => `| \`${a.file.replace(/-[A-Z0-9]{8}\.js$/, '-….js')}\` | ${kib(a.raw)} | ${kib(a.gzip)} | ${a.onOpen ? 'opening the register' : 'on demand'} |`)
      ]
    : [];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} CPU (nproc ${nproc()}, ${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const section = [
    '<!-- bench:lists:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    'Items are inserted through the SharePoint `$batch` endpoint with PnPjs (`sp.batched()`), the same client the web parts use; reads use the production PnPjs client (`createClientsFromUrls`).',
    '',
    '| measure | result |',
    '|---|---|',
    ...lines,
    '',
    `Requests to open the register, in arrival order, with bytes down: ${breakdown}.`,
    ...assets,
    '<!-- bench:lists:end -->'
  ].join('\n');
  console.log(`\n${section}\n`);
  if (process.env.PMO_BENCH_NO_DOC === '1') return;
  const file = path.join(root, 'docs/benchmarks.md');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const marked = /<!-- bench:lists:start[\s\S]*?<!-- bench:lists:end -->/;
  const doc = marked.test(existing) ? existing.replace(marked, section) : `${existing || HEADER}\n## List reads and the project register\n\n${section}\n`;
  fs.writeFileSync(file, doc);
  console.log(`Updated ${path.relative(process.cwd(), file)}`);
}

function nproc() {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(os.availableParallelism?.() ?? os.cpus().length);
  }
}

const HEADER = `# Benchmarks

Absolute times on shared machines are noisy; counts (requests, round trips, bytes) and ratios are the
figures that hold (design.md §6). Every table below says the command and the machine that produced it.
`;

main().catch((e) => {
  console.error('Benchmark failed:', e);
  process.exit(1);
});
