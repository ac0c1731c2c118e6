/**
 * Minutes prefilled from the Teams transcript (issue 10 "Done when") in Chromium against the demo tenant:
 * the PRJ-0042 manager opens the integration design review, accepts a proposed decision and a proposed
 * action (owner and due date guessed from the transcript), rejects another, and PMO Meetings then holds
 * exactly the accepted ones. Meetings without a transcript or not online say why. Axe on the panel.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, blocking, chooseOption, listItems, runAxe, usePageSession, waitForViewReady } from './helpers';
import { servicesFor } from '../helpers/clients';
import { toIsoDate } from '../../src/model/dates';
import { dueDateFrom } from '../../src/model/meetings/transcriptDates';
import type { IMinutes } from '../../src/model/meetings/types';
import type { IProject } from '../../src/model/types';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const REVIEW = '[PRJ-0042] Integration design review';
const DECISION = 'Host the integration layer in the EU West region';
const ACTION = 'Book the load test environment';
const REJECTED = 'Ask the vendor for a price on extra support';

interface IStored { Id: number; Start: string; MinutesData: string }

let project: IProject;
const session = usePageSession(async (tenant) => {
  project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
  return { as: project.manager!.email, view: 'meetings' };
});

async function openMeeting(page: Page, subject: string): Promise<void> {
  await chooseOption(page, strings.MeetingsFilterProject, `${project.code} ${project.title}`);
  await page.getByRole('button', { name: subject, exact: true }).click();
  await page.getByRole('list', { name: strings.MinutesAgenda }).waitFor();
  await waitForViewReady(page);
}

const stored = async (page: Page, subject: string) => listItems<IStored>(page, 'PMO Meetings', `Title eq '${subject.replace(/'/g, "''")}'`, 'Id,Start,MinutesData');
const minutesOf = (item: IStored): IMinutes => JSON.parse(item.MinutesData || '{}') as IMinutes;

describe('minutes prefilled from the Teams transcript', () => {
  it('accepts two proposals, rejects one, and stores only the accepted ones', async () => {
    const { page } = session.pmo;
    await openMeeting(page, REVIEW);
    const proposals = page.getByRole('list', { name: strings.TranscriptProposalsList });
    await proposals.waitFor({ timeout: 60_000 });
    const card = (kind: string, title: string) => proposals.getByRole('listitem', { name: `${kind}: ${title}` });
    for (const c of [card(strings.TranscriptProposalDecision, DECISION), card(strings.TranscriptProposalAction, ACTION), card(strings.TranscriptProposalAction, REJECTED)]) await c.waitFor();
    // Questions, "we didn't decide", hypotheticals and last week's report are not proposed.
    expect(await proposals.getByRole('listitem').count()).toBe(5);
    expect(await page.getByRole('list', { name: strings.TranscriptTitle }).getByRole('listitem').count()).toBeGreaterThanOrEqual(11);
    // Nothing proposed is stored before a person accepts it.
    for (const item of await stored(page, REVIEW)) expect([minutesOf(item).decisions.length, minutesOf(item).actions.length]).toEqual([0, 0]);
    expect(blocking(await runAxe(page, 'section[aria-label="Transcript"]'))).toEqual([]);

    const actionCard = card(strings.TranscriptProposalAction, ACTION);
    const ownerDue = await actionCard.getByText(/^Owner: /).innerText();
    const owner = /^Owner: (.+) · Due: /.exec(ownerDue)![1];
    await card(strings.TranscriptProposalDecision, DECISION).getByRole('button', { name: strings.TranscriptAccept }).click();
    await page.getByText(strings.MinutesSaved, { exact: true }).waitFor({ timeout: 30_000 });
    await card(strings.TranscriptProposalAction, REJECTED).getByRole('button', { name: strings.TranscriptReject }).click();
    await actionCard.getByRole('button', { name: strings.TranscriptAccept }).click();
    await actionCard.waitFor({ state: 'detached' });
    // The accepted items are in the editor's own lists, autosaved with the minutes.
    expect(await page.getByRole('textbox', { name: strings.MinutesDecisionTitle, exact: true }).inputValue()).toBe(DECISION);
    expect(await page.getByRole('textbox', { name: strings.MinutesActionTitle, exact: true }).inputValue()).toBe(ACTION);
    await page.getByText(strings.MinutesSaved, { exact: true }).waitFor({ timeout: 30_000 });
    await expectStored(page, owner);
    expect(await proposals.getByRole('listitem').count()).toBe(2);
    expect(blocking(await runAxe(page, 'section[aria-label="Transcript"]'))).toEqual([]);
  });

  async function expectStored(page: Page, owner: string): Promise<void> {
    let item: IStored | undefined;
    for (let i = 0; i < 20; i++) {
      [item] = await stored(page, REVIEW);
      if (item && minutesOf(item).actions.length) break;
      await page.waitForTimeout(500);
    }
    const m = minutesOf(item!);
    expect(m.decisions.map((d) => d.title)).toEqual([DECISION]);
    expect(m.decisions[0].detail).toMatch(/^From the Teams transcript \(.+, \d\d:\d\d\)$/);
    const due = dueDateFrom('by next Tuesday', toIsoDate(new Date(item!.Start)))!.date;
    expect(m.actions).toEqual([expect.objectContaining({ title: ACTION, ownerName: owner, dueDate: due })]);
    expect(m.actions[0].ownerId).toBeGreaterThan(0);
    expect(m.actions[0].ownerEmail).toMatch(/@contoso\.com$/);
    expect(JSON.stringify(m)).not.toContain(REJECTED);
  }

  it('says why there is nothing to prefill: no transcript kept, not a Teams meeting', async () => {
    const { page } = session.pmo;
    await page.getByRole('button', { name: strings.MeetingsBack }).click();
    await openMeeting(page, '[PRJ-0042] Vendor selection call');
    await page.getByText(strings.TranscriptNone).waitFor({ timeout: 60_000 });
    expect(blocking(await runAxe(page, 'section[aria-label="Transcript"]'))).toEqual([]);
    await page.getByRole('button', { name: strings.MeetingsBack }).click();
    await openMeeting(page, '[PRJ-0042] Site walk-through');
    await page.getByText(strings.TranscriptNotOnline).waitFor({ timeout: 60_000 });
  });
});
