/**
 * The status report editor on the records framework's autosave, on fakes with SharePoint's IF-Match
 * rules and fake timers: a report drafted from the data is stored at once, typed text is written a
 * pause later and found again after a remount, a draft whose write failed is offered back, a change
 * saved elsewhere meanwhile opens the conflict dialog instead of being overwritten, and publishing
 * checks the rules and asks before superseding the period's published report.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { StatusReports } from '../../../src/components/StatusReports';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import { newReportValues, toReportDraft, type IStatusReport } from '../../../src/model/statusReport';
import { AppError } from '../../../src/services/errors';
import { FakeStatusReportService, createFakeServices, makeProject } from '../../fakes';
import { pause, useAutosaveClock } from '../records/autosaveClock';

jest.setTimeout(30_000);

const project = makeProject(1);
const TODAY = '2026-07-02';

/** A stored report of project 1 (a draft unless said). */
function report(id: number, over: Partial<IStatusReport> = {}): IStatusReport {
  const v = newReportValues(1, `Report ${id}`, { asOf: TODAY, missing: [], openIssues: 0 }, 'monthly');
  return { ...toReportDraft({ ...v, summary: 'On track.' }), id, etag: '"1"', ...over };
}

function setup(items: IStatusReport[] = []) {
  const statusReports = new FakeStatusReportService(items);
  statusReports.figures = { asOf: TODAY, missing: [], openIssues: 0, openHighRisks: 0 };
  const services = createFakeServices({ statusReports });
  const view = (): React.ReactElement => (
    <ServicesProvider services={services}>
      <StatusReports project={project} />
    </ServicesProvider>
  );
  const r = render(view());
  const user = userEvent.setup({ delay: null, advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { repo: statusReports, user, unmount: r.unmount, remount: () => render(view()) };
}

const summary = (): HTMLTextAreaElement => screen.getByRole('textbox', { name: strings.ReportFieldSummary }) as HTMLTextAreaElement;
const openRow = async (user: ReturnType<typeof userEvent.setup>, title: string) => user.click(await screen.findByRole('button', { name: new RegExp(title) }));

useAutosaveClock();

describe('StatusReports editor', () => {
  it('stores a drafted report at once, writes typed text a pause later with its ETag, and shows it again after a remount', async () => {
    const { repo, user, unmount, remount } = setup();
    await user.click(await screen.findByRole('button', { name: strings.ReportNew }));
    await screen.findByTestId('report-editor');
    await waitFor(() => expect(repo.items).toHaveLength(1));
    // Once stored it is a saved draft like any other.
    await screen.findByRole('heading', { name: strings.ReportPanelEdit });
    const created = repo.callsOf('create');
    expect(created).toHaveLength(1);
    expect(created[0][0]).toMatchObject({ state: 'Draft', projectId: 1, summary: '' });
    // The key that makes a retried create find the draft it made (StatusReportService.create).
    expect((created[0][0] as IStatusReport).snapshot?.draftKey).toMatch(/\w+-\w+/);

    await user.type(summary(), 'Vendor escalated.');
    expect(repo.callsOf('update')).toEqual([]);
    expect(screen.getByTestId('report-save-state').textContent).toBe(strings.ReportUnsaved);
    await pause();
    expect(repo.callsOf('update')).toHaveLength(1);
    expect(repo.callsOf('update')[0][2]).toBe('"1"');
    expect(repo.items[0]).toMatchObject({ summary: 'Vendor escalated.', state: 'Draft', etag: '"2"' });
    expect(screen.getByTestId('report-save-state').textContent).toBe(strings.ReportSaved);

    unmount();
    remount();
    await openRow(user, repo.items[0].title);
    expect(summary().value).toBe('Vendor escalated.');
    expect(repo.callsOf('create')).toHaveLength(1);
  });

  it('says when the drafted report could not be stored, and Try again stores it once', async () => {
    const { repo, user } = setup();
    repo.failNext('create', new AppError('network', 'offline'));
    await user.click(await screen.findByRole('button', { name: strings.ReportNew }));
    const retry = await screen.findByRole('button', { name: strings.Retry });
    expect(repo.items).toHaveLength(0);
    await user.click(retry);
    await screen.findByRole('heading', { name: strings.ReportPanelEdit });
    expect(repo.items).toHaveLength(1);
    expect(repo.callsOf('create')).toHaveLength(2);
  });

  it('offers back a draft whose write failed, and writes it once restored', async () => {
    const { repo, user, unmount, remount } = setup([report(5)]);
    await openRow(user, 'Report 5');
    await user.type(summary(), ' Late by a week.');
    // The page goes away and the write on leaving fails: the text is only in the browser's draft.
    repo.failNext('update', new AppError('network', 'offline'));
    unmount();
    await pause();
    expect(repo.items[0].summary).toBe('On track.');

    remount();
    await openRow(user, 'Report 5');
    expect(summary().value).toBe('On track.');
    await user.click(screen.getByRole('button', { name: strings.DraftRestore }));
    expect(summary().value).toBe('On track. Late by a week.');
    await pause();
    expect(repo.items[0]).toMatchObject({ summary: 'On track. Late by a week.', etag: '"2"' });
  });

  it('shows a change saved elsewhere in the conflict dialog and never overwrites it; the merge is written with the server ETag', async () => {
    const { repo, user } = setup([report(5)]);
    await openRow(user, 'Report 5');
    repo.serverEdit(5, { nextSteps: 'Sign the contract.' });
    await user.type(summary(), ' Vendor late.');
    await pause();
    const title = await screen.findByText(strings.ConflictTitle);
    const dialog = title.closest('.ms-Dialog-main') as HTMLElement;
    const keys = Array.from(dialog.querySelectorAll('[data-conflict-field]')).map((e) => e.getAttribute('data-conflict-field'));
    expect(keys).toEqual(['summary', 'nextSteps']);
    // Refused, not written: their change is still there.
    expect(repo.items[0]).toMatchObject({ summary: 'On track.', nextSteps: 'Sign the contract.', etag: '"2"' });
    // Defaults: my summary (only I changed it), their next steps.
    await user.click(within(dialog).getByRole('button', { name: strings.ConflictSave }));
    await waitFor(() => expect(repo.items[0].etag).toBe('"3"'));
    expect(repo.items[0]).toMatchObject({ summary: 'On track. Vendor late.', nextSteps: 'Sign the contract.' });
    expect(repo.callsOf('update').map((c) => c[2])).toEqual(['"1"', '"2"']);
  });

  it('publishes only a valid report, and asks before superseding the period’s published one (cancel leaves both)', async () => {
    const old = report(4, { state: 'Published', publishedAt: '2026-07-01T09:00:00Z', title: 'Old report' });
    const { repo, user } = setup([old, report(5, { summary: '' })]);
    await openRow(user, 'Report 5');
    await user.click(screen.getByRole('button', { name: strings.ReportPublish }));
    expect(await screen.findByText(strings.ValidationRequired)).toBeInTheDocument();
    expect(repo.callsOf('update')).toEqual([]);

    await user.type(summary(), 'Corrected figures.');
    await user.click(screen.getByRole('button', { name: strings.ReportPublish }));
    const ask = await screen.findByText(strings.ReportSupersedeTitle);
    await user.click(within(ask.closest('.ms-Dialog-main') as HTMLElement).getByRole('button', { name: strings.Cancel }));
    await pause();
    expect(repo.items.map((r) => [r.id, r.state, r.supersedes])).toEqual([[4, 'Published', undefined], [5, 'Draft', undefined]]);

    await user.click(screen.getByRole('button', { name: strings.ReportPublish }));
    const again = await screen.findByText(strings.ReportSupersedeTitle);
    await user.click(within(again.closest('.ms-Dialog-main') as HTMLElement).getByRole('button', { name: strings.ReportSupersede }));
    await screen.findByTestId('report-notice');
    expect(repo.items[1]).toMatchObject({ state: 'Published', supersedes: 4, summary: 'Corrected figures.' });
    const rows = await screen.findAllByTestId('report-state-cell');
    expect(rows.map((c) => c.textContent).sort()).toEqual([strings.ReportStatePublished, strings.ReportStateSuperseded].sort());
  });
});
