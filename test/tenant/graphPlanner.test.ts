import { PageIterator } from '@microsoft/microsoft-graph-client';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

interface Task {
  '@odata.etag': string;
  id: string;
  title: string;
  percentComplete: number;
  completedDateTime: string | null;
  bucketId: string;
  assignments: Record<string, unknown>;
  hasDescription: boolean;
  checklistItemCount: number;
}

describe('Graph Planner: plans, buckets, tasks and etags', () => {
  let tenant: RunningTenant;
  let group: string;
  let plan: string;
  let todo: string;
  let done: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0042 Alpha', mail: 'alpha@contoso.com', ownerIds: [PEOPLE.megan], memberIds: [PEOPLE.pmo] });
    plan = await fixture(tenant, 'addPlan', { groupId: group, title: 'Alpha ERP plan' });
    todo = await fixture(tenant, 'addBucket', { planId: plan, name: 'To do' });
    done = await fixture(tenant, 'addBucket', { planId: plan, name: 'Done' });
    for (let i = 1; i <= 7; i++) {
      await fixture(tenant, 'addTask', { planId: plan, bucketId: todo, title: `Seeded task ${i}`, percentComplete: i === 1 ? 100 : 0, dueDateTime: `2025-06-0${i}T17:00:00Z`, assigneeIds: [PEOPLE.grady] });
    }
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('lists the group’s plans, a plan, its buckets and its tasks', async () => {
    const client = graphClient(tenant);
    const plans = await client.api(`/groups/${group}/planner/plans`).get();
    expect(plans.value).toEqual([expect.objectContaining({ id: plan, title: 'Alpha ERP plan', container: expect.objectContaining({ containerId: group, type: 'group' }) })]);
    expect(plan).toHaveLength(28);
    const one = await client.api(`/planner/plans/${plan}`).get();
    expect(one['@odata.etag']).toMatch(/^W\/".+"$/);
    const buckets = await client.api(`/planner/plans/${plan}/buckets`).get();
    expect(buckets.value.map((b: { name: string }) => b.name)).toEqual(['To do', 'Done']);
    const tasks = await client.api(`/planner/plans/${plan}/tasks`).get();
    expect(tasks.value).toHaveLength(7);
    expect(tasks.value[0]).toMatchObject({ title: 'Seeded task 1', percentComplete: 100, completedDateTime: expect.any(String), dueDateTime: '2025-06-01T17:00:00Z', assignments: { [PEOPLE.grady]: expect.objectContaining({ '@odata.type': '#microsoft.graph.plannerAssignment' }) } });
  });

  it('pages plan tasks with a nextLink that PageIterator follows', async () => {
    const client = graphClient(tenant);
    const first = await client.api(`/planner/plans/${plan}/tasks`).top(3).get();
    expect(first.value).toHaveLength(3);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.origin}/v1\\.0/planner/plans/${plan}/tasks\\?`));
    const titles: string[] = [];
    await new PageIterator(client, first, (t: Task) => {
      titles.push(t.title);
      return true;
    }).iterate();
    expect(titles).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Seeded task ${i}`));
  });

  it('creates a task (201 with an etag), reads it and updates it with its etag (204)', async () => {
    const client = graphClient(tenant);
    const created: Task = await client.api('/planner/tasks').post({
      planId: plan,
      bucketId: todo,
      title: 'Action: send minutes',
      dueDateTime: '2025-06-10T17:00:00Z',
      assignments: { [PEOPLE.megan]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } }
    });
    expect(created.id).toHaveLength(28);
    expect(created['@odata.etag']).toMatch(/^W\/".+"$/);
    const read: Task = await client.api(`/planner/tasks/${created.id}`).get();
    expect(read['@odata.etag']).toBe(created['@odata.etag']);
    const patched = await client.api(`/planner/tasks/${created.id}`).header('If-Match', read['@odata.etag']).patch({ percentComplete: 100, bucketId: done });
    expect(patched).toBeUndefined();
    const after: Task = await client.api(`/planner/tasks/${created.id}`).get();
    expect(after).toMatchObject({ percentComplete: 100, bucketId: done, completedDateTime: expect.stringMatching(/Z$/) });
    // Planner compares etags by ordinal order: a later version sorts after an earlier one.
    expect(after['@odata.etag'] > read['@odata.etag']).toBe(true);

    const stale = await graphFailure(client.api(`/planner/tasks/${created.id}`).header('If-Match', read['@odata.etag']).patch({ title: 'late' }));
    expect(stale.statusCode).toBe(412);
    const none = await graphFailure(client.api(`/planner/tasks/${created.id}`).patch({ title: 'no etag' }));
    expect(none.statusCode).toBe(412);
    expect(none.message).toBe('The If-Match header must be specified for this kind of request.');
    expect((await client.api(`/planner/tasks/${created.id}`).get()).title).toBe('Action: send minutes');
  });

  it('returns the task on Prefer: return=representation and clears completion below 100', async () => {
    const client = graphClient(tenant);
    const t: Task = await client.api('/planner/tasks').post({ planId: plan, title: 'Reopenable', percentComplete: 100 });
    expect(t.completedDateTime).not.toBeNull();
    const rep: Task = await client.api(`/planner/tasks/${t.id}`).header('If-Match', t['@odata.etag']).header('Prefer', 'return=representation').patch({ percentComplete: 50 });
    expect(rep).toMatchObject({ id: t.id, percentComplete: 50, completedDateTime: null });
    expect(rep['@odata.etag']).not.toBe(t['@odata.etag']);
    await client.api(`/planner/tasks/${t.id}`).header('If-Match', rep['@odata.etag']).patch({ title: 'Reopened' });
  });

  it('refuses a start after the due date, and assignments without @odata.type', async () => {
    const client = graphClient(tenant);
    const bad = await graphFailure(client.api('/planner/tasks').post({ planId: plan, title: 'x', startDateTime: '2025-06-10T00:00:00Z', dueDateTime: '2025-06-01T00:00:00Z' }));
    expect(bad.statusCode).toBe(400);
    const untyped = await graphFailure(client.api('/planner/tasks').post({ planId: plan, title: 'x', assignments: { [PEOPLE.megan]: { orderHint: ' !' } } }));
    expect(untyped.statusCode).toBe(400);
  });

  it('updates task details with their own etag, which changes the task’s counts and etag', async () => {
    const client = graphClient(tenant);
    const t: Task = await client.api('/planner/tasks').post({ planId: plan, title: 'With details' });
    const d = await client.api(`/planner/tasks/${t.id}/details`).get();
    expect(d).toMatchObject({ id: t.id, description: '', checklist: {}, references: {} });
    const noMatch = await graphFailure(client.api(`/planner/tasks/${t.id}/details`).patch({ description: 'x' }));
    expect(noMatch.statusCode).toBe(412);
    await client.api(`/planner/tasks/${t.id}/details`).header('If-Match', d['@odata.etag']).patch({
      description: 'Agreed in steering committee',
      checklist: { '95e27074-6c4a-447a-aa24-9d718a0b86fa': { '@odata.type': '#microsoft.graph.plannerChecklistItem', title: 'Draft', isChecked: false } }
    });
    const task: Task = await client.api(`/planner/tasks/${t.id}`).get();
    expect(task).toMatchObject({ hasDescription: true, checklistItemCount: 1 });
    expect(task['@odata.etag']).not.toBe(t['@odata.etag']);
  });

  it('keeps external references keyed by the encoded URL and refuses a raw URL key', async () => {
    const client = graphClient(tenant);
    const t: Task = await client.api('/planner/tasks').post({ planId: plan, title: 'With a link' });
    const d = await client.api(`/planner/tasks/${t.id}/details`).get();
    const raw = await graphFailure(
      client.api(`/planner/tasks/${t.id}/details`).header('If-Match', d['@odata.etag']).patch({ references: { 'https://contoso.sharepoint.com/sites/pmo': { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'x' } } })
    );
    expect(raw.statusCode).toBe(400);
    const key = 'https%3A//contoso%2Esharepoint%2Ecom/sites/pmo/%23/meetings';
    await client.api(`/planner/tasks/${t.id}/details`).header('If-Match', d['@odata.etag']).patch({
      references: { [key]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'Minutes', type: 'Other', previewPriority: ' !' } }
    });
    const after = await client.api(`/planner/tasks/${t.id}/details`).get();
    expect(after.references[key]).toMatchObject({ alias: 'Minutes', type: 'Other' });
    expect(after['@odata.etag']).not.toBe(d['@odata.etag']);
    expect(((await client.api(`/planner/tasks/${t.id}`).get()) as Task & { referenceCount: number }).referenceCount).toBe(1);
  });

  it('deletes with If-Match, and hides the plan from people outside the group', async () => {
    const client = graphClient(tenant);
    const t: Task = await client.api('/planner/tasks').post({ planId: plan, title: 'Temporary' });
    expect((await graphFailure(client.api(`/planner/tasks/${t.id}`).delete())).statusCode).toBe(412);
    await client.api(`/planner/tasks/${t.id}`).header('If-Match', t['@odata.etag']).delete();
    expect((await graphFailure(client.api(`/planner/tasks/${t.id}`).get())).statusCode).toBe(404);
    const outsider = await graphFailure(graphClient(tenant, 'adelev@contoso.com').api(`/planner/plans/${plan}/tasks`).get());
    expect(outsider.statusCode).toBe(403);
  });
});

describe('Graph Planner: what a sync back from Planner relies on', () => {
  let tenant: RunningTenant;
  let plan: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    const group = await fixture(tenant, 'addGroup', { displayName: 'PRJ-0050 Sync', mail: 'sync@contoso.com', ownerIds: [PEOPLE.megan], memberIds: [PEOPLE.pmo, PEOPLE.megan] });
    plan = await fixture(tenant, 'addPlan', { groupId: group, title: 'Sync plan' });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  const batchGet = (ids: string[]) =>
    graphClient(tenant).api('/$batch').post({ requests: ids.map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/planner/tasks/${id}` })) }) as Promise<{
      responses: { id: string; status: number; body: Task & { error?: { code: string; message: string } } }[];
    }>;

  it('reads 20 tasks in one $batch, each with its etag, a deleted one 404 in its own slot; 21 are refused', async () => {
    const client = graphClient(tenant);
    const made: Task[] = [];
    for (let i = 1; i <= 20; i++) made.push(await client.api('/planner/tasks').post({ planId: plan, title: `Action ${i}` }));
    await client.api(`/planner/tasks/${made[4].id}`).header('If-Match', made[4]['@odata.etag']).delete();
    const res = await batchGet(made.map((t) => t.id));
    expect(res.responses).toHaveLength(20);
    const byId = new Map(res.responses.map((r) => [r.id, r]));
    made.forEach((t, i) => {
      const r = byId.get(String(i + 1))!;
      if (i === 4) {
        expect(r.status).toBe(404);
        expect(r.body.error).toEqual(expect.objectContaining({ code: '', message: 'The requested item is not found.' }));
      } else {
        expect(r.status).toBe(200);
        expect(r.body).toMatchObject({ id: t.id, title: `Action ${i + 1}`, '@odata.etag': t['@odata.etag'] });
      }
    });
    const tooMany = await graphFailure(batchGet(made.map((t) => t.id).concat(made[0].id)));
    expect(tooMany.statusCode).toBe(400);
  });

  it('lets another member complete, re-date and reassign a task; the first reader\'s etag is then stale (412), Prefer returns 200 with the body', async () => {
    const mine = graphClient(tenant);
    const t: Task = await mine.api('/planner/tasks').post({ planId: plan, title: 'Send the minutes', dueDateTime: '2026-12-10T12:00:00Z', assignments: { [PEOPLE.pmo]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
    const megan = graphClient(tenant, 'meganb@contoso.com');
    const changed = await megan.api(`/planner/tasks/${t.id}`).header('If-Match', t['@odata.etag']).patch({
      percentComplete: 100,
      dueDateTime: '2026-12-17T12:00:00Z',
      assignments: { [PEOPLE.pmo]: null, [PEOPLE.megan]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } }
    });
    expect(changed).toBeUndefined(); // 204 without Prefer
    const [after] = (await batchGet([t.id])).responses;
    expect(after.body).toMatchObject({ percentComplete: 100, dueDateTime: '2026-12-17T12:00:00Z', completedBy: { user: { id: PEOPLE.megan } } });
    expect(Object.keys(after.body.assignments)).toEqual([PEOPLE.megan]);
    const stale = await graphFailure(mine.api(`/planner/tasks/${t.id}`).header('If-Match', t['@odata.etag']).patch({ percentComplete: 50 }));
    expect(stale.statusCode).toBe(412);
    expect(stale.code === null || stale.code === '').toBe(true);
    const missing = await graphFailure(mine.api(`/planner/tasks/${t.id}`).patch({ percentComplete: 50 }));
    expect(missing).toMatchObject({ statusCode: 412, message: 'The If-Match header must be specified for this kind of request.' });
    const fresh: Task = await mine.api(`/planner/tasks/${t.id}`).header('If-Match', after.body['@odata.etag']).header('Prefer', 'return=representation').patch({ dueDateTime: '2026-12-18T12:00:00Z' });
    expect(fresh).toMatchObject({ id: t.id, percentComplete: 100 });
    expect(fresh['@odata.etag']).not.toBe(after.body['@odata.etag']);
  });
});
