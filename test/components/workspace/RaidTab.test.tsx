import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { RaidTab } from '../../../src/components/Raid';
import { AppError } from '../../../src/services/errors';
import type { RaidDraft } from '../../../src/model/types';
import { FakeRaidRepository } from '../../fakes';
import { ADA, fakes, makeProject, raidItem, renderWith } from './helpers';
import { downloadBlob } from '../../../src/components/common/export/download';

jest.mock('../../../src/components/common/export/download', () => ({
  ...jest.requireActual('../../../src/components/common/export/download'),
  downloadBlob: jest.fn()
}));

/** The text of a Blob (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

const TODAY = '2025-03-10';
const PROJECT = makeProject(1, { title: 'CRM rollout' });
const PROJECTS = [PROJECT, makeProject(2, { title: 'Data platform' })];

function setup(items = [
  raidItem(1, { title: 'Vendor goes bust', probability: 4, impact: 5, dueDate: '2025-03-01' }),
  raidItem(2, { title: 'Key tester leaves', probability: 2, impact: 2, dueDate: '2025-04-01' }),
  raidItem(3, { title: 'Old risk', probability: 5, impact: 5, status: 'Closed', dueDate: '2025-01-01' }),
  raidItem(4, { title: 'Budget approved', kind: 'Assumption', probability: undefined, impact: undefined }),
  raidItem(5, { title: 'Second vendor late', probability: 4, impact: 5, status: 'In progress' }),
  raidItem(6, { title: 'Other project', projectId: 2 })
]) {
  const services = fakes({ raid: new FakeRaidRepository(items) });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  renderWith(services, <RaidTab project={PROJECT} projects={PROJECTS} today={TODAY} />);
  return { services, user };
}

const row = (title: string): HTMLElement => screen.getByText(title).closest('[role="row"]') as HTMLElement;
const panel = (): HTMLElement => screen.getByRole('dialog');
const matrixCell = (p: number, i: number): HTMLElement =>
  screen.getByTestId('risk-matrix').querySelector(`td[data-probability="${p}"][data-impact="${i}"]`) as HTMLElement;
const count = (p: number, i: number): string | null => matrixCell(p, i).querySelector('[data-count]')!.textContent;

async function choose(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, label: string, option: string): Promise<void> {
  await user.click(within(scope).getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

// Panel flows take a few seconds of user-event typing on two shared cores.
jest.setTimeout(20000);
// Drafts live in localStorage; each test starts without any.
beforeEach(() => localStorage.clear());

describe('RaidTab', () => {
  it('lists the project\'s items and marks overdue and severe ones with icon and text', async () => {
    setup();
    await screen.findByText('Vendor goes bust');
    expect(screen.queryByText('Other project')).not.toBeInTheDocument();
    expect(screen.getByText(strings.RaidCount.replace('{0}', '5').replace('{1}', '5'))).toBeInTheDocument();

    const vendor = row('Vendor goes bust');
    expect(within(vendor).getByText(strings.RaidOverdue)).toBeInTheDocument();
    const severe = vendor.querySelector('[data-flag="severe"]') as HTMLElement;
    expect(severe).toHaveTextContent('Critical (20)');
    expect(severe.querySelector('[data-icon-name="AlertSolid"]')).not.toBeNull();

    const tester = row('Key tester leaves');
    expect(within(tester).queryByText(strings.RaidOverdue)).not.toBeInTheDocument();
    expect(tester.querySelector('[data-flag="severe"]')).toBeNull();
    expect(tester).toHaveTextContent('Low (4)');
    // Closed items are never overdue, however old their due date.
    expect(within(row('Old risk')).queryByText(strings.RaidOverdue)).not.toBeInTheDocument();
  });

  it('counts open risks in the matrix by probability and impact, leaving out closed ones', async () => {
    setup();
    await screen.findByText('Vendor goes bust');
    expect(count(4, 5)).toBe('2');
    expect(count(2, 2)).toBe('1');
    expect(count(5, 5)).toBe('0');
    expect(matrixCell(4, 5)).toHaveAttribute('data-band', 'Critical');
    expect(matrixCell(4, 5)).toHaveTextContent('Critical');
    expect(screen.getByRole('columnheader', { name: 'Impact 5' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Probability 4' })).toBeInTheDocument();
  });

  it('filters the list by kind and by status', async () => {
    const { user } = setup();
    await screen.findByText('Vendor goes bust');
    await choose(user, document.body, strings.RaidFilterKind, strings.RaidKindAssumption);
    expect(screen.getByText('Budget approved')).toBeInTheDocument();
    expect(screen.queryByText('Vendor goes bust')).not.toBeInTheDocument();

    await choose(user, document.body, strings.RaidFilterKind, strings.WorkspaceFilterAll);
    await choose(user, document.body, strings.RaidFilterStatus, strings.RaidStatusInProgress);
    expect(screen.getByText('Second vendor late')).toBeInTheDocument();
    expect(screen.queryByText('Key tester leaves')).not.toBeInTheDocument();
  });

  it('shows validation next to the fields and writes nothing while invalid', async () => {
    const { user, services } = setup([]);
    await screen.findByText(strings.RaidEmpty);
    await user.click(screen.getByRole('button', { name: strings.RaidNew }));
    const form = panel();
    await user.type(within(form).getByRole('textbox', { name: strings.RaidFieldProbability }), '6');
    expect(await within(form).findByText('Enter a whole number from 1 to 5.')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: strings.Save }));
    // Fluent renders field and bar messages a tick later (DelayedRender, for screen readers): find, not get.
    expect(await within(form).findByText(strings.RecordFixErrors)).toBeInTheDocument();
    // Title and impact are required for a risk; the probability message stays.
    expect(await within(form).findAllByText(strings.ValidationRequired)).toHaveLength(2);
    expect(within(form).getByRole('textbox', { name: strings.RaidFieldProbability })).toHaveAttribute('aria-invalid', 'true');
    expect(services.raid.callsOf('create')).toHaveLength(0);
  });

  it('requires a dependency to name the project it depends on, then saves it', async () => {
    const { user, services } = setup([]);
    await screen.findByText(strings.RaidEmpty);
    await user.click(screen.getByRole('button', { name: strings.RaidNew }));
    const form = panel();
    await user.type(within(form).getByRole('textbox', { name: strings.RaidFieldTitle }), 'Needs the data API');
    await choose(user, form, strings.RaidFieldKind, strings.RaidKindDependency);
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    expect(await within(form).findByText(strings.ValidationRaidDependencyTarget)).toBeInTheDocument();
    expect(services.raid.callsOf('create')).toHaveLength(0);

    await choose(user, form, strings.RaidFieldDependsOn, 'PRJ-0002 – Data platform');
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    await waitFor(() => expect(services.raid.callsOf('create')).toHaveLength(1));
    const draft = services.raid.callsOf('create')[0][0] as RaidDraft;
    expect(draft).toMatchObject({ title: 'Needs the data API', kind: 'Dependency', dependsOnProjectId: 2, projectId: 1, probability: undefined });
    expect(await screen.findByText('Needs the data API')).toBeInTheDocument();
    expect(row('Needs the data API')).toHaveTextContent('Data platform');
  });

  it('creates a risk with an owner and shows it in the list and the matrix', async () => {
    const { user, services } = setup([]);
    await screen.findByText(strings.RaidEmpty);
    await user.click(screen.getByRole('button', { name: strings.RaidNew }));
    const form = panel();
    await user.type(within(form).getByRole('textbox', { name: strings.RaidFieldTitle }), 'Licence costs rise');
    await user.type(within(form).getByRole('textbox', { name: strings.RaidFieldProbability }), '3');
    await user.type(within(form).getByRole('textbox', { name: strings.RaidFieldImpact }), '4');
    expect(within(form).getByText('Severity: High (12)')).toBeInTheDocument();
    await user.type(within(form).getByRole('combobox', { name: strings.RaidFieldOwner }), 'Ada');
    await user.click(await screen.findByText('Ada Lovelace'));
    await waitFor(() => expect(services.people.callsOf('ensure')).toEqual([[ADA.email]]));
    await user.click(within(form).getByRole('button', { name: strings.Save }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(services.raid.callsOf('create')[0][0]).toMatchObject({ title: 'Licence costs rise', probability: 3, impact: 4, ownerId: ADA.id, status: 'Open' });
    expect(screen.getByText('Licence costs rise')).toBeInTheDocument();
    expect(count(3, 4)).toBe('1');
  });

  it('keeps the input and says why when the write fails', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user, services } = setup();
    await screen.findByText('Vendor goes bust');
    services.raid.failNext('update', new AppError('throttled', 'busy', { status: 429 }));
    await user.click(screen.getByRole('button', { name: 'Edit Key tester leaves' }));
    const form = panel();
    const title = within(form).getByRole('textbox', { name: strings.RaidFieldTitle });
    await user.clear(title);
    await user.type(title, 'Key tester may leave');
    await user.click(within(form).getByRole('button', { name: strings.Save }));

    expect(await within(form).findByText(strings.RecordSaveFailed.replace('{0}', strings.ErrorThrottled))).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: strings.RaidFieldTitle })).toHaveValue('Key tester may leave');
    expect(services.raid.items.filter((i) => i.id === 2)[0].title).toBe('Key tester leaves');

    // Trying again succeeds with the same input.
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    await waitFor(() => expect(services.raid.items.filter((i) => i.id === 2)[0].title).toBe('Key tester may leave'));
    // Logged once, at the boundary, with the original error.
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it('exports the filtered list as CSV with localized headers and values', async () => {
    const { user } = setup();
    await screen.findByText('Vendor goes bust');
    await choose(user, document.body, strings.RaidFilterKind, strings.RaidKindRisk);
    await user.click(screen.getByRole('button', { name: strings.RecordExportCsv }));
    const mocked = downloadBlob as jest.Mock;
    // papaparse loads on first use (its own chunk), so the download follows the click asynchronously.
    await waitFor(() => expect(mocked).toHaveBeenCalledTimes(1));
    const [blob, name] = mocked.mock.calls[0] as [Blob, string];
    expect(name).toBe('raid-log-PRJ-0001.csv');
    const lines = (await blobText(blob)).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0].split(',').slice(0, 7)).toEqual([
      strings.RaidColTitle, strings.RaidColKind, strings.RaidColStatus, strings.RaidColProbability, strings.RaidColImpact, strings.RaidColScore, strings.RaidColSeverity
    ]);
    // Four risks (the assumption is filtered out), in list order.
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Vendor goes bust', 'Key tester leaves', 'Old risk', 'Second vendor late']);
    expect(lines[1].split(',').slice(1, 9)).toEqual([strings.RaidKindRisk, strings.RaidStatusOpen, '4', '5', '20', strings.RaidSeverityCritical, '', '2025-03-01']);
  });

  it('resolves a conflict field by field when someone else saved first', async () => {
    const { user, services } = setup();
    await screen.findByText('Vendor goes bust');
    await user.click(screen.getByRole('button', { name: 'Edit Key tester leaves' }));
    const form = panel();
    const mitigation = within(form).getByRole('textbox', { name: strings.RaidFieldMitigation });
    await user.type(mitigation, 'Cross-train a second tester');
    // Meanwhile someone else changes the status and the title.
    services.raid.serverEdit(2, { status: 'In progress', title: 'Key tester resigns' });
    await user.click(within(form).getByRole('button', { name: strings.Save }));

    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(strings.ConflictIntro)).toBeInTheDocument();
    // Their status and title are taken by default (only they changed them); my mitigation is kept.
    const status = dialog.querySelector('[data-conflict-field="status"]') as HTMLElement;
    expect(within(status).getByRole('radio', { name: /^Theirs/ })).toBeChecked();
    const mine = dialog.querySelector('[data-conflict-field="mitigation"]') as HTMLElement;
    expect(within(mine).getByRole('radio', { name: /^Yours/ })).toBeChecked();
    expect(services.raid.callsOf('update')).toHaveLength(1);

    const btn = within(dialog).getByRole('button', { name: strings.ConflictSave });
    await user.click(btn);
    await waitFor(() => expect(services.raid.callsOf('update')).toHaveLength(2));
    const [id, draft, etag] = services.raid.callsOf('update')[1] as [number, RaidDraft, string];
    expect(id).toBe(2);
    expect(etag).toBe('"2"');
    expect(draft).toMatchObject({ title: 'Key tester resigns', status: 'In progress', mitigation: 'Cross-train a second tester' });
    await waitFor(() => expect(screen.getByText('Key tester resigns')).toBeInTheDocument());
  });

  it('keeps an unsaved edit as a draft that survives a reload', async () => {
    localStorage.clear();
    const first = setup();
    await screen.findByText('Vendor goes bust');
    await first.user.click(screen.getByRole('button', { name: 'Edit Key tester leaves' }));
    await first.user.type(within(panel()).getByRole('textbox', { name: strings.RaidFieldDescription }), 'Unsaved thoughts');
    // A reload: everything unmounts and renders anew.
    document.body.innerHTML = '';
    const second = setup();
    await screen.findByText('Vendor goes bust');
    await second.user.click(screen.getByRole('button', { name: 'Edit Key tester leaves' }));
    const form = panel();
    expect(within(form).getByRole('textbox', { name: strings.RaidFieldDescription })).toHaveValue('');
    await second.user.click(within(form).getByRole('button', { name: strings.DraftRestore }));
    expect(within(form).getByRole('textbox', { name: strings.RaidFieldDescription })).toHaveValue('Unsaved thoughts');
    localStorage.clear();
  });
});
