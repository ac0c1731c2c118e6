/**
 * Actions in step with Planner, in Chromium against a demo-seeded local tenant (issue 10 "Done when"):
 * the PRJ-0042 manager has three actions made into Planner tasks. Another member of the project's
 * group completes one task and deletes another in Planner; after Refresh, the meetings tab of PMO
 * Project shows the first action done and the second flagged, and PMO Actions stores both. An edit in
 * PMO Hub updates its task (checked in the tenant's Planner), and a change made in Planner meanwhile
 * to the same field is shown as a conflict with both values, overwriting neither. Axe on each state.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, openEditPanel, openTab, runAxe, usePageSession, waitForViewReady } from './helpers';
import { clientsFor, servicesFor } from '../helpers/clients';
import type { RunningTenant } from '../helpers/localTenant';
import type { IActionItem, IProject } from '../../src/model/types';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const TITLES = ['Planner sync: migrate the archive', 'Planner sync: sign the vendor contract', 'Planner sync: retire the old plan'];
interface Task { id: string; '@odata.etag': string; percentComplete: number; dueDateTime: string | null }

/** The value once it equals `want`, or the last one read after 15 s (the page writes after its own round trips). */
async function eventually<T>(read: () => Promise<T>, want: T): Promise<T> {
  let v = await read();
  for (let i = 0; i < 60 && v !== want; i++) {
    await new Promise((r) => setTimeout(r, 250));
    v = await read();
  }
  return v;
}

let project: IProject;
let other: string;
const taskIds: string[] = [];

/** Three open actions of PRJ-0042, each made into a Planner task assigned to the manager, due in ten days. */
async function seedActions(tenant: RunningTenant): Promise<{ as: string; view: 'project'; projectId: number }> {
  project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
  const services = servicesFor(tenant, project.manager!.email);
  const graph = clientsFor(tenant, project.manager!.email).graph;
  const me = await services.people.current();
  const members: { value: { mail: string }[] } = await graph.api(`/groups/${project.groupId}/members`).get();
  other = members.value.map((m) => m.mail).filter((m) => m.toLowerCase() !== me.email.toLowerCase())[0];
  const { id: myId }: { id: string } = await graph.api(`/users/${me.email}`).get();
  for (const title of TITLES) {
    const t: Task = await graph.api('/planner/tasks').post({ planId: project.planId, title, dueDateTime: '2026-12-10T12:00:00Z', assignments: { [myId]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
    taskIds.push(t.id);
    await services.actions.create({ title, projectId: project.id, ownerId: me.id, dueDate: '2026-12-10', status: 'Open', plannerTaskId: t.id });
  }
  return { as: project.manager!.email, view: 'project', projectId: project.id };
}

describe('actions in step with Planner', () => {
  const s = usePageSession(seedActions);
  const row = (page: Page, title: string): Locator => page.getByRole('row').filter({ has: page.getByRole('button', { name: strings.RecordEditNamed.replace('{0}', title), exact: true }) });
  const stored = async (title: string): Promise<IActionItem> => (await servicesFor(s.tenant, project.manager!.email).actions.listByProject(project.id)).filter((a) => a.title === title)[0];
  const asOther = () => clientsFor(s.tenant, other).graph;
  const task = (id: string): Promise<Task> => clientsFor(s.tenant, project.manager!.email).graph.api(`/planner/tasks/${id}`).get();
  const refresh = async (page: Page) => {
    await page.getByRole('toolbar', { name: strings.ActionsToolbar }).getByRole('button', { name: strings.RecordRefresh }).click();
    await waitForViewReady(page);
    await page.getByTestId('actions-synced').waitFor();
  };
  const plannerCell = (page: Page, title: string) => row(page, title).locator('[data-planner-state]');

  it('shows the actions in step when the meetings tab opens; a task completed and one deleted in Planner show after Refresh and are stored', async () => {
    const { page } = s.pmo;
    await openTab(page, strings.WorkspaceTabMeetings);
    await page.getByTestId('actions-synced').waitFor();
    for (const t of TITLES) expect(await plannerCell(page, t).getAttribute('data-planner-state')).toBe('inStep');
    expect(blocking(await runAxe(page))).toEqual([]);

    const [t1, , t3] = await Promise.all(taskIds.map(task));
    await asOther().api(`/planner/tasks/${t1.id}`).header('If-Match', t1['@odata.etag']).patch({ percentComplete: 100 });
    await asOther().api(`/planner/tasks/${t3.id}`).header('If-Match', t3['@odata.etag']).delete();
    await refresh(page);

    await expect(row(page, TITLES[0]).locator('[data-status]').textContent()).resolves.toBe(strings.ActionStatusDone);
    await expect(plannerCell(page, TITLES[0]).textContent()).resolves.toContain(strings.ActionsPlannerDone);
    expect(await plannerCell(page, TITLES[2]).getAttribute('data-planner-state')).toBe('deleted');
    await expect(plannerCell(page, TITLES[2]).textContent()).resolves.toContain(strings.ActionsPlannerDeleted);
    expect(await stored(TITLES[0])).toMatchObject({ status: 'Done' });
    expect(await stored(TITLES[2])).toMatchObject({ status: 'Open', plannerTaskId: taskIds[2], plannerSync: expect.objectContaining({ state: 'deleted' }) });
    expect(blocking(await runAxe(page))).toEqual([]);
  });

  it('an edit in PMO Hub updates the task; a change made in Planner meanwhile is shown as a conflict and overwrites neither side', async () => {
    const { page } = s.pmo;
    let panel = await openEditPanel(page, TITLES[1]);
    await chooseOption(panel, strings.ActionsFieldStatus, strings.ActionStatusInprogress);
    await panel.getByRole('button', { name: strings.Save, exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await waitForViewReady(page);
    expect(await eventually(async () => (await task(taskIds[1])).percentComplete, 50)).toBe(50);
    expect((await stored(TITLES[1])).status).toBe('In progress');

    // Someone moves the due date in Planner; the manager, not knowing, moves it elsewhere in PMO Hub.
    const t2 = await task(taskIds[1]);
    await asOther().api(`/planner/tasks/${t2.id}`).header('If-Match', t2['@odata.etag']).patch({ dueDateTime: '2026-12-22T12:00:00Z' });
    panel = await openEditPanel(page, TITLES[1]);
    const due = panel.getByRole('combobox', { name: strings.ActionsFieldDueDate });
    await due.fill('2026-12-20');
    await due.press('Tab');
    await panel.getByRole('button', { name: strings.Save, exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await waitForViewReady(page);

    const conflict = page.locator('.ms-MessageBar').filter({ has: page.locator(`[data-conflict]`) });
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain(strings.ActionsConflict.replace('{0}', TITLES[1]));
    expect(await plannerCell(page, TITLES[1]).getAttribute('data-planner-state')).toBe('conflict');
    expect((await task(taskIds[1])).dueDateTime).toBe('2026-12-22T12:00:00Z');
    expect(await stored(TITLES[1])).toMatchObject({ dueDate: '2026-12-20', plannerSync: expect.objectContaining({ state: 'conflict' }) });
    expect(blocking(await runAxe(page))).toEqual([]);

    // The person keeps PMO Hub's date: the task takes it, with its current etag, and the conflict goes.
    await conflict.getByRole('button', { name: strings.ActionsKeepMine }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await eventually(async () => (await task(taskIds[1])).dueDateTime, '2026-12-20T12:00:00Z')).toBe('2026-12-20T12:00:00Z');
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
