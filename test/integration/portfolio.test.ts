/**
 * The portfolio loader on the real data layer against the local tenant's demo portfolio: the rows'
 * Planner figures equal what the tenant's Planner holds, Planner goes through $batch (never one call per
 * project), every SharePoint read has $select, and a deleted plan (404) or one the person cannot read
 * (403) marks its own row only.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { rollupTasks } from '../../src/model/schedule';
import { costSummary } from '../../src/model/costs';
import { projectStatus } from '../../src/model/projectStatus';
import { LISTS } from '../../src/services/sharepoint/schema';
import type { IPmoServices } from '../../src/services/types';

const TODAY = new Date().toISOString().slice(0, 10);

describe('portfolio loader', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    s = servicesFor(tenant, 'pmo.manager@contoso.com');
  }, 120000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('rolls up every plan of the demo portfolio in batches, with the figures Planner holds', async () => {
    const mark = await logMark(tenant);
    const updates: number[] = [];
    const view = await s.portfolioLoader.load({ today: TODAY, firstScreen: 20, onUpdate: (v) => updates.push(v.rows.filter((r) => r.pending).length) });
    const log = (await logSince(tenant, mark)).filter((e) => !e.path.startsWith('/__pmo'));
    const withPlan = view.rows.filter((r) => r.project.planId);
    expect(withPlan.length).toBeGreaterThan(20);
    expect(view.complete).toBe(true);
    expect(view.failed).toEqual([]);
    // First update: the register only (every plan pending); then the first screen's 20 plans answered.
    expect(updates[0]).toBe(withPlan.length);
    expect(updates[1]).toBe(withPlan.length - 20);
    for (const r of withPlan) {
      expect(r.plan).toBe('read');
      expect(r.pending).toBe(false);
    }
    // Planner: $batch only, 20 inner requests a batch at most, no per-plan GETs outside a batch.
    const outer = log.filter((e) => !e.inner);
    expect(outer.filter((e) => e.path.startsWith('/v1.0/planner'))).toEqual([]);
    const batches = outer.filter((e) => e.path === '/v1.0/$batch');
    expect(batches.length).toBe(Math.ceil(20 / 20) + Math.ceil((withPlan.length - 20) / 20));
    // SharePoint: the register and one query each for risks, actions, meetings and cost lines, all with $select.
    const sp = outer.filter((e) => e.path.startsWith('/sites/pmo/_api/'));
    expect(sp.length).toBe(5);
    expect(sp.filter((e) => decodeURIComponent(e.path).includes(`getByTitle('${LISTS.costs}')`)).length).toBe(1);
    for (const e of sp) expect(decodeURIComponent(e.path)).toContain('$select=');

    // Three projects checked against Planner read directly, one call each.
    for (const r of withPlan.slice(0, 3)) {
      const tasks = await s.planner.tasks(r.project.planId!);
      const expected = rollupTasks(tasks, TODAY);
      expect(r.tasks).toEqual(expected);
      expect(r.percentComplete).toBe(expected.percentComplete);
    }
  }, 60000);

  it('takes AC, EAC, variance and CPI from PMO Costs lines, equal to what the project status tab computes from its own lines', async () => {
    const view = await s.portfolioLoader.load({ today: TODAY });
    const fromCosts = view.rows.filter((r) => r.cost.source === 'costs');
    expect(fromCosts.length).toBeGreaterThan(2);
    for (const row of fromCosts.slice(0, 4)) {
      // What the status tab does: the project's own lines and tasks, the same rule.
      const lines = await s.costs.listByProject(row.project.id);
      const tasks = row.project.planId ? await s.planner.tasks(row.project.planId) : [];
      const tab = projectStatus({ project: row.project, plan: row.project.planId ? { kind: 'read', tasks } : { kind: 'none' }, costs: lines, today: TODAY });
      const summary = costSummary(lines);
      expect(row.cost.actualCost).toBe(summary.actualToDate);
      expect(row.cost.eac).toBe(summary.eac);
      expect(row.evm.ac).toBe(tab.evm.ac);
      expect(row.evm.cpi).toBe(tab.evm.cpi);
      expect(row.variance).toBe(tab.variance);
    }
  }, 60000);

  it('a plan still throttled after the retries marks its row throttled; the other rows read', async () => {
    const target = (await s.portfolio.projects()).find((p) => p.planId)!;
    // Every try of that plan's tasks is answered 429 (Retry-After 0 keeps the test fast); other plans pass.
    await tenant.control('POST', 'faults', { rules: [{ match: `^GET /v1\\.0/planner/plans/${target.planId}/tasks`, status: 429, retryAfter: 0 }] });
    const mark = await logMark(tenant);
    try {
      const view = await s.portfolioLoader.load({ today: TODAY });
      const row = view.rows.find((r) => r.project.id === target.id)!;
      expect(row.plan).toBe('failed');
      expect(row.planFailure).toBe('throttled');
      expect(row.percentComplete).toBeUndefined();
      expect(row.tasks).toBeUndefined();
      const others = view.rows.filter((r) => r.project.planId && r.project.id !== target.id);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((r) => r.plan === 'read')).toBe(true);
      // The plan was tried maxAttempts (5) times inside $batch, never outside.
      const tries = (await logSince(tenant, mark)).filter((e) => e.inner && e.path.startsWith(`/v1.0/planner/plans/${target.planId}/tasks`));
      expect(tries.length).toBe(5);
    } finally {
      await tenant.control('POST', 'faults', { rules: [] });
    }
  }, 60000);

  it('marks a deleted plan (404) on its row only', async () => {
    const first = (await s.portfolio.projects()).find((p) => p.planId)!;
    const items = clientsFor(tenant, 'pmo.manager@contoso.com').sp.web.lists.getByTitle(LISTS.projects).items;
    await items.getById(first.id).update({ PlanId: 'deleted-plan-0000000000000000' });
    try {
      const view = await s.portfolioLoader.load({ today: TODAY });
      const row = view.rows.find((r) => r.project.id === first.id)!;
      expect(row.plan).toBe('failed');
      expect(row.planFailure).toBe('notFound');
      expect(row.percentComplete).toBeUndefined();
      expect(row.tasks).toBeUndefined();
      expect(view.rows.filter((r) => r.project.planId && r.project.id !== first.id).every((r) => r.plan === 'read')).toBe(true);
    } finally {
      await items.getById(first.id).update({ PlanId: first.planId });
    }
  }, 60000);

  it('marks plans the person may not read (403) and renders the rest', async () => {
    // Megan is a member of some project teams only; Planner answers 403 for the other plans.
    const megan = servicesFor(tenant, 'meganb@contoso.com');
    const view = await megan.portfolioLoader.load({ today: TODAY });
    const withPlan = view.rows.filter((r) => r.project.planId);
    const forbidden = withPlan.filter((r) => r.planFailure === 'forbidden');
    const read = withPlan.filter((r) => r.plan === 'read');
    expect(forbidden.length).toBeGreaterThan(0);
    expect(read.length).toBeGreaterThan(0);
    expect(forbidden.length + read.length).toBe(withPlan.length);
    for (const r of forbidden) expect(r.tasks).toBeUndefined();
  }, 60000);
});
