/**
 * PMO Actions kept in step with Planner against the local tenant, on the real PnPjs and Graph clients:
 * another member changes the tasks in Planner, the sync brings it in (one $batch of task reads, one
 * SharePoint $batch of writes), PMO Hub's edit goes out with the task's etag, a conflict is stored and
 * shown instead of overwriting either side, a 412 between read and write is read again.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import type { IActionItem, IPerson, IProject } from '../../src/model/types';
import type { IActionSyncService, IPmoServices } from '../../src/services/types';
import { TEXTS, draftMeeting, minutesWith, taggedMeeting } from '../helpers/meetings';

jest.setTimeout(120_000);

interface Task {
  id: string;
  '@odata.etag': string;
  percentComplete: number;
  dueDateTime: string | null;
  assignments: Record<string, unknown>;
}

describe('actions in step with Planner', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let services: IPmoServices;
  let sync: IActionSyncService;
  let me: IPerson;
  let other: string;
  let actions: IActionItem[];
  const tasks: Task[] = [];
  const asMe = () => clientsFor(tenant, project.manager!.email).graph;
  const asOther = () => clientsFor(tenant, other).graph;
  const task = (id: string): Promise<Task> => asMe().api(`/planner/tasks/${id}`).get();

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
    services = servicesFor(tenant, project.manager!.email);
    sync = services.actionSync!;
    me = await services.people.current();
    const members: { value: { id: string; mail: string }[] } = await asMe().api(`/groups/${project.groupId}/members`).get();
    other = members.value.map((m) => m.mail).filter((m) => m.toLowerCase() !== me.email.toLowerCase())[0];
    const myId: { id: string } = await asMe().api(`/users/${me.email}`).get();
    for (const title of ['Sync: finish the data migration', 'Sync: sign the vendor contract', 'Sync: archive the old plan']) {
      const t: Task = await asMe().api('/planner/tasks').post({ planId: project.planId, title, dueDateTime: '2026-12-10T12:00:00Z', assignments: { [myId.id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
      tasks.push(t);
    }
    actions = [];
    for (const [i, t] of tasks.entries()) {
      actions.push(await services.actions.create({ title: `Sync action ${i + 1}`, projectId: project.id, ownerId: me.id, dueDate: '2026-12-10', status: 'Open', plannerTaskId: t.id }));
    }
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  it('first sync stores the base in one read $batch and one SharePoint $batch; a second sync writes nothing', async () => {
    const mark = await logMark(tenant);
    const first = await sync.sync(actions);
    const log = await logSince(tenant, mark);
    expect(first.errors).toEqual([]);
    expect(first.counts).toEqual({ tasksRead: 3, actionWrites: 3, taskWrites: 0 });
    expect(log.filter((r) => !r.inner && r.path === '/v1.0/$batch')).toHaveLength(1);
    expect(log.filter((r) => r.inner && r.method === 'GET' && /planner\/tasks\//.test(r.path))).toHaveLength(3);
    expect(log.filter((r) => !r.inner && /\/_api\/\$batch/.test(r.path))).toHaveLength(1);
    const stored = await services.actions.listByProject(project.id);
    for (const a of actions) expect(stored.find((s) => s.id === a.id)!.plannerSync!.base).toMatchObject({ progress: 'open', due: '2026-12-10' });
    actions = first.actions;

    const mark2 = await logMark(tenant);
    const second = await sync.sync(actions);
    expect(second.counts).toEqual({ tasksRead: 3, actionWrites: 0, taskWrites: 0 });
    expect((await logSince(tenant, mark2)).filter((r) => r.method !== 'GET' && !/\$batch/.test(r.path))).toEqual([]);
  });

  it('another member completes one task, re-dates one and deletes one: done, the new due date and the flag are stored', async () => {
    const [t1, t2, t3] = await Promise.all(tasks.map((t) => task(t.id)));
    await asOther().api(`/planner/tasks/${t1.id}`).header('If-Match', t1['@odata.etag']).patch({ percentComplete: 100 });
    await asOther().api(`/planner/tasks/${t2.id}`).header('If-Match', t2['@odata.etag']).patch({ dueDateTime: '2026-12-16T23:00:00Z' });
    await asOther().api(`/planner/tasks/${t3.id}`).header('If-Match', t3['@odata.etag']).delete();

    const res = await sync.sync(actions);
    expect(res.counts).toEqual({ tasksRead: 3, actionWrites: 3, taskWrites: 0 });
    const stored = new Map((await services.actions.listByProject(project.id)).map((a) => [a.id, a]));
    expect(stored.get(actions[0].id)).toMatchObject({ status: 'Done', plannerSync: expect.objectContaining({ fromPlanner: ['status'] }) });
    expect(stored.get(actions[1].id)).toMatchObject({ status: 'Open', dueDate: '2026-12-17', plannerSync: expect.objectContaining({ fromPlanner: ['due'] }) });
    expect(stored.get(actions[2].id)).toMatchObject({ plannerTaskId: tasks[2].id, plannerSync: expect.objectContaining({ state: 'deleted' }) });
    actions = res.actions;
    // The save's answer gives "<guid>,n" and a read gives "n": the same version either way.
    const version = (etag: string) => etag.replace(/"/g, '').replace(/^.*,/, '');
    expect(actions.map((a) => version(a.etag))).toEqual(actions.map((a) => version(stored.get(a.id)!.etag)));
  });

  it('an edit in PMO Hub updates the task with its etag, also after a 412 between the read and the write', async () => {
    const edited = await services.actions.update(actions[1].id, { ...actions[1], ownerId: me.id, status: 'In progress' }, actions[1].etag);
    actions[1] = { ...edited, plannerSync: actions[1].plannerSync };
    // The task moves on between the sync's read and its PATCH (a 412 for the first PATCH): the sync reads it again.
    await tenant.control('POST', 'faults', { rules: [{ match: '^PATCH /v1\\.0/planner/tasks/', status: 412, times: 1 }] });
    const res = await sync.sync(actions);
    await tenant.control('POST', 'faults', { rules: [] });
    expect(res.errors).toEqual([]);
    expect(res.counts.taskWrites).toBe(2);
    expect((await task(tasks[1].id)).percentComplete).toBe(50);
    actions = res.actions;
    expect(actions[1].plannerSync!.state).toBeUndefined();
  });

  it('a conflicting change in Planner is stored as a conflict and overwrites neither side, until a person settles it', async () => {
    const edited = await services.actions.update(actions[1].id, { ...actions[1], ownerId: me.id, dueDate: '2026-12-20' }, actions[1].etag);
    actions[1] = { ...edited, plannerSync: actions[1].plannerSync };
    const t2 = await task(tasks[1].id);
    await asOther().api(`/planner/tasks/${t2.id}`).header('If-Match', t2['@odata.etag']).patch({ dueDateTime: '2026-12-22T12:00:00Z' });

    const res = await sync.sync(actions);
    expect(res.counts.taskWrites).toBe(0);
    const a2 = (await services.actions.listByProject(project.id)).find((a) => a.id === actions[1].id)!;
    expect(a2.dueDate).toBe('2026-12-20');
    expect(a2.plannerSync).toMatchObject({ state: 'conflict', conflict: { fields: ['due'], theirs: expect.objectContaining({ due: '2026-12-22' }) } });
    expect((await task(tasks[1].id)).dueDateTime).toBe('2026-12-22T12:00:00Z');

    const settled = await sync.resolve(res.actions[1], 'pmo');
    expect(settled.counts).toEqual({ tasksRead: 1, actionWrites: 1, taskWrites: 1 });
    expect((await task(tasks[1].id)).dueDateTime).toBe('2026-12-20T12:00:00Z');
    expect(settled.actions[0].plannerSync!.state).toBeUndefined();
  });

  it('a task made while the owner cannot be looked up says it has no assignee and why (never silently)', async () => {
    const bucket = (await services.planner.buckets(project.planId!))[0].id;
    const base = { planId: project.planId!, bucketId: bucket, dueDate: '2026-12-10' };
    await tenant.control('POST', 'consent', { deny: ['User.ReadBasic.All'] });
    let made;
    try {
      made = await services.outlook.createTasks([{ ...base, key: 'a1', title: 'Unassigned: refused look-up', assigneeEmail: me.email }]);
    } finally {
      await tenant.control('POST', 'consent', { deny: [] });
    }
    expect(made.a1).toMatchObject({ id: expect.any(String), unassigned: 'forbidden:User.ReadBasic.All' });
    expect((await task(made.a1.id!)).assignments).toEqual({});
    const unknown = await services.outlook.createTasks([
      { ...base, key: 'a2', title: 'Unassigned: unknown owner', assigneeEmail: 'nobody.here@contoso.com' },
      { ...base, key: 'a3', title: 'Assigned', assigneeEmail: me.email }
    ]);
    expect(unknown.a2).toMatchObject({ id: expect.any(String), unassigned: 'notFound' });
    expect(unknown.a3.unassigned).toBeUndefined();
    expect(Object.keys((await task(unknown.a3.id!)).assignments)).toHaveLength(1);
  });

  it('publishing while User.ReadBasic.All is denied records, on the tasks step, which actions have no assignee and why', async () => {
    const event = await taggedMeeting(services, project);
    const meeting = await draftMeeting(services, event, project, minutesWith(event, me, '2026-12-10'));
    await tenant.control('POST', 'consent', { deny: ['User.ReadBasic.All'] });
    let log;
    try {
      log = (await services.publisher.publish({ meeting, event, projects: [project], me: me.email, minutesUrl: `${tenant.origin}/#/meetings/${meeting.id}`, today: '2026-12-01', texts: TEXTS })).meeting.publishLog!;
    } finally {
      await tenant.control('POST', 'consent', { deny: [] });
    }
    expect(log.steps.tasks?.state).toBe('done');
    expect(log.unassignedTasks).toEqual({ a1: 'forbidden:User.ReadBasic.All', a2: 'forbidden:User.ReadBasic.All' });
    for (const id of Object.values(log.plannerTasks)) expect((await task(id)).assignments).toEqual({});
  });
});
