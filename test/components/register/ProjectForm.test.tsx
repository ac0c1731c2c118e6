import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import type { ProjectDraft } from '../../../src/model/types';
import { AppError } from '../../../src/services/errors';
import { ADA, button, clickCommand, desktopLayout, dropdown, findPanel, option, renderRegister, sampleServices } from './helpers';

desktopLayout();
// Fluent trees are large and jsdom is slow on a shared machine.
jest.setTimeout(30000);
beforeEach(() => window.localStorage.clear());

type User = ReturnType<typeof userEvent.setup>;

async function openNew(user: User): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByText('CRM rollout')).toBeInTheDocument());
  await clickCommand(user, strings.RegisterCmdNew);
  const panel = await findPanel(strings.ProjectFormNewTitle);
  // The generated code arrives from the server.
  await waitFor(() => expect(within(panel).getByLabelText(strings.RegisterColCode)).toHaveValue('PRJ-0005'));
  return panel;
}

function field(panel: HTMLElement, label: string): HTMLElement {
  return within(panel).getByLabelText(label);
}

/** Types into a date picker's text box and leaves it (the picker parses on blur). */
async function typeDate(_user: User, panel: HTMLElement, label: string, iso: string): Promise<void> {
  const box = within(panel).getAllByLabelText(label).filter((e) => e.tagName === 'INPUT')[0];
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: iso } });
  fireEvent.blur(box);
}

const saveButton = (panel: HTMLElement): HTMLElement => button(panel, strings.Save);
const panelClosed = (): boolean => !document.querySelector('.ms-Panel.is-open');

describe('ProjectForm: create', () => {
  it('shows required messages next to the fields and writes nothing', async () => {
    const services = sampleServices();
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openNew(user);
    await user.clear(field(panel, strings.RegisterColCode));
    await user.click(saveButton(panel));
    expect(await within(panel).findByText(strings.RecordFixErrors)).toBeInTheDocument();
    expect(field(panel, strings.RegisterColTitle)).toHaveAccessibleDescription(strings.ValidationRequired);
    expect(field(panel, strings.RegisterColCode)).toHaveAccessibleDescription(
      expect.stringContaining(strings.ValidationRequired)
    );
    expect(services.projects.writes).toHaveLength(0);
    expect(services.projects.callsOf('codeExists')).toHaveLength(0);
  });

  it('refuses an end before the start, a negative budget and a bad percentage, and writes nothing', async () => {
    const services = sampleServices();
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openNew(user);
    await user.type(field(panel, strings.RegisterColTitle), 'Warehouse move');
    await typeDate(user, panel, strings.RegisterColStartDate, '2025-05-01');
    await typeDate(user, panel, strings.RegisterColPlannedEndDate, '2025-04-01');
    await user.type(field(panel, strings.RegisterColBudget), '-100');
    await user.type(field(panel, strings.RegisterColActualCost), 'a lot');
    await user.type(field(panel, strings.RegisterColPercentComplete), '120');
    await user.click(saveButton(panel));
    await within(panel).findByText(strings.RecordFixErrors);
    expect(within(panel).getByText(format(strings.ValidationDateOrder, '2025-05-01'))).toBeInTheDocument();
    expect(field(panel, strings.RegisterColBudget)).toHaveAccessibleDescription(strings.ValidationNonNegative);
    expect(field(panel, strings.RegisterColActualCost)).toHaveAccessibleDescription(strings.ValidationNumber);
    expect(field(panel, strings.RegisterColPercentComplete)).toHaveAccessibleDescription(strings.ValidationPercent);
    expect(services.projects.writes).toHaveLength(0);

    // Fixing a field clears its message as the person types (after the first attempt).
    await user.clear(field(panel, strings.RegisterColBudget));
    await user.type(field(panel, strings.RegisterColBudget), '100');
    expect(field(panel, strings.RegisterColBudget)).not.toHaveAccessibleDescription(strings.ValidationNonNegative);
  });

  it('refuses a code another project uses, then saves once it is changed', async () => {
    const services = sampleServices();
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openNew(user);
    await user.type(field(panel, strings.RegisterColTitle), 'Warehouse move');
    await user.clear(field(panel, strings.RegisterColCode));
    await user.type(field(panel, strings.RegisterColCode), 'prj-0002');
    await user.click(saveButton(panel));
    await waitFor(() =>
      expect(field(panel, strings.RegisterColCode)).toHaveAccessibleDescription(
        expect.stringContaining(format(strings.ValidationCodeTaken, 'PRJ-0002'))
      )
    );
    expect(services.projects.writes).toHaveLength(0);
    await user.clear(field(panel, strings.RegisterColCode));
    await user.type(field(panel, strings.RegisterColCode), 'PRJ-0042');
    await user.click(saveButton(panel));
    await waitFor(() => expect(panelClosed()).toBe(true));
    const [draft] = services.projects.writes[0].args as [ProjectDraft];
    expect(draft).toMatchObject({ title: 'Warehouse move', code: 'PRJ-0042', phase: 'Proposal' });
    expect(await screen.findByText('Warehouse move')).toBeInTheDocument();
  });

  it('links people, group, plan and channel by picking them, and saves their ids', async () => {
    const services = sampleServices();
    renderRegister(services);
    // Callouts inside a panel keep pointer-events off until positioned, which jsdom (no layout) never finishes.
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const panel = await openNew(user);
    await user.type(field(panel, strings.RegisterColTitle), 'CRM phase 2');

    await user.type(field(panel, strings.RegisterColManager), 'ada');
    await user.click(await screen.findByText(ADA.title, { selector: '.ms-Persona-primaryText, .ms-Persona-primaryText *' }));
    await waitFor(() => expect(services.people.callsOf('ensure')).toEqual([[ADA.email]]));

    await user.click(within(panel).getAllByLabelText(strings.ProjectFormGroup)[0]);
    await user.click(await option('CRM Team'));
    await waitFor(() => expect(services.directory.callsOf('plans')).toEqual([['g1']]));
    await waitFor(() => expect(dropdown(panel, strings.ProjectFormPlan)).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(dropdown(panel, strings.ProjectFormPlan));
    await user.click(await option('CRM plan'));
    await user.click(dropdown(panel, strings.ProjectFormChannel));
    await user.click(await option('General'));

    await user.click(saveButton(panel));
    await waitFor(() => expect(services.projects.writes).toHaveLength(1));
    const [draft] = services.projects.writes[0].args as [ProjectDraft];
    expect(draft).toMatchObject({ managerId: ADA.id, groupId: 'g1', planId: 'p1', teamsChannelId: 'c1' });
  });

  it.each([
    ['network', new AppError('network', 'fetch failed'), strings.ErrorNetwork],
    ['throttled (429 past retries)', new AppError('throttled', 'HTTP 429 after retries', { status: 429 }), strings.ErrorThrottled],
    ['forbidden (403)', new AppError('forbidden', 'HTTP 403', { status: 403 }), strings.ErrorForbidden]
  ])('keeps the panel and the input when the write fails (%s), with a localized message', async (_kind, error, text) => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = sampleServices();
    services.projects.failNext('create', error);
    renderRegister(services);
    const user = userEvent.setup();
    const panel = await openNew(user);
    await user.type(field(panel, strings.RegisterColTitle), 'Warehouse move');
    services.projects.pause();
    await user.click(saveButton(panel));
    // Save is off while the write is in flight (no double submit).
    await waitFor(() => expect(saveButton(panel)).toBeDisabled());
    services.projects.resume();
    expect(await within(panel).findByText(format(strings.RecordSaveFailed, text))).toBeInTheDocument();
    expect(field(panel, strings.RegisterColTitle)).toHaveValue('Warehouse move');
    expect(saveButton(panel)).toBeEnabled();
    // Logged once, with the original error, at the UI boundary.
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toContain(error);
    logged.mockRestore();

    // The same input saves on the next try.
    await user.click(saveButton(panel));
    await waitFor(() => expect(panelClosed()).toBe(true));
    expect(services.projects.items.map((p) => p.title)).toContain('Warehouse move');
  });
});

describe('ProjectForm: drafts', () => {
  it('offers an unsaved edit back after the page is gone, and forgets it once saved', async () => {
    const services = sampleServices();
    const first = renderRegister(services);
    const user = userEvent.setup();
    let panel = await openNew(user);
    await user.type(field(panel, strings.RegisterColTitle), 'Half-typed idea');
    first.unmount();
    expect(window.localStorage.getItem('pmo-draft:project:new')).toContain('Half-typed idea');

    renderRegister(services);
    panel = await openNew(user);
    expect(field(panel, strings.RegisterColTitle)).toHaveValue('');
    await user.click(button(panel, strings.DraftRestore));
    expect(field(panel, strings.RegisterColTitle)).toHaveValue('Half-typed idea');
    await user.click(saveButton(panel));
    await waitFor(() => expect(services.projects.writes).toHaveLength(1));
    expect(window.localStorage.getItem('pmo-draft:project:new')).toBeNull();
  });

  it('drops a draft the person discards', async () => {
    window.localStorage.setItem(
      'pmo-draft:project:new',
      JSON.stringify({ value: { title: 'Old idea' }, savedAt: '2025-01-01T10:00:00Z' })
    );
    renderRegister(sampleServices());
    const user = userEvent.setup();
    const panel = await openNew(user);
    await user.click(button(panel, strings.DraftDiscard));
    expect(within(panel).queryByText(strings.DraftRestore)).not.toBeInTheDocument();
    expect(window.localStorage.getItem('pmo-draft:project:new')).toBeNull();
  });
});
