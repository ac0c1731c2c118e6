// npm run bench, Planner part (issue 10): keeping 50 PMO Actions in step with their Planner tasks, through
// the production data layer (src/services/meetings/actionSync.ts) against a demo-seeded tenant: the first
// sync (stores each action's base), a sync with nothing changed, one after another member completed 10
// tasks in Planner, and one edit pushed to its task. Requests (inside JSON/SharePoint $batch apart) and
// sequential round trips seen from the client. PMO_BENCH_ONLY=planner runs just this part.
import * as fs from 'node:fs';
import { benchTenantDir, measure, writeBenchSection } from './benchMeasure.mjs';

const LINKED = 50;

export async function runPlannerBench(startTenant, root) {
  const { createClientsFromUrls } = await import('../../src/services/clients.ts');
  const { createServices } = await import('../../src/services/index.ts');
  const dir = benchTenantDir('planner');
  const tenant = await startTenant(dir, false, 'demo');
  const out = {};
  try {
    const clientsAs = (user) => createClientsFromUrls({ siteUrl: `${tenant.origin}/sites/pmo`, graphBaseUrl: tenant.origin, user });
    const project = (await createServices(clientsAs('pmo.manager@contoso.com')).projects.list({ search: 'PRJ-0042' }))[0];
    const mine = clientsAs(project.manager.email);
    const services = createServices(mine);
    const me = await services.people.current();
    const members = await mine.graph.api(`/groups/${project.groupId}/members`).get();
    const other = clientsAs(members.value.map((m) => m.mail).filter((m) => m.toLowerCase() !== me.email.toLowerCase())[0]).graph;
    const { id: myId } = await mine.graph.api(`/users/${me.email}`).get();
    let actions = [];
    for (let i = 1; i <= LINKED; i++) {
      const t = await mine.graph.api('/planner/tasks').post({ planId: project.planId, title: `Bench sync ${i}`, dueDateTime: '2026-12-10T12:00:00Z', assignments: { [myId]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
      actions.push(await services.actions.create({ title: `Bench sync ${i}`, projectId: project.id, ownerId: me.id, dueDate: '2026-12-10', status: 'Open', plannerTaskId: t.id }));
    }
    const run = async (label, fn) => {
      const m = await measure(tenant.origin, fn);
      if (m.value.errors.length) throw new Error(`${label}: ${m.value.errors.map((e) => e.message).join('; ')}`);
      actions = m.value.actions.length === actions.length ? m.value.actions : actions.map((a) => m.value.actions.find((x) => x.id === a.id) || a);
      return { label, counts: m.value.counts, requests: m.requests, inner: m.inner, roundTrips: m.roundTrips, ms: m.ms };
    };
    out.rows = [];
    out.rows.push(await run(`first sync of ${LINKED} linked actions (stores each base)`, () => services.actionSync.sync(actions)));
    out.rows.push(await run(`sync, nothing changed`, () => services.actionSync.sync(actions)));
    for (const a of actions.slice(0, 10)) {
      const t = await other.api(`/planner/tasks/${a.plannerTaskId}`).get();
      await other.api(`/planner/tasks/${t.id}`).header('If-Match', t['@odata.etag']).patch({ percentComplete: 100 });
    }
    out.rows.push(await run(`sync after 10 tasks were completed in Planner`, () => services.actionSync.sync(actions)));
    const edited = await services.actions.update(actions[20].id, { ...actions[20], ownerId: me.id, status: 'In progress' }, actions[20].etag);
    out.rows.push(await run(`one edit in PMO Hub pushed to its task`, () => services.actionSync.sync([{ ...edited, plannerSync: actions[20].plannerSync }])));
  } finally {
    await tenant.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report(out, root);
}

function report(r, root) {
  const section = [
    '<!-- bench:planner:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` (or \`PMO_BENCH_ONLY=planner npm run bench\`) on ${new Date().toISOString().slice(0, 10)} against the demo portfolio, through the production data layer.`,
    '',
    '| measure | tasks read / actions written / tasks updated | requests (inside $batch) | sequential round trips | time |',
    '|---|---|---|---|---|',
    ...r.rows.map((x) => `| ${x.label} | ${x.counts.tasksRead} / ${x.counts.actionWrites} / ${x.counts.taskWrites} | ${x.requests} (${x.inner}) | ${x.roundTrips} | ${x.ms.toFixed(0)} ms |`),
    '<!-- bench:planner:end -->'
  ].join('\n');
  writeBenchSection(root, 'planner', section, '## Actions in step with Planner');
}
