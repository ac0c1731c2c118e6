// npm run bench, reports part (issue 11): drafting a status report for one demo project (requests,
// sequential round trips, share of the report's figures filled from data), and the process compliance
// board's reads for 200 and 1,000 projects (requests and round trips: list-wide queries, never one per
// project). Through the production data layer against fresh local tenants. Figures only; no timing asserts.
import { measure } from './benchMeasure.mjs';
import { addProjects } from './benchPortfolio.mjs';

const SIZES = (process.env.PMO_BENCH_COMPLIANCE_SIZES ?? '200,1000').split(',').map(Number);
const DRAFT_PROJECT = 'PRJ-0024';

const servicesOf = (m, origin) => m.createServices(m.createClientsFromUrls({ siteUrl: `${origin}/sites/pmo`, graphBaseUrl: origin, user: 'pmo.manager@contoso.com' }));

/** Drafting in the demo tenant: the figures of a new report for one project. */
export async function benchDrafting(origin, m) {
  const services = servicesOf(m, origin);
  const today = new Date().toISOString().slice(0, 10);
  const project = (await services.projects.list()).find((p) => p.code === DRAFT_PROJECT);
  await services.statusReports.draftFigures(project, today); // warm-up: the lazy chunk, connections
  const r = await measure(origin, () => servicesOf(m, origin).statusReports.draftFigures(project, today));
  return { code: DRAFT_PROJECT, requests: r.requests, inner: r.inner, roundTrips: r.roundTrips, bytes: r.bytesOut, filled: m.filledShare(r.value), missing: r.value.missing };
}

/** A status report, two actions, two risks and a past meeting per project, in $batch inserts of 100. */
async function addRecords(sp, LISTS, from, to) {
  const day = (d) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
  const rows = [];
  for (let j = from; j < to; j++) {
    const projectId = j + 1;
    if (j % 5) rows.push([LISTS.statusReports, { Title: `Report ${projectId}`, ProjectId: projectId, ReportDate: `${day(0)}T12:00:00Z`, State: 'Published', Period: day(0).slice(0, 7) }]);
    rows.push([LISTS.actions, { Title: `Action ${projectId}a`, ProjectId: projectId, Status: 'Open', DueDate: `${day((j % 20) - 10)}T12:00:00Z` }]);
    rows.push([LISTS.actions, { Title: `Action ${projectId}b`, ProjectId: projectId, Status: 'In progress', DueDate: `${day(5)}T12:00:00Z`, OwnerId: 1 }]);
    rows.push([LISTS.raid, { Title: `Risk ${projectId}a`, ProjectId: projectId, Kind: 'Risk', Status: 'Open', Probability: 3, Impact: 3, ...(j % 3 ? { OwnerId: 1 } : {}) }]);
    rows.push([LISTS.raid, { Title: `Issue ${projectId}b`, ProjectId: projectId, Kind: 'Issue', Status: 'Open', Probability: 2, Impact: 4, OwnerId: 1, DueDate: `${day(-(j % 9))}T12:00:00Z` }]);
    const start = `${day(-(j % 12) - 1)}T09:00:00Z`;
    rows.push([LISTS.meetings, { Title: `Status ${projectId}`, ProjectId: projectId, Start: start, End: start.replace('T09', 'T10'), State: j % 2 ? 'Draft' : 'Published' }]);
  }
  for (let i = 0; i < rows.length; i += 100) {
    const [batched, execute] = sp.batched();
    const adds = rows.slice(i, i + 100).map(([list, row]) => batched.web.lists.getByTitle(list).items.add(row));
    await execute();
    await Promise.all(adds);
  }
}

/** The compliance board at each size: its own reads (beside the portfolio's), and the findings they give. */
export async function benchCompliance(origin, m) {
  const { sp } = m.createClientsFromUrls({ siteUrl: `${origin}/sites/pmo`, graphBaseUrl: origin, user: 'pmo.manager@contoso.com' });
  await servicesOf(m, origin).provisioning.ensure();
  const today = new Date().toISOString().slice(0, 10);
  const results = [];
  let have = 0;
  for (const size of SIZES) {
    await addProjects(origin, sp, m.LISTS, have, size);
    await addRecords(sp, m.LISTS, have, size);
    have = size;
    const services = servicesOf(m, origin);
    const view = await services.portfolioLoader.load({ today });
    await services.compliance.read(today); // warm-up
    const r = await measure(origin, () => servicesOf(m, origin).compliance.read(today));
    const projects = view.rows.map(m.complianceProject);
    const findings = m.complianceFindings(projects, r.value, m.complianceSettings(undefined), today);
    results.push({ size, requests: r.requests, inner: r.inner, roundTrips: r.roundTrips, bytes: r.bytesOut, findings: m.countByCheck(findings) });
  }
  return results;
}

export function reportsSection(drafting, compliance, machine) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const counts = (c) => `${c.report} / ${c.plan} / ${c.action} / ${c.risk} / ${c.minutes}`;
  return [
    '<!-- bench:reports:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` (or \`PMO_BENCH_ONLY=reports npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    '',
    `Drafting a status report (\`statusReports.draftFigures\`) for ${drafting.code} of the demo portfolio:`,
    '',
    '| requests | sequential round trips | bytes down | fields filled from data | parts missing |',
    '|---|---|---|---|---|',
    `| ${drafting.requests} (${drafting.inner} inside $batch) | ${drafting.roundTrips} (target ≤ 3) | ${kib(drafting.bytes)} | ${Math.round(drafting.filled * 100)} % (target ≥ 80 %) | ${drafting.missing.length ? drafting.missing.join(', ') : 'none'} |`,
    '',
    'The process compliance board\'s own reads (`compliance.read`: published reports of the current periods, open actions, open risks and issues, meetings of the look-back window), beside the portfolio\'s register and plans that the board takes from the portfolio view already loaded (see "The portfolio view"). Each project has 0–1 reports, 2 actions, 2 risks or issues and a past meeting:',
    '',
    '| projects | requests | sequential round trips | bytes down | findings (reports / plans / actions / risks / minutes) |',
    '|---|---|---|---|---|',
    ...compliance.map((r) => `| ${r.size} | ${r.requests} (${r.inner} inside $batch) | ${r.roundTrips} | ${kib(r.bytes)} | ${counts(r.findings)} |`),
    '<!-- bench:reports:end -->'
  ].join('\n');
}
