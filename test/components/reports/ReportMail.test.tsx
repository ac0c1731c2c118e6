/**
 * A published report's mail is not sent twice silently (Graph's sendMail has no idempotency key): the
 * mailing is recorded in the report before and after the mail goes; a second send asks first, saying
 * when and to whom it went, and a retry after the mail went but its record failed asks too.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { StatusReports } from '../../../src/components/StatusReports';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import { formatDateTime } from '../../../src/model/locale';
import { newReportValues, toReportDraft, type IStatusReport } from '../../../src/model/statusReport';
import type { IReportMailing } from '../../../src/model/reportMail';
import { AppError } from '../../../src/services/errors';
import { FakeStatusReportService, createFakeServices, makeProject } from '../../fakes';

// Several dialogs in one flow: slow on a busy machine.
jest.setTimeout(90_000);

const published: IStatusReport = {
  ...toReportDraft({ ...newReportValues(1, 'July report', { asOf: '2026-07-02', missing: [], openIssues: 0 }, 'monthly'), summary: 'On track.' }),
  state: 'Published',
  publishedAt: '2026-07-02T09:00:00Z',
  id: 3,
  etag: '"1"'
};

function setup() {
  const statusReports = new FakeStatusReportService([published]);
  const services = createFakeServices({ statusReports });
  render(
    <ServicesProvider services={services}>
      <StatusReports project={makeProject(1)} />
    </ServicesProvider>
  );
  return { services, repo: statusReports, user: userEvent.setup({ delay: null }) };
}

type User = ReturnType<typeof userEvent.setup>;
/** Opens the mail list, adds one address and sends. */
async function mailTo(user: User, address: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: strings.ReportMail }));
  // Pasted, not typed key by key: the address is what matters here, and the dialog re-renders on every key.
  await user.click(await screen.findByRole('textbox', { name: strings.ReportMailAddLabel }));
  await user.paste(address);
  await user.keyboard('{Enter}');
  await user.click(screen.getByRole('button', { name: strings.ReportMailSend }));
  await waitFor(() => expect(screen.queryByText(strings.ReportMailRecipients)).toBeNull());
}
const question = async (): Promise<HTMLElement> => (await screen.findByText(strings.ReportMailAskTitle)).closest('.ms-Dialog-main') as HTMLElement;
const log = (repo: FakeStatusReportService): IReportMailing[] => repo.items[0].mailLog ?? [];

let errorSpy: jest.SpyInstance;
beforeEach(() => {
  errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errorSpy.mockRestore());

describe('mailing a status report', () => {
  it('records the mailing, and a second send asks first with when and to whom; Cancel sends nothing, Send again sends once more', async () => {
    const { services, repo, user } = setup();
    await user.click(await screen.findByRole('button', { name: /July report/ }));
    await mailTo(user, 'steerco@contoso.com');
    await screen.findByText(strings.ReportMailed.replace('{0}', 'steerco@contoso.com'));
    expect(services.outlook.callsOf('sendMail')).toHaveLength(1);
    // Recorded before the mail went, confirmed after.
    expect(repo.callsOf('markMailed').map((c) => (c[1] as IReportMailing).state)).toEqual(['sending', 'sent']);
    const [entry] = log(repo);
    expect(entry).toMatchObject({ to: ['steerco@contoso.com'], state: 'sent' });
    expect(screen.getByTestId('report-mailed').textContent).toBe(strings.ReportMailedOn.replace('{0}', formatDateTime(entry.at)).replace('{1}', 'steerco@contoso.com'));

    await mailTo(user, 'sponsor@contoso.com');
    let ask = await question();
    expect(ask.textContent).toContain(strings.ReportMailAskSent.replace('{0}', formatDateTime(entry.at)).replace('{1}', 'steerco@contoso.com'));
    await user.click(within(ask).getByRole('button', { name: strings.Cancel }));
    await waitFor(() => expect(screen.queryByText(strings.ReportMailAskTitle)).toBeNull());
    expect(services.outlook.callsOf('sendMail')).toHaveLength(1);

    await mailTo(user, 'sponsor@contoso.com');
    ask = await question();
    await user.click(within(ask).getByRole('button', { name: strings.ReportMailAgain }));
    await screen.findByText(strings.ReportMailed.replace('{0}', 'sponsor@contoso.com'));
    expect(services.outlook.callsOf('sendMail')).toHaveLength(2);
    expect(log(repo).map((m) => [m.to, m.state])).toEqual([[['steerco@contoso.com'], 'sent'], [['sponsor@contoso.com'], 'sent']]);
  });

  it('when the mail went but its record failed, says so, and a retry asks before mailing again', async () => {
    const { services, repo, user } = setup();
    const record = repo.markMailed.bind(repo);
    let calls = 0;
    repo.markMailed = (r, e) => (++calls === 2 ? Promise.reject(new AppError('network', 'offline')) : record(r, e));
    await user.click(await screen.findByRole('button', { name: /July report/ }));
    await mailTo(user, 'steerco@contoso.com');
    await screen.findByText((text) => text.indexOf(strings.ReportMailedNotRecorded.split('{1}')[0].replace('{0}', 'steerco@contoso.com')) === 0);
    expect(services.outlook.callsOf('sendMail')).toHaveLength(1);
    expect(log(repo).map((m) => m.state)).toEqual(['sending']);

    await mailTo(user, 'steerco@contoso.com');
    const ask = await question();
    expect(ask.textContent).toContain(strings.ReportMailAskUnconfirmed.replace('{0}', formatDateTime(log(repo)[0].at)).replace('{1}', 'steerco@contoso.com'));
    await user.click(within(ask).getByRole('button', { name: strings.Cancel }));
    await waitFor(() => expect(screen.queryByText(strings.ReportMailAskTitle)).toBeNull());
    expect(services.outlook.callsOf('sendMail')).toHaveLength(1);
  });
});
