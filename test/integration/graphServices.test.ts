/**
 * The Graph side of the data layer against the local tenant: people search and ensure, the
 * group/plan/channel pickers, and Planner tasks of many plans through JSON $batch with an inner 429
 * retried and paging followed. Groups, plans and tasks are built with the tenant's fixture endpoint
 * (25 groups with a plan each, one plan with more tasks than a Planner page holds). Planner only
 * shows a group's plans to its members, so the PMO manager (who the tests act as) is one.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { PlannerService } from '../../src/services/graph/plannerService';
import { PeopleService } from '../../src/services/peopleService';
import { createClientsFromUrls } from '../../src/services/clients';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { IPmoServices } from '../../src/services/types';
import type { IGroupRef, IPlanRef } from '../../src/model/types';

describe('Graph services', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  let groups: IGroupRef[];
  let plans: IPlanRef[];
  const fixture = async (op: string, args: Record<string, unknown>): Promise<string> =>
    (await tenant.control<{ result: string }>('POST', 'graph/fixture', { op, args })).result;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    s = servicesFor(tenant);
    for (let g = 1; g <= 25; g++) {
      const n = String(g).padStart(2, '0');
      const groupId = await fixture('addGroup', { displayName: `Project ${n} team`, mail: `project${n}@contoso.com`, ownerIds: ['meganb@contoso.com'], memberIds: ['pmo.manager@contoso.com'], channels: ['Steering'] });
      const planId = await fixture('addPlan', { groupId, title: `Project ${n} plan` });
      const tasks = g === 7 ? 130 : 2;
      for (let t = 0; t < tasks; t++) await fixture('addTask', { planId, title: `Task ${t}`, percentComplete: t % 2 ? 100 : 0 });
    }
  }, 300000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('finds people by name or mail, with quotes escaped, and makes them site users', async () => {
    const found = await s.people.search('meg');
    expect(found).toContainEqual({ id: 0, title: 'Megan Bowen', email: 'meganb@contoso.com' });
    expect((await s.people.search('adelev@')).map((p) => p.email)).toEqual(['adelev@contoso.com']);
    expect(await s.people.search("O'Brien")).toEqual([]);
    expect(await s.people.search("') or startswith(mail,'")).toEqual([]);
    expect(await s.people.search('  ')).toEqual([]);
    const ensured = await s.people.ensure('adelev@contoso.com');
    expect(ensured).toMatchObject({ title: 'Adele Vance', email: 'adelev@contoso.com' });
    expect(ensured.id).toBeGreaterThan(0);
  }, 30000);

  it('knows who is signed in from the SharePoint side', async () => {
    expect(await servicesFor(tenant, 'leeg@contoso.com').people.current()).toMatchObject({ title: 'Lee Gu', email: 'leeg@contoso.com' });
  }, 30000);

  it('takes cross-cutting concerns as a PnPjs behaviour and a Graph middleware', async () => {
    const seen: string[] = [];
    // A TimelinePipe: observes every SharePoint request before it is sent.
    const countSp = (instance: any) => {
      instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
        seen.push(`sp ${init.method ?? 'GET'}`);
        return [url, init, result];
      });
      return instance;
    };
    let next: Middleware | undefined;
    const countGraph: Middleware = {
      execute: async (ctx: Context) => {
        seen.push(`graph ${ctx.options?.method ?? 'GET'}`);
        await next!.execute(ctx);
      },
      setNext: (m: Middleware) => {
        next = m;
      }
    };
    const clients = createClientsFromUrls({ siteUrl: tenant.siteUrl, graphBaseUrl: tenant.origin, spBehaviors: [countSp], graphMiddleware: [countGraph] });
    const people = new PeopleService(clients);
    expect((await people.current()).email).toBe('pmo.manager@contoso.com');
    expect((await people.search('lee')).map((p) => p.email)).toEqual(['leeg@contoso.com']);
    expect(seen).toEqual(['sp GET', 'graph GET']);
  }, 30000);

  it('lists groups, narrows them by name, and reads their plans and channels', async () => {
    groups = await s.directory.groups();
    expect(groups).toHaveLength(25);
    expect((await s.directory.groups('Project 07')).map((g) => g.displayName)).toEqual(['Project 07 team']);
    expect(await s.directory.groups('project 0')).toHaveLength(9);
    expect(await s.directory.groups("zz'no such group")).toEqual([]);

    plans = [];
    for (const g of groups) plans.push(...(await s.directory.plans(g.id)));
    expect(plans).toHaveLength(25);
    const withPlan = groups.filter((g) => plans.some((p) => p.groupId === g.id));
    expect(withPlan.length).toBeGreaterThan(0);
    const channels = await s.directory.channels(withPlan[0].id);
    expect(channels.map((c) => c.displayName).sort()).toEqual(['General', 'Steering']);
    expect(channels.every((c) => c.teamId === withPlan[0].id && c.id && c.displayName)).toBe(true);
  }, 120000);

  it('reads the tasks of every plan through $batch, retrying an inner 429 and following paging', async () => {
    const ids = plans.map((p) => p.id);
    const one: Record<string, string[]> = {};
    for (const id of ids) one[id] = (await s.planner.tasks(id)).map((t) => t.id).sort();
    // One plan holds more tasks than a Planner page: tasks() followed @odata.nextLink to read them all.
    expect(Object.keys(one).map((id) => one[id].length).sort((a, b) => b - a)[0]).toBe(130);

    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /v1\\.0/planner/plans/[^/]+/tasks', status: 429, retryAfter: 0, times: 1 }] });
    const mark = await logMark(tenant);
    let batched: Map<string, { id: string; planId: string }[]>;
    try {
      batched = await new PlannerService(clientsFor(tenant).graph).tasksOfPlans(ids.concat(ids.slice(0, 1)));
    } finally {
      await tenant.control('POST', 'faults', { rules: [] });
    }
    const log = await logSince(tenant, mark);

    expect(Array.from(batched.keys()).sort()).toEqual(ids.slice().sort());
    for (const id of ids) {
      expect([id, batched.get(id)!.map((t) => t.id).sort()]).toEqual([id, one[id]]);
      expect(batched.get(id)!.every((t) => t.planId === id)).toBe(true);
    }
    const outer = log.filter((e) => !e.inner);
    expect(outer.every((e) => e.method === 'POST' && e.path.startsWith('/v1.0/$batch'))).toBe(true);
    // Two batches for 25 plans, then one more round for the throttled request and the second page.
    expect(outer.length).toBe(Math.ceil(ids.length / 20) + 1);
    expect(log.filter((e) => e.inner && e.status === 429)).toHaveLength(1);
    console.info(`tasksOfPlans: ${ids.length} plans in ${outer.length} $batch requests`);
  }, 120000);
});
