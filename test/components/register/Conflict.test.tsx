import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import type { ProjectDraft } from '../../../src/model/types';
import { button, desktopLayout, findPanel, renderRegister, sampleServices } from './helpers';

desktopLayout();
jest.setTimeout(30000);
beforeEach(() => window.localStorage.clear());

type User = ReturnType<typeof userEvent.setup>;

async function openEdit(user: User, title: string, code: string): Promise<HTMLElement> {
  await user.click(await screen.findByText(title, { selector: '[data-project-id]' }));
  return findPanel(format(strings.ProjectFormEditTitle, code));
}

/** The conflict dialog once it is shown. */
async function findConflictDialog(): Promise<HTMLElement> {
  const title = await screen.findByText(strings.ConflictTitle);
  return title.closest('.ms-Dialog-main') as HTMLElement;
}

function rowOf(dialog: HTMLElement, key: string): HTMLElement {
  return dialog.querySelector(`[data-conflict-field="${key}"]`) as HTMLElement;
}

const updates = (services: ReturnType<typeof sampleServices>): [number, ProjectDraft, string][] =>
  services.projects.callsOf('update') as [number, ProjectDraft, string][];

/** Edits the title while Bob renames the project, saves, and returns at the conflict dialog. */
async function titleConflict(): Promise<{ services: ReturnType<typeof sampleServices>; user: User; panel: HTMLElement; dialog: HTMLElement }> {
  const services = sampleServices();
  renderRegister(services);
  const user = userEvent.setup();
  const panel = await openEdit(user, 'CRM rollout', 'PRJ-0001');
  await user.type(within(panel).getByLabelText(strings.RegisterColTitle), ' EU');
  services.projects.serverEdit(1, { title: 'Renamed by Bob' });
  await user.click(button(panel, strings.Save));
  return { services, user, panel, dialog: await findConflictDialog() };
}

describe('ProjectForm: conflicts', () => {
  it('shows what changed on both sides, merges field by field and saves with the current ETag', async () => {
    const services = sampleServices();
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openEdit(user, 'CRM rollout', 'PRJ-0001');
    await user.clear(within(panel).getByLabelText(strings.RegisterColTitle));
    await user.type(within(panel).getByLabelText(strings.RegisterColTitle), 'CRM rollout EU');
    await user.clear(within(panel).getByLabelText(strings.RegisterColDepartment));
    await user.type(within(panel).getByLabelText(strings.RegisterColDepartment), 'Sales EU');

    // Someone else saves the same project meanwhile.
    services.projects.serverEdit(1, { title: 'CRM rollout (phase 1)', budget: 150000 });
    await user.click(button(panel, strings.Save));

    const dialog = await findConflictDialog();
    const keys = Array.from(dialog.querySelectorAll('[data-conflict-field]')).map((e) => e.getAttribute('data-conflict-field'));
    expect(keys).toEqual(['title', 'department', 'budget']);
    const title = rowOf(dialog, 'title');
    expect(within(title).getByText(strings.ConflictChangedByBoth, { exact: false })).toBeInTheDocument();
    expect(within(title).getByText(`${strings.ConflictColBase}: CRM rollout`)).toBeInTheDocument();
    expect(within(rowOf(dialog, 'budget')).getByText(strings.ConflictChangedByThem, { exact: false })).toBeInTheDocument();
    // Defaults: yours where you changed it, theirs where only they did.
    expect(within(title).getByLabelText(`${strings.ConflictColMine}: CRM rollout EU`)).toBeChecked();
    expect(within(rowOf(dialog, 'budget')).getByLabelText(`${strings.ConflictColTheirs}: 150000`)).toBeChecked();
    expect(updates(services)).toHaveLength(1);

    // Take their title, keep my department, keep their budget.
    await user.click(within(title).getByLabelText(`${strings.ConflictColTheirs}: CRM rollout (phase 1)`));
    await user.click(button(dialog, strings.ConflictSave));

    await waitFor(() => expect(document.querySelector('.ms-Panel.is-open')).toBeNull());
    const calls = updates(services);
    expect(calls.map((c) => c[2])).toEqual(['"1"', '"2"']);
    expect(calls[1][1]).toMatchObject({ title: 'CRM rollout (phase 1)', department: 'Sales EU', budget: 150000 });
    expect(services.projects.items[0]).toMatchObject({ title: 'CRM rollout (phase 1)', department: 'Sales EU', etag: '"3"' });
    expect(await screen.findByText('CRM rollout (phase 1)', { selector: '[data-project-id]' })).toBeInTheDocument();
  });

  it('asks again when the item changes once more while resolving, then saves with the newest ETag', async () => {
    const services = sampleServices();
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openEdit(user, 'CRM rollout', 'PRJ-0001');
    await user.type(within(panel).getByLabelText(strings.RegisterColDepartment), ' EU');
    services.projects.serverEdit(1, { budget: 150000 });
    await user.click(button(panel, strings.Save));
    let dialog = await findConflictDialog();
    expect(rowOf(dialog, 'priority')).toBeNull();

    services.projects.serverEdit(1, { priority: 'Critical' });
    await user.click(button(dialog, strings.ConflictSave));
    await waitFor(() => expect(rowOf(dialog, 'priority')).not.toBeNull());
    dialog = await findConflictDialog();
    expect(within(rowOf(dialog, 'priority')).getByLabelText(`${strings.ConflictColTheirs}: ${strings.RegisterPriorityCritical}`)).toBeChecked();
    await user.click(button(dialog, strings.ConflictSave));

    await waitFor(() => expect(document.querySelector('.ms-Panel.is-open')).toBeNull());
    const calls = updates(services);
    expect(calls.map((c) => c[2])).toEqual(['"1"', '"2"', '"3"']);
    expect(calls[2][1]).toMatchObject({ department: 'Sales EU', budget: 150000, priority: 'Critical' });
  });

  it('never overwrites on cancel: nothing is written and the edit stays in the form', async () => {
    const { services, user, panel, dialog } = await titleConflict();
    await user.click(button(dialog, strings.Cancel));
    await waitFor(() => expect(screen.queryByText(strings.ConflictTitle)).toBeNull());
    expect(within(panel).getByLabelText(strings.RegisterColTitle)).toHaveValue('CRM rollout EU');
    expect(services.projects.items[0].title).toBe('Renamed by Bob');
    expect(updates(services)).toHaveLength(1);
  });

  it('takes all of theirs without writing at all', async () => {
    const { services, user, dialog } = await titleConflict();
    await user.click(button(dialog, strings.ConflictTakeAllTheirs));
    await user.click(button(dialog, strings.ConflictSave));
    await waitFor(() => expect(document.querySelector('.ms-Panel.is-open')).toBeNull());
    expect(updates(services)).toHaveLength(1);
    expect(await screen.findByText('Renamed by Bob', { selector: '[data-project-id]' })).toBeInTheDocument();
  });

  it('a restored draft keeps the ETag it started from, so a change made meanwhile is a conflict', async () => {
    const services = sampleServices();
    const first = renderRegister(services);
    const user = userEvent.setup();
    let panel = await openEdit(user, 'CRM rollout', 'PRJ-0001');
    await user.clear(within(panel).getByLabelText(strings.RegisterColDepartment));
    await user.type(within(panel).getByLabelText(strings.RegisterColDepartment), 'Sales EU');
    first.unmount();

    // While the page was gone, someone else saved the project.
    services.projects.serverEdit(1, { department: 'Sales Nordics' });
    renderRegister(services);
    panel = await openEdit(user, 'CRM rollout', 'PRJ-0001');
    await user.click(button(panel, strings.DraftRestore));
    expect(within(panel).getByLabelText(strings.RegisterColDepartment)).toHaveValue('Sales EU');
    await user.click(button(panel, strings.Save));

    const dialog = await findConflictDialog();
    const row = rowOf(dialog, 'department');
    expect(within(row).getByText(`${strings.ConflictColBase}: Sales`)).toBeInTheDocument();
    expect(within(row).getByLabelText(`${strings.ConflictColTheirs}: Sales Nordics`)).not.toBeChecked();
    expect(updates(services).map((c) => c[2])).toEqual(['"1"']);
    expect(services.projects.items[0].department).toBe('Sales Nordics');
  });
});
