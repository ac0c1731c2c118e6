// npm run bench, proposals part (issue 12): opening the proposals board and building the steering
// committee deck from the demo portfolio, through the production data layer against a demo-seeded
// tenant. Counts requests (the tenant's log), sequential round trips seen from the client, bytes down
// and the deck's size and build time. Run by local/bin/bench.mjs (PMO_BENCH_ONLY=proposals runs just this part).
import * as fs from 'node:fs';
import { benchTenantDir, measure, writeBenchSection } from './benchMeasure.mjs';

/** The deck's text for the bench: the keys themselves (the web part takes them from src/loc). */
function benchLabels() {
  const fns = {
    healthLabel: (h) => h ?? '-',
    dimension: (n) => n,
    stateLabel: (s) => s,
    scoreValue: (n) => n.toFixed(2),
    money: (n) => (typeof n === 'number' ? String(Math.round(n)) : '-'),
    date: (iso) => iso ?? '-',
    dateTime: (iso) => iso
  };
  return new Proxy({}, { get: (_t, k) => (k in fns ? fns[k] : `${String(k)} {0} {1}`) });
}

export async function runProposalsBench(startTenant, root) {
  const { createClientsFromUrls } = await import('../../src/services/clients.ts');
  const { createServices } = await import('../../src/services/index.ts');
  const { defaultDeckProjects } = await import('../../src/model/deck.ts');
  const dir = benchTenantDir('proposals');
  const tenant = await startTenant(dir, false, 'demo');
  const out = {};
  try {
    const pmo = createServices(createClientsFromUrls({ siteUrl: `${tenant.origin}/sites/pmo`, graphBaseUrl: tenant.origin, user: 'pmo.manager@contoso.com' }));
    // What the board asks when it opens (src/components/Proposals/useProposalBoard.ts): proposals, weights, membership, together.
    out.board = await measure(tenant.origin, async () => {
      const [proposals] = await Promise.all([pmo.proposals.list(), pmo.settings.weights(), pmo.people.isPmoMember()]);
      return { proposals: proposals.length };
    });
    const chosen = defaultDeckProjects(await pmo.deck.projects()).map((p) => p.id);
    out.deck = await measure(tenant.origin, async () => {
      const bytes = await pmo.deck.build(chosen, benchLabels(), new Date().toISOString().slice(0, 10));
      return { projects: chosen.length, size: bytes.length };
    });
  } finally {
    await tenant.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report(out, root);
}

function report(r, root) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const section = [
    '<!-- bench:proposals:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` (or \`PMO_BENCH_ONLY=proposals npm run bench\`) on ${new Date().toISOString().slice(0, 10)} against the demo portfolio, through the production data layer.`,
    '',
    '| measure | requests | sequential round trips | bytes down | deck | time |',
    '|---|---|---|---|---|---|',
    `| open the proposals board (${r.board.value.proposals} proposals, weights, PMO membership) | ${r.board.requests} | ${r.board.roundTrips} | ${kib(r.board.bytesDown)} | | ${r.board.ms.toFixed(0)} ms |`,
    `| build the steering committee deck (${r.deck.value.projects} project slides; register, risks, reports, proposals) | ${r.deck.requests} | ${r.deck.roundTrips} | ${kib(r.deck.bytesDown)} | ${kib(r.deck.value.size)} | ${r.deck.ms.toFixed(0)} ms |`,
    '<!-- bench:proposals:end -->'
  ].join('\n');
  writeBenchSection(root, 'proposals', section, '## Proposals board and steering committee deck');
}
