import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import { AppError } from '../../../src/services/errors';
import { downloadBlob } from '../../../src/components/common/export/download';
import { desktopLayout, renderRegister, sampleServices } from './helpers';

jest.mock('../../../src/components/common/export/download', () => ({
  ...jest.requireActual('../../../src/components/common/export/download'),
  downloadBlob: jest.fn()
}));

/** Titles of the data rows, top to bottom (the title cell is the link that opens the form). */
function titles(): string[] {
  return Array.from(document.querySelectorAll('[data-project-id]')).map((e) => e.textContent || '');
}

async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.getByText('CRM rollout')).toBeInTheDocument());
}

desktopLayout();
// Fluent trees are large and jsdom is slow on a shared machine.
jest.setTimeout(30000);

describe('ProjectRegister', () => {
  it('lists every project with health as text, and red or overdue projects flagged in text', async () => {
    renderRegister(sampleServices());
    await loaded();
    expect(titles().sort()).toEqual(['CRM rollout', 'Data centre exit', 'Intranet refresh', 'Old ERP']);
    expect(screen.getByText(strings.RegisterHealthRed)).toBeInTheDocument();
    expect(screen.getAllByText(strings.RegisterHealthGreen)).toHaveLength(2);
    // Only the open project past its planned end is overdue (the closed one is not).
    expect(screen.getAllByText(strings.RegisterOverdue)).toHaveLength(1);
    const overdueRow = screen.getByText('Intranet refresh').closest('[role="row"]') as HTMLElement;
    expect(within(overdueRow).getByText(strings.RegisterOverdue)).toBeInTheDocument();
    expect(screen.getByText('4 of 4 projects')).toBeInTheDocument();
  });

  it('searches on the server after the typing pauses, once', async () => {
    const services = sampleServices();
    renderRegister(services);
    await loaded();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: strings.RegisterSearchLabel }), 'intra');
    await waitFor(() => expect(titles()).toEqual(['Intranet refresh']));
    const queries = services.projects.callsOf('list').map((a) => a[0]);
    expect(queries).toEqual([{}, { search: 'intra' }]);
  });

  it('filters on the loaded set by health and department without asking the server again', async () => {
    const services = sampleServices();
    renderRegister(services);
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.RegisterColDepartment}`) }));
    await user.click(await screen.findByRole('option', { name: 'IT' }));
    await waitFor(() => expect(titles().sort()).toEqual(['Data centre exit', 'Intranet refresh']));
    expect(screen.getByText('2 of 4 projects')).toBeInTheDocument();
    // A multi-select dropdown stays open while picking; a second click on it closes it.
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.RegisterColDepartment}`) }));
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.RegisterColHealth}`) }));
    await user.click(await screen.findByRole('option', { name: strings.RegisterHealthRed }));
    await waitFor(() => expect(titles()).toEqual(['Data centre exit']));
    expect(services.projects.callsOf('list')).toHaveLength(1);
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.RegisterColHealth}`) }));
    await user.click(screen.getByRole('button', { name: strings.RegisterClearFilters }));
    await waitFor(() => expect(titles()).toHaveLength(4));
  });

  it('sorts by a column header, toggling direction, from the keyboard too', async () => {
    renderRegister(sampleServices(), ['title', 'budget']);
    await loaded();
    const user = userEvent.setup();
    const header = screen.getByRole('columnheader', { name: new RegExp(strings.RegisterColBudget) });
    await user.click(within(header).getByText(strings.RegisterColBudget));
    expect(titles()).toEqual(['Data centre exit', 'CRM rollout', 'Intranet refresh', 'Old ERP']);
    const sortButton = within(header).getByRole('button');
    sortButton.focus();
    // Fluent's FocusZone reads the legacy `which` code, which user-event does not set.
    fireEvent.keyDown(sortButton, { key: 'Enter', keyCode: 13, which: 13 });
    // Descending; projects without a budget stay last.
    expect(titles()).toEqual(['CRM rollout', 'Data centre exit', 'Intranet refresh', 'Old ERP']);
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('groups by phase in business order with localized group names', async () => {
    renderRegister(sampleServices());
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: new RegExp(`^${strings.RegisterGroupBy}`) }));
    await user.click(await screen.findByRole('option', { name: strings.RegisterColPhase }));
    const headers = await screen.findAllByText(/^(Planning|Execution|Closed)$/, { selector: '.ms-GroupHeader-title span' });
    expect(headers.map((h) => h.textContent)).toEqual(['Planning', 'Execution', 'Closed']);
    expect(titles()[0]).toBe('Data centre exit');
  });

  it('shows the empty state when there are no projects', async () => {
    renderRegister(sampleServices([]));
    expect(await screen.findByText(strings.RegisterEmpty)).toBeInTheDocument();
  });

  it('shows a localized message when loading fails, and Refresh tries again', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = sampleServices();
    services.projects.failNext('list', new AppError('forbidden', 'no', { status: 403 }));
    renderRegister(services);
    expect(await screen.findByText(format(strings.RecordLoadFailed, strings.ErrorForbidden))).toBeInTheDocument();
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: strings.RecordRefresh }));
    await loaded();
    expect(screen.queryByText(format(strings.RecordLoadFailed, strings.ErrorForbidden))).not.toBeInTheDocument();
  });

  it('exports the visible rows as CSV with the shown columns', async () => {
    const services = sampleServices();
    services.projects.serverEdit(2, { title: '=HYPERLINK("http://evil")' });
    renderRegister(services, ['code', 'title', 'health', 'budget']);
    await waitFor(() => expect(screen.getByText('=HYPERLINK("http://evil")')).toBeInTheDocument());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: strings.RecordExportCsv }));
    const mock = downloadBlob as jest.Mock;
    // papaparse loads on first use (its own chunk), so the download follows the click asynchronously.
    await waitFor(() => expect(mock).toHaveBeenCalledTimes(1));
    const [blob, name] = mock.mock.calls[0] as [Blob, string];
    expect(name).toBe(`${strings.ExportProjectsFileName}.csv`);
    const text = await readBlob(blob);
    const lines = text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(`${strings.RegisterColCode},${strings.RegisterColTitle},${strings.RegisterColHealth},${strings.RegisterColBudget}`);
    expect(lines).toContain(`PRJ-0001,CRM rollout,${strings.RegisterHealthGreen},120000`);
    expect(lines).toContain(`PRJ-0002,"'=HYPERLINK(""http://evil"")",${strings.RegisterHealthRed},50000`);
    expect(lines).toHaveLength(5);
  });
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}
