/**
 * The minutes journey in Chromium against a demo-seeded local tenant (issue 8 "Done when"): the
 * PRJ-0042 manager opens yesterday's vendor call, finds the agenda prefilled, writes minutes with two
 * actions, one decision and one risk, publishes with a fault injected into the attachment step, retries,
 * and the tenant then holds exactly one of everything. Also: no script from minutes ever runs; axe.
 */
import * as mammoth from 'mammoth';
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, fetchInPage, launchBrowser, listItems, openPmoPage, runAxe, saveAsSomeoneElse, startPageTenant, waitForViewReady, type PmoPage, type TestBrowser } from './helpers';
import type { RunningTenant } from '../helpers/localTenant';
import { servicesFor } from '../helpers/clients';
import type { IProject } from '../../src/model/types';
import { matchMeeting } from '../../src/model/meetings';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const SUBJECT = '[PRJ-0042] Vendor selection call';
const NOTE = 'Vendor B offers the same dates at a lower cost.';
const ACTIONS = ['Send the signed contract to procurement', 'Book the cut-over rehearsal'];
const DECISION = 'Vendor B is selected for the integration work';
const RISK = 'Vendor B staff may not be available in August';

interface IOutbox { subject: string; to: string[]; attachments: { name: string }[]; message: { attachments: { contentBytes: string }[] } }

const inDays = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

async function openMeeting(page: Page, project: IProject, link: Locator): Promise<void> {
  await chooseOption(page, strings.MeetingsFilterProject, `${project.code} ${project.title}`);
  await link.click();
  await page.getByRole('list', { name: strings.MinutesAgenda }).waitFor();
  await waitForViewReady(page);
}

/** Ticks or clears a Fluent checkbox as a person does: its drawn box covers the input, so click the label. */
async function setChecked(scope: Page | Locator, name: string, on: boolean): Promise<void> {
  const box = scope.getByRole('checkbox', { name, exact: true });
  if ((await box.isChecked()) !== on) await box.locator('xpath=following-sibling::label').click();
  expect(await box.isChecked()).toBe(on);
}

async function addAction(page: Page, id: string, title: string, owner: string, due: string): Promise<void> {
  await page.getByRole('button', { name: strings.MinutesAddAction }).click();
  const row = page.locator(`[data-action="${id}"]`);
  await row.getByRole('textbox', { name: strings.MinutesActionTitle, exact: true }).fill(title);
  const picker = row.getByRole('combobox', { name: strings.MinutesOwner });
  await picker.fill(owner.split(' ')[0]);
  await page.locator('.ms-Suggestions-item').filter({ hasText: owner }).first().click();
  await row.locator('.ms-PickerPersona-container').filter({ hasText: owner }).waitFor();
  const date = row.getByRole('combobox', { name: strings.MinutesDue });
  await date.fill(due);
  await date.press('Tab');
}

describe('meetings and minutes', () => {
  let tenant: RunningTenant;
  let browser: TestBrowser;
  let pmo: PmoPage;
  let project: IProject;
  beforeAll(async () => {
    tenant = await startPageTenant();
    browser = await launchBrowser();
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
    pmo = await openPmoPage(browser, tenant, { as: project.manager!.email, view: 'meetings' });
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  it('publishes minutes to PMO Meetings, Actions, Planner, RAID, the Outlook event and the outbox; a retry after an attachment failure adds exactly what was missing', async () => {
    const { page } = pmo;
    expect(blocking(await runAxe(page))).toEqual([]);
    await openMeeting(page, project, page.getByRole('button', { name: SUBJECT }));
    const agenda = page.getByRole('list', { name: strings.MinutesAgenda }).getByRole('listitem');
    expect(await agenda.count()).toBeGreaterThan(0);
    expect(await agenda.filter({ hasText: strings.AgendaKindAction }).count()).toBeGreaterThan(0);

    const notes = page.getByRole('textbox', { name: /^Notes on / }).first();
    await notes.click();
    await page.keyboard.type(NOTE);
    await addAction(page, 'a1', ACTIONS[0], project.manager!.title, inDays(14));
    await addAction(page, 'a2', ACTIONS[1], project.manager!.title, inDays(21));
    await page.getByRole('button', { name: strings.MinutesAddDecision }).click();
    await page.getByRole('textbox', { name: strings.MinutesDecisionTitle, exact: true }).fill(DECISION);
    await page.getByRole('button', { name: strings.MinutesAddRisk }).click();
    await page.getByRole('textbox', { name: strings.MinutesRiskTitle, exact: true }).fill(RISK);
    await chooseOption(page, strings.MinutesRiskProbability, '3');
    await chooseOption(page, strings.MinutesRiskImpact, '4');
    expect(blocking(await runAxe(page))).toEqual([]);

    await tenant.control('POST', 'faults', { rules: [{ match: '^POST /v1\\.0/me/events/[^/]+/attachments$', status: 403, times: 1 }] });
    await page.getByRole('button', { name: strings.PublishMinutes }).click();
    await page.locator('[data-step="attachment"][data-state="failed"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-step="attachment"]').innerText()).toContain('Calendars.ReadWrite');
    await tenant.control('POST', 'faults', { rules: [] });
    await page.getByRole('button', { name: strings.PublishRetry }).click();
    await page.locator('[data-step="attachment"][data-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-state="failed"]').count()).toBe(0);

    interface IItem { Id: number; EventId: string; State: string; AttachmentState: string; Revision: number }
    const [meeting] = await listItems<IItem>(page, 'PMO Meetings', `Title eq '${SUBJECT.replace(/'/g, "''")}'`, 'Id,EventId,State,AttachmentState,Revision');
    expect(meeting).toMatchObject({ State: 'Published', AttachmentState: 'Attached', Revision: 1 });
    const actions = await listItems<{ Title: string; PlannerTaskId: string }>(page, 'PMO Actions', `MeetingId eq ${meeting.Id}`, 'Title,PlannerTaskId');
    expect(actions.map((a) => a.Title).sort()).toEqual([...ACTIONS].sort());
    const tasks = (await fetchInPage<{ value: { id: string; title: string }[] }>(page, `/v1.0/planner/plans/${project.planId}/tasks`)).value;
    for (const a of actions) expect(tasks.filter((t) => t.title === a.Title).map((t) => t.id)).toEqual([a.PlannerTaskId]);
    const raid = await listItems<{ Kind: string; Title: string }>(page, 'PMO RAID Log', `RaisedInId eq ${meeting.Id}`, 'Kind,Title');
    expect(raid.map((r) => `${r.Kind}: ${r.Title}`).sort()).toEqual([`Decision: ${DECISION}`, `Risk: ${RISK}`]);
    const attachments = (await fetchInPage<{ value: { name: string }[] }>(page, `/v1.0/me/events/${meeting.EventId}/attachments?$select=name`)).value;
    expect(attachments).toHaveLength(1);
    expect(attachments[0].name).toMatch(/\.docx$/);
    const event = await fetchInPage<{ body: { content: string } }>(page, `/v1.0/me/events/${meeting.EventId}?$select=body`);
    expect(event.body.content).toContain(strings.MinutesEventLink);
    const mails = (await tenant.control<IOutbox[]>('GET', 'outbox')).filter((m) => m.subject === strings.MinutesMailSubject.replace('{0}', SUBJECT));
    expect(mails).toHaveLength(1);
    expect(mails[0].attachments.map((a) => a.name)).toEqual([attachments[0].name]);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(mails[0].message.attachments[0].contentBytes, 'base64') })).value;
    for (const t of [NOTE, DECISION, RISK, ...ACTIONS]) expect(text).toContain(t.trim());
  });

  it('never runs a script stored in minutes: it is sanitized when shown', async () => {
    const { page } = pmo;
    interface IItem { Id: number; ICalUId: string }
    const [draft] = await listItems<IItem>(page, 'PMO Meetings', `ProjectId eq ${project.id} and State eq 'Draft'`, 'Id,ICalUId');
    const evil = '<p>ok</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">link</a><iframe src="javascript:window.__pwned=4"></iframe>';
    await saveAsSomeoneElse(tenant, 'PMO Meetings', draft.Id, {
      State: 'Published',
      Minutes: evil,
      MinutesData: JSON.stringify({ attendance: [], notes: { 'custom-1': evil }, decisions: [], actions: [], risks: [] })
    });
    await pmo.goto('meetings');
    // The hash route did not change: reload, so the list starts afresh from what the tenant stores.
    await page.reload();
    await waitForViewReady(page);
    await openMeeting(page, project, page.locator(`tr[data-meeting="${draft.ICalUId}"] td:nth-child(2)`).getByRole('button'));
    await page.getByText(strings.MinutesPublishedText).click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const html = await page.locator('main').innerHTML();
    expect(html).not.toMatch(/onerror|<script|<iframe|javascript:/i);
    expect(blocking(await runAxe(page))).toEqual([]);
  });

  it('links a meeting by hand to several projects, its series follows, and unlinking is remembered too', async () => {
    const { page } = pmo;
    const FORUM = "Project managers' forum";
    const other = (await servicesFor(tenant).projects.list({ search: 'PRJ-0007' }))[0];
    await page.reload();
    await waitForViewReady(page);
    const forum = () => page.locator('tbody tr').filter({ has: page.getByRole('button', { name: FORUM, exact: true }) });
    expect(await forum().count()).toBe(0);
    await setChecked(page, strings.MeetingsShowUnlinked, true);
    await forum().first().waitFor();
    const occurrences = await forum().count();
    expect(occurrences).toBeGreaterThan(1);
    for (const r of await forum().all()) expect(await r.innerText()).toContain(strings.MeetingNotLinked);

    const dialog = page.getByRole('dialog', { name: strings.MeetingLinkTitle });
    await forum().first().getByRole('button', { name: strings.MeetingLink, exact: true }).click();
    for (const p of [project, other]) {
      await dialog.getByRole('searchbox', { name: strings.MeetingLinkSearch }).fill(p.code);
      await setChecked(dialog, `${p.code} ${p.title}`, true);
    }
    expect(blocking(await runAxe(page))).toEqual([]);
    await dialog.getByRole('button', { name: strings.MeetingLinkSave }).click();
    await dialog.waitFor({ state: 'detached' });
    await setChecked(page, strings.MeetingsShowUnlinked, false);
    await forum().nth(occurrences - 1).waitFor();

    interface IItem { Id: number; ProjectsId: number[]; ProjectId: number; LinkReason: string; SeriesMasterId: string }
    const filter = `Title eq '${FORUM.replace(/'/g, "''")}'`;
    const stored = await listItems<IItem>(page, 'PMO Meetings', filter, 'Id,ProjectsId,ProjectId,LinkReason,SeriesMasterId');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ProjectsId: [project.id, other.id], ProjectId: project.id, LinkReason: 'manual' });
    expect(stored[0].SeriesMasterId).toBeTruthy();
    const texts = await forum().allInnerTexts();
    expect(texts.filter((t) => t.includes(`${project.code} (${strings.MeetingReasonManual}), ${other.code} (${strings.MeetingReasonManual})`))).toHaveLength(1);
    expect(texts.filter((t) => t.includes(`${project.code} (${strings.MeetingReasonSeries}), ${other.code} (${strings.MeetingReasonSeries})`))).toHaveLength(occurrences - 1);

    // Unlink: the choice is stored (no project, still "by hand"), and the series no longer shows.
    const linked = forum().filter({ hasText: strings.MeetingReasonManual });
    await linked.getByRole('button', { name: strings.MeetingLink, exact: true }).click();
    for (const p of [project, other]) await setChecked(dialog, `${p.code} ${p.title}`, false);
    await dialog.getByRole('button', { name: strings.MeetingLinkSave }).click();
    await dialog.waitFor({ state: 'detached' });
    // The dialog closes once the tenant has stored the choice.
    const unlinked = await listItems<IItem>(page, 'PMO Meetings', filter, 'Id,ProjectsId,LinkReason');
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0]).toMatchObject({ Id: stored[0].Id, ProjectsId: [], LinkReason: 'manual' });
    await forum().first().waitFor({ state: 'detached' });
    await setChecked(page, strings.MeetingsShowUnlinked, true);
    await forum().nth(occurrences - 1).waitFor();
    expect((await forum().allInnerTexts()).filter((t) => t.includes(strings.MeetingUnlinkedByHand))).toHaveLength(1);
  });

  it('mails the agenda to the attendees before the meeting, as readable HTML with nothing active in it', async () => {
    const { page } = pmo;
    await page.reload();
    await waitForViewReady(page);
    await chooseOption(page, strings.MeetingsFilterProject, `${project.code} ${project.title}`);
    const now = new Date().toISOString();
    const manager = servicesFor(tenant, project.manager!.email);
    const events = await manager.calendar.meetings([project.groupId!], now, new Date(Date.now() + 15 * 86400000).toISOString());
    const next = events.filter((e) => !e.isCancelled && e.attendees.length > 0 && matchMeeting(e, [project]).length > 0)[0];
    expect(next).toBeTruthy();
    await openMeeting(page, project, page.locator(`tr[data-meeting="${next.iCalUId}"] td:nth-child(2)`).getByRole('button'));
    const hostile = '<img src=x onerror="window.__pwned=5">Budget & scope';
    await page.getByRole('textbox', { name: strings.AgendaNewItem }).fill(hostile);
    await page.getByRole('button', { name: strings.AgendaAdd }).click();
    const items = await page.getByRole('list', { name: strings.MinutesAgenda }).getByRole('listitem').count();
    expect(blocking(await runAxe(page))).toEqual([]);

    await page.getByRole('button', { name: strings.AgendaMailSend }).click();
    await page.getByRole('button', { name: strings.AgendaMailAgain }).waitFor();
    const subject = strings.AgendaMailSubject.replace('{0}', next.subject);
    const mails = (await tenant.control<(IOutbox & { body: { content: string } })[]>('GET', 'outbox')).filter((m) => m.subject === subject);
    expect(mails).toHaveLength(1);
    const invited = [next.organizer, ...next.attendees].map((a) => a.email).filter((m, i, all) => all.indexOf(m) === i);
    expect(mails[0].to.slice().sort()).toEqual(invited.sort());
    const body = mails[0].body.content;
    expect(body).toContain('&lt;img src=x onerror=&quot;window.__pwned=5&quot;&gt;Budget &amp; scope');
    expect(body).not.toMatch(/<img|<script|javascript:/i);
    // Every agenda item is a line of the mail, the hostile one last, as text.
    expect(items).toBeGreaterThan(1);
    expect(body.match(/<li>/g)).toHaveLength(items);
    expect(body).toContain(`${strings.AgendaKindCustom}: <strong>&lt;img`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
