/**
 * Issue 10 in Chromium against a demo-seeded local tenant, one session: minutes sent to the chair, an
 * approval on an outdated revision refused, approved minutes locked, then corrected into revision 2
 * with the history showing who/when/why (checked in what PMO Meetings stores); an open action carried
 * onto the next occurrence's agenda until it is done. Axe on each new view.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, csvRows, downloadText, listItems, runAxe, saveAsSomeoneElse, switchPerson, usePageSession, waitForViewReady } from './helpers';
import { servicesFor } from '../helpers/clients';
import { matchMeeting } from '../../src/model/meetings';
import type { IProject } from '../../src/model/types';
import type { OutboxEntry } from '../../local/src/graph/mail';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const SUBJECT = '[PRJ-0042] Vendor selection call';
const DECISION = 'Vendor B is selected for the integration work';
const REASON = 'The decision named the wrong vendor';

interface IStored { Id: number; ApprovalState: string; ApproverId: number | null; Revision: number; Revisions: string; MinutesData: string; AgendaData: string }
const SELECT = 'Id,ApprovalState,ApproverId,Revision,Revisions,MinutesData,AgendaData';

async function openMeeting(page: Page, project: IProject, link: (page: Page) => Locator): Promise<void> {
  await chooseOption(page, strings.MeetingsFilterProject, `${project.code} ${project.title}`);
  await link(page).click();
  await page.getByRole('region', { name: strings.ApprovalHeading }).waitFor();
  await waitForViewReady(page);
}

describe('minutes approval and carry-over', () => {
  let project: IProject;
  const s = usePageSession(async (tenant) => {
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
    return { as: project.manager!.email, view: 'meetings' };
  });
  const vendorCall = (page: Page) => page.getByRole('button', { name: SUBJECT, exact: true });
  const stored = async (): Promise<IStored> => (await listItems<IStored>(s.pmo.page, 'PMO Meetings', `Title eq '${SUBJECT.replace(/'/g, "''")}'`, SELECT))[0];
  const toChair = async () => (await s.tenant.control<OutboxEntry[]>('GET', 'outbox')).filter((m) => m.subject === strings.ApprovalMailSubject.replace('{0}', SUBJECT));
  const back = async (page: Page) => {
    await page.getByRole('button', { name: strings.MeetingsBack }).click();
    await waitForViewReady(page);
  };

  it('refuses an approval on an outdated revision, locks approved minutes, and a correction with a reason makes revision 2 in the history', async () => {
    const { page } = s.pmo;
    const sponsor = project.sponsor!;
    await openMeeting(page, project, vendorCall);
    await page.getByRole('button', { name: strings.MinutesAddDecision }).click();
    await page.getByRole('textbox', { name: strings.MinutesDecisionTitle, exact: true }).fill(DECISION);

    // Sent to the chair (the project's sponsor), picked through the people picker.
    const panel = page.getByRole('region', { name: strings.ApprovalHeading });
    await panel.getByRole('button', { name: strings.ApprovalSend }).click();
    expect(await panel.getByText(strings.ApprovalProblemApproverMissing).count()).toBe(1);
    await panel.getByRole('combobox', { name: strings.ApprovalApprover }).fill(sponsor.title.split(' ')[0]);
    await page.locator('.ms-Suggestions-item').filter({ hasText: sponsor.title }).first().click();
    await panel.locator('.ms-PickerPersona-container').filter({ hasText: sponsor.title }).waitFor();
    // Without Mail.Send the request still stands; the panel says the mail did not go, and why.
    await s.tenant.control('POST', 'consent', { deny: ['Mail.Send'] });
    await panel.getByRole('button', { name: strings.ApprovalSend }).click();
    await panel.getByRole('alert').filter({ hasText: strings.ApprovalMailFailed.replace('{0}', sponsor.title).split('{1}')[0] }).waitFor();
    expect(await panel.getByRole('alert').innerText()).toContain('Mail.Send');
    await panel.getByText(strings.ApprovalAwaitingChair.split('{0}')[0]).waitFor();
    const sent = await stored();
    expect(sent).toMatchObject({ ApprovalState: 'Awaiting approval' });
    expect(sent.ApproverId).toBeGreaterThan(0);
    expect(await toChair()).toEqual([]);
    // Granted, "Mail the chair again" mails them once: the minutes to read and the link that opens them.
    await s.tenant.control('POST', 'consent', { deny: [] });
    await panel.getByRole('button', { name: strings.ApprovalMailAgain }).click();
    await panel.getByText(strings.ApprovalMailed.replace('{0}', sponsor.title).split('{1}')[0]).waitFor();
    expect(await panel.getByRole('button', { name: strings.ApprovalMailAgain }).count()).toBe(0);
    const mails = await toChair();
    expect(mails.map((m) => m.to)).toEqual([[sponsor.email]]);
    expect(mails[0].body.content).toContain(DECISION);
    expect(mails[0].body.content).toContain(`#/project/${project.id}/meetings/${sent.Id}"`);
    expect(blocking(await runAxe(page))).toEqual([]);
    // Publishing waits for the approval.
    await page.getByRole('button', { name: strings.PublishMinutes }).click();
    await page.getByText(strings.ApprovalPublishWaits).waitFor();

    // The chair opens them; meanwhile a colleague changes the decision: the approval is refused, nothing stored.
    await switchPerson(page, sponsor.title);
    await openMeeting(page, project, vendorCall);
    const minutes = JSON.parse(sent.MinutesData) as { decisions: { title: string }[] };
    minutes.decisions[0].title = `${DECISION} (support included)`;
    await saveAsSomeoneElse(s.tenant, 'PMO Meetings', sent.Id, { MinutesData: JSON.stringify(minutes) }, project.manager!.email);
    await panel.getByRole('button', { name: strings.ApprovalApprove }).click();
    await page.getByRole('alert').filter({ hasText: strings.ApprovalProblemOutdated }).waitFor();
    expect((await stored()).ApprovalState).toBe('Awaiting approval');
    // Opened again, the chair sees why: the minutes changed after they were sent; approving is still refused.
    await back(page);
    await openMeeting(page, project, vendorCall);
    await panel.getByText(strings.ApprovalChangedSinceSent).waitFor();
    await panel.getByRole('button', { name: strings.ApprovalApprove }).click();
    await page.getByRole('alert').filter({ hasText: strings.ApprovalProblemOutdated }).waitFor();
    expect((await stored()).ApprovalState).toBe('Awaiting approval');

    // The writer sends the current text again; the chair approves it and it locks.
    await switchPerson(page, project.manager!.title);
    await openMeeting(page, project, vendorCall);
    await panel.getByRole('button', { name: strings.ApprovalSendAgain }).click();
    await panel.getByText(strings.ApprovalChangedSinceSent).waitFor({ state: 'detached' });
    await panel.getByText(strings.ApprovalMailed.replace('{0}', sponsor.title).split('{1}')[0]).waitFor();
    // A new request (the text changed): a new mail, with the text now stored.
    expect((await toChair()).map((m) => m.body.content.includes(`${DECISION} (support included)`))).toEqual([false, true]);
    await switchPerson(page, sponsor.title);
    await openMeeting(page, project, vendorCall);
    await panel.getByRole('button', { name: strings.ApprovalApprove }).click();
    await panel.getByText(strings.ApprovalLocked).waitFor();
    const approved = await stored();
    expect(approved.ApprovalState).toBe('Approved');
    expect(await page.getByRole('button', { name: strings.MinutesAddDecision }).count()).toBe(0);
    expect(await page.getByRole('button', { name: strings.AgendaAdd }).count()).toBe(0);
    expect(await page.getByRole('region', { name: strings.MinutesPublishedText }).innerText()).toContain(`${DECISION} (support included)`);
    expect(blocking(await runAxe(page))).toEqual([]);

    // A correction needs a reason; it opens revision 2 and the approved revision 1 stays in the history.
    await panel.getByRole('button', { name: strings.ApprovalCorrect }).click();
    await panel.getByRole('button', { name: strings.ApprovalCorrectionStart }).click();
    expect(await panel.getByText(strings.ApprovalProblemReasonMissing).count()).toBe(1);
    await panel.getByRole('textbox', { name: strings.ApprovalCorrectionReason }).fill(REASON);
    await panel.getByRole('button', { name: strings.ApprovalCorrectionStart }).click();
    await page.getByRole('button', { name: strings.MinutesAddDecision }).waitFor();
    const history = page.getByRole('region', { name: strings.RevisionHistory });
    expect(await history.locator('[data-revision="2"]').innerText()).toContain(strings.RevisionCurrent.replace('{0}', '2'));
    const first = await history.locator('[data-revision="1"]').innerText();
    expect(first).toContain(REASON);
    expect(first).toContain(sponsor.title);
    const corrected = await stored();
    expect(corrected).toMatchObject({ ApprovalState: 'Not requested', Revision: 1 });
    expect(JSON.parse(corrected.Revisions)).toEqual([expect.objectContaining({ revision: 1, reason: REASON, approvedBy: sponsor.title, correctedBy: sponsor.title })]);
    expect(JSON.parse(corrected.Revisions)[0].minutes).toContain(`${DECISION} (support included)`);
    expect(blocking(await runAxe(page))).toEqual([]);
    await switchPerson(page, project.manager!.title);
  });

  it('an open action appears on the next occurrence agenda until it is done', async () => {
    const { page } = s.pmo;
    const manager = servicesFor(s.tenant, project.manager!.email);
    const now = new Date().toISOString();
    const events = await manager.calendar.meetings([project.groupId!], now, new Date(Date.now() + 15 * 86400000).toISOString());
    const next = events.filter((e) => !e.isCancelled && e.seriesMasterId && matchMeeting(e, [project]).length > 0)[0];
    expect(next).toBeTruthy();
    const row = (p: Page) => p.locator(`tr[data-meeting="${next.iCalUId}"] td:nth-child(2)`).getByRole('button');
    // The next occurrence's agenda is already written (stored) before the action exists.
    await page.reload();
    await waitForViewReady(page);
    await openMeeting(page, project, row);
    await page.getByRole('textbox', { name: strings.AgendaNewItem }).fill('Training plan');
    await page.getByRole('button', { name: strings.AgendaAdd }).click();
    await page.getByText(strings.MinutesSaved, { exact: true }).waitFor();
    await back(page);

    // An action from the previous minutes, still open: it joins the stored agenda when the meeting is opened.
    const title = 'Confirm the cut-over weekend with operations';
    const action = await manager.actions.create({ title, projectId: project.id, status: 'Open', dueDate: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10) });
    await openMeeting(page, project, row);
    const agenda = page.getByRole('list', { name: strings.MinutesAgenda });
    await agenda.getByRole('listitem').filter({ hasText: title }).waitFor();
    await page.getByText(strings.MinutesSaved, { exact: true }).waitFor();
    const [item] = await listItems<IStored>(page, 'PMO Meetings', `ICalUId eq '${next.iCalUId}'`, SELECT);
    const items = JSON.parse(item.AgendaData) as { kind: string; sourceId?: number; title: string }[];
    expect(items.filter((i) => i.kind === 'action' && i.sourceId === action.id).map((i) => i.title)).toEqual([title]);
    expect(items.some((i) => i.title === 'Training plan')).toBe(true);
    expect(blocking(await runAxe(page))).toEqual([]);
    await back(page);

    // Done: it no longer comes back.
    await manager.actions.update(action.id, { title, projectId: project.id, status: 'Done', dueDate: action.dueDate }, action.etag);
    await openMeeting(page, project, row);
    await agenda.getByRole('listitem').filter({ hasText: 'Training plan' }).waitFor();
    await page.getByText(strings.MinutesSaved, { exact: true }).waitFor();
    expect(await agenda.getByRole('listitem').filter({ hasText: title }).count()).toBe(0);
    const [after] = await listItems<IStored>(page, 'PMO Meetings', `ICalUId eq '${next.iCalUId}'`, SELECT);
    expect((JSON.parse(after.AgendaData) as { sourceId?: number }[]).some((i) => i.sourceId === action.id)).toBe(false);
  });

  it('minutes left to the next meeting are approved there as its first item: approved at that meeting, locked, the revision sent', async () => {
    const { page } = s.pmo;
    const manager = servicesFor(s.tenant, project.manager!.email);
    const now = Date.now();
    const events = await manager.calendar.meetings([project.groupId!], new Date(now - 13 * 86400000).toISOString(), new Date(now + 15 * 86400000).toISOString());
    const series = events.filter((e) => !e.isCancelled && e.seriesMasterId && matchMeeting(e, [project]).length > 0);
    const next = series.filter((e) => Date.parse(e.start) > now)[0];
    const prev = series.filter((e) => e.seriesMasterId === next.seriesMasterId && Date.parse(e.end) < now).pop()!;
    expect(prev).toBeTruthy();
    const row = (iCalUId: string) => (p: Page) => p.locator(`tr[data-meeting="${iCalUId}"] td:nth-child(2)`).getByRole('button');
    const byEvent = async (iCalUId: string) => (await listItems<IStored & { Minutes: string; ApprovalData: string }>(page, 'PMO Meetings', `ICalUId eq '${iCalUId}'`, `${SELECT},Minutes,ApprovalData`))[0];
    const decision = 'The cut-over moves to the second weekend';

    // The writer leaves the previous minutes to be approved at the next meeting.
    await page.reload();
    await waitForViewReady(page);
    await openMeeting(page, project, row(prev.iCalUId));
    await page.getByRole('button', { name: strings.MinutesAddDecision }).click();
    await page.getByRole('textbox', { name: strings.MinutesDecisionTitle, exact: true }).last().fill(decision);
    const panel = page.getByRole('region', { name: strings.ApprovalHeading });
    await panel.locator('label', { hasText: strings.ApprovalRouteNextMeeting }).click();
    await panel.getByRole('button', { name: strings.ApprovalSend }).click();
    await panel.getByText(strings.ApprovalAwaitingNextMeeting.split('{0}')[0]).waitFor();
    const left = await byEvent(prev.iCalUId);
    expect(left.ApprovalState).toBe('At next meeting');
    await back(page);

    // At the next meeting (its agenda written before), approving them is the first item.
    await openMeeting(page, project, row(next.iCalUId));
    const agenda = page.getByRole('list', { name: strings.MinutesAgenda });
    await agenda.getByRole('listitem').first().filter({ hasText: strings.AgendaApprovePrevious }).waitFor();
    await page.getByText(strings.ApprovalPreviousPending.split('{0}')[0]).waitFor();
    expect(blocking(await runAxe(page))).toEqual([]);
    await page.getByRole('button', { name: strings.ApprovalPreviousApprove }).click();
    await page.getByText(strings.ApprovalPreviousApproved).waitFor();
    const here = await byEvent(next.iCalUId);
    expect((JSON.parse(here.AgendaData) as { kind: string; sourceId?: number }[])[0]).toMatchObject({ kind: 'approvePrevious', sourceId: left.Id });
    const approved = await byEvent(prev.iCalUId);
    const data = JSON.parse(approved.ApprovalData) as { state: string; revision: number; approvedInMeetingId: number; approvedBy: string };
    expect(approved.ApprovalState).toBe('Approved');
    expect(data).toMatchObject({ state: 'Approved', revision: left.Revision + 1, approvedInMeetingId: here.Id, approvedBy: project.manager!.title });
    expect(approved.Minutes).toContain(decision);
    await back(page);

    // Locked: the previous minutes open read-only, saying so.
    await openMeeting(page, project, row(prev.iCalUId));
    await panel.getByText(strings.ApprovalLocked).waitFor();
    expect(await page.getByRole('button', { name: strings.MinutesAddDecision }).count()).toBe(0);
    expect(blocking(await runAxe(page))).toEqual([]);
    await back(page);
  });

  it('finds a decision in the decision log by a word of its title, newest first, filtered by project, exported as CSV', async () => {
    const { page } = s.pmo;
    await page.reload();
    await waitForViewReady(page);
    await page.getByRole('tab', { name: strings.DecisionLogTab }).click();
    await page.getByRole('table', { name: strings.DecisionLogHeading }).waitFor();
    await waitForViewReady(page);
    interface IRaid { Id: number; Title: string; Created: string; ProjectId: number }
    const all = await listItems<IRaid>(page, 'PMO RAID Log', `Kind eq 'Decision'`, 'Id,Title,Created,ProjectId');
    const target = all.filter((d) => d.ProjectId === project.id)[0] || all[0];
    const word = target.Title.split(/\s+/).filter((w) => w.length > 4).sort((a, b) => b.length - a.length)[0];
    const expected = all.filter((d) => d.Title.toLowerCase().includes(word.toLowerCase())).sort((a, b) => b.Created.localeCompare(a.Created) || b.Id - a.Id);

    await page.getByRole('searchbox', { name: strings.DecisionLogSearch }).fill(word);
    await page.getByRole('button', { name: strings.DecisionLogSearchButton }).click();
    const rows = page.getByRole('table', { name: strings.DecisionLogHeading }).locator('tbody tr');
    await page.getByRole('status').filter({ hasText: strings.DecisionLogCount.replace('{0}', String(expected.length)) }).waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-decision'))))).toEqual(expected.map((d) => d.Id));
    expect(blocking(await runAxe(page))).toEqual([]);

    const csv = csvRows((await downloadText(page.getByRole('button', { name: strings.RecordExportCsv }))).text);
    expect(csv.map((r) => r[strings.DecisionLogColDecision])).toEqual(expected.map((d) => d.Title));

    // One project only: the decisions of the others go.
    await chooseOption(page, strings.DecisionLogProject, `${project.code} ${project.title}`);
    await page.getByRole('button', { name: strings.DecisionLogSearchButton }).click();
    const own = expected.filter((d) => d.ProjectId === project.id);
    await page.getByRole('status').filter({ hasText: own.length ? strings.DecisionLogCount.replace('{0}', String(own.length)) : strings.DecisionLogNone }).waitFor();
    if (own.length) expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-decision'))))).toEqual(own.map((d) => d.Id));
    // A quote in the words is a literal, not part of the query.
    await page.getByRole('searchbox', { name: strings.DecisionLogSearch }).fill("it's ') or (Id gt 0");
    await page.getByRole('button', { name: strings.DecisionLogSearchButton }).click();
    await page.getByRole('status').filter({ hasText: strings.DecisionLogNone }).waitFor();
  });
});
