// npm run bench, portfolio part: the portfolio view's data layer (src/services/portfolio) for 50, 200
// and 1,000 projects with Planner plans, against a fresh local tenant: requests, sequential round
// trips (first screen and all), bytes, and time at 0 and 100 ms injected latency per request.
import { log, recordFetches, roundTrips, summarize } from './benchMeasure.mjs';

const SIZES = (process.env.PMO_BENCH_PORTFOLIO_SIZES ?? '50,200,1000').split(',').map(Number);
const TASKS_PER_PLAN = 10;
const FIRST_SCREEN_ROWS = 30;
const LATENCY_MS = 100;
const BATCH = 20;
const IN_FLIGHT = 4;

/** Runs the calls with at most `limit` at a time. */
async function pool(calls, limit) {
  let next = 0;
  const worker = async () => {
    while (next < calls.length) await calls[next++]();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

async function fixture(origin, op, args) {
  const res = await fetch(`${origin}/__pmo/graph/fixture`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ op, args }) });
  const body = await res.json();
  if (!res.ok) throw new Error(`fixture ${op}: ${res.status} ${body.error}`);
  return body.result;
}

async function faults(origin, latencyMs) {
  await fetch(`${origin}/__pmo/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs, rules: [] }) });
}

/** Groups with plans and tasks, and the register items pointing at them, for projects from..to-1. */
export async function addProjects(origin, sp, LISTS, from, to) {
  const day = (d) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
  const plans = new Array(to - from);
  await pool(
    Array.from({ length: to - from }, (_, k) => async () => {
      const i = from + k;
      const groupId = await fixture(origin, 'addGroup', { displayName: `Bench ${i}`, mail: `bench${i}@contoso.com`, ownerIds: ['pmo.manager@contoso.com'], memberIds: ['pmo.manager@contoso.com'] });
      const planId = await fixture(origin, 'addPlan', { groupId, title: `Bench ${i}` });
      for (let t = 0; t < TASKS_PER_PLAN; t++) {
        const milestone = t >= TASKS_PER_PLAN - 2;
        await fixture(origin, 'addTask', {
          planId,
          title: milestone ? `Milestone: Stage ${t}` : `Task ${t}`,
          percentComplete: [0, 50, 100][(i + t) % 3],
          dueDateTime: `${day(((i + t) % 60) - 30)}T12:00:00Z`
        });
      }
      plans[k] = { groupId, planId };
    }),
    8
  );
  for (let i = from; i < to; i += 100) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(LISTS.projects);
    const adds = [];
    for (let j = i; j < Math.min(to, i + 100); j++) {
      adds.push(
        list.items.add({
          Title: `Bench project ${j + 1}`,
          PmoCode: `PRJ-${String(j + 1).padStart(4, '0')}`,
          Phase: 'Execution',
          Health: ['Green', 'Amber', 'Red'][j % 3],
          Department: ['IT', 'Operations', 'Finance', 'HR'][j % 4],
          ProjectManagerId: 1 + (j % 4),
          Budget: 100000 + j * 10,
          ActualCost: 40000 + (j % 7) * 5000,
          ForecastCost: 95000 + (j % 11) * 2000,
          StartDate: `${day(-200)}T12:00:00Z`,
          PlannedEndDate: `${day(160 + (j % 30))}T12:00:00Z`,
          ForecastEndDate: `${day(160 + (j % 45))}T12:00:00Z`,
          GroupId: plans[j - from].groupId,
          PlanId: plans[j - from].planId
        })
      );
    }
    await execute();
    await Promise.all(adds);
  }
}

/** Opens the portfolio once through fresh services (setup check, then the loader), measuring everything. */
async function openOnce(origin, makeServices, today) {
  const services = makeServices();
  await log(origin, 'DELETE');
  const fetches = recordFetches();
  const t0 = performance.now();
  let firstScreenAt;
  await services.provisioning.missing();
  const view = await services.portfolioLoader.load({
    today,
    onUpdate: (v) => {
      if (firstScreenAt === undefined && v.rows.slice(0, FIRST_SCREEN_ROWS).every((r) => !r.pending)) firstScreenAt = performance.now();
    }
  });
  const ms = performance.now() - t0;
  if (firstScreenAt === undefined) firstScreenAt = performance.now();
  fetches.stop();
  const entries = (await log(origin)).filter((e) => e.path.startsWith('/sites/') || e.path.startsWith('/v1.0/'));
  const s = summarize(entries);
  const failedPlans = view.rows.filter((r) => r.plan === 'failed').length;
  if (failedPlans) throw new Error(`${failedPlans} plans failed to load`);
  // Repeat open: the view the session cache holds renders before any request.
  services.session.set('portfolio:v1', view, view.loadedAt);
  const repeat = recordFetches();
  const cached = services.session.get('portfolio:v1');
  repeat.stop();
  if (!cached || cached.value.rows.length !== view.rows.length) throw new Error('cache did not return the view');
  return {
    rows: view.rows.length,
    requests: s.requests,
    inner: s.inner,
    bytesOut: s.bytesOut,
    roundTrips: roundTrips(fetches.calls),
    firstScreenRoundTrips: roundTrips(fetches.calls.filter((c) => c.end <= firstScreenAt)),
    firstScreenMs: firstScreenAt - t0,
    ms,
    repeatRequests: repeat.calls.length,
    spSelect: entries.filter((e) => e.path.startsWith('/sites/') && !e.inner).every((e) => decodeURIComponent(e.path).includes('$select='))
  };
}

export async function benchPortfolio({ origin, createClientsFromUrls, createServices, LISTS }) {
  const clients = createClientsFromUrls({ siteUrl: `${origin}/sites/pmo`, graphBaseUrl: origin, user: 'pmo.manager@contoso.com' });
  const make = () => createServices(createClientsFromUrls({ siteUrl: `${origin}/sites/pmo`, graphBaseUrl: origin, user: 'pmo.manager@contoso.com' }));
  await make().provisioning.ensure();
  const today = new Date().toISOString().slice(0, 10);
  const results = [];
  let have = 0;
  for (const size of SIZES) {
    await addProjects(origin, clients.sp, LISTS, have, size);
    have = size;
    await faults(origin, 0);
    await openOnce(origin, make, today); // warm-up (JIT, connections)
    const fast = await openOnce(origin, make, today);
    await faults(origin, LATENCY_MS);
    const slow = await openOnce(origin, make, today);
    await faults(origin, 0);
    const floor = slow.roundTrips * LATENCY_MS + fast.ms;
    results.push({ size, fast, slow, floor, ratio: slow.ms / floor, target: Math.ceil(size / BATCH / IN_FLIGHT) + 2 });
  }
  return results;
}

export function portfolioSection(results, machine) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const ms = (n) => `${Math.round(n)} ms`;
  const rows = results.map((r) =>
    `| ${r.size} | ${r.slow.requests} (${r.slow.inner} inside $batch) | ${r.slow.firstScreenRoundTrips} (≤ 3) | ${r.slow.roundTrips} (≤ ${r.target}) | ${kib(r.slow.bytesOut)} | ${ms(r.fast.ms)} | ${ms(r.slow.ms)} | ${ms(r.floor)} | ${r.ratio.toFixed(2)} (≤ 1.5) | ${r.slow.repeatRequests} | ${r.slow.spSelect ? 'yes' : 'NO'} |`
  );
  return [
    '<!-- bench:portfolio:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` (or \`PMO_BENCH_ONLY=portfolio npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    `Each project has a Planner plan of ${TASKS_PER_PLAN} tasks (2 of them milestones); one open = the setup check + the portfolio loader (register, open risks, open actions, upcoming meetings, Planner \`$batch\` of ${BATCH} × ${IN_FLIGHT} in flight, first ${FIRST_SCREEN_ROWS} rows' plans first), through the production data layer. Latency is injected by the local tenant per HTTP request (a \`$batch\` is one).`,
    '',
    '| projects | requests | round trips to the first screen | round trips, all | bytes down | time at 0 ms | time at 100 ms | round trips × 100 ms + time at 0 ms | ratio | requests of a repeat open before first paint | every SharePoint read with $select |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '<!-- bench:portfolio:end -->'
  ].join('\n');
}
