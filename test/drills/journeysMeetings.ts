/**
 * Issue 10's meetings journeys in the drills: a proposal of a Teams transcript accepted into the
 * minutes (the new minutes created once, holding it once), and a task completed in Planner showing its
 * action done after Refresh (that action written once). Each prepares its own meeting or task, told
 * apart by the drill's stamp, so the three drills and the restart drill's re-checks never share one.
 */
import * as strings from 'PmoHubStrings';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, openTab, viewUrl, waitForViewReady } from '../browser/helpers';
import { reconcile, plannerDay } from '../../src/model/meetings/actionSync';
import { created, updatedItem, type Journey, type JourneyContext } from './journeys';
import { PAGE_USER, addItem, storedItems, throttledFetch } from './tenantRecords';

/** A running demo project whose group (and plan) has the drills' page user. */
const PROJECT = 'PRJ-0024';

interface IProjectRow {
  Id: number;
  Title: string;
  GroupId: string;
  PlanId: string;
}

const project = async (ctx: JourneyContext): Promise<IProjectRow> =>
  (await storedItems<IProjectRow>(ctx.tenant, 'PMO Projects', `PmoCode eq '${PROJECT}'`, 'Id,Title,GroupId,PlanId'))[0];

async function fresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForViewReady(page);
}

/** Graph as a demo person, outside the page (the fixture data a journey needs), retried through the drill's faults. */
async function graph<T>(ctx: JourneyContext, as: string, path: string, init: { method?: string; body?: unknown; etag?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-PMO-User': as };
  if (init.body) headers['Content-Type'] = 'application/json';
  if (init.etag) headers['If-Match'] = init.etag;
  const res = await throttledFetch(`${ctx.tenant.origin}/v1.0${path}`, { method: init.method || 'GET', headers, body: init.body ? JSON.stringify(init.body) : undefined });
  if (!res.ok) throw new Error(`${init.method || 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

const fixture = async <T>(ctx: JourneyContext, op: string, args: Record<string, unknown>): Promise<T> =>
  (await ctx.tenant.control<{ result: T }>('POST', 'graph/fixture', { op, args })).result;

const cue = (n: number, from: string, to: string, who: string, text: string) => `${n}\n00:${from}.000 --> 00:${to}.000\n<v ${who}>${text}</v>\n`;

/** A change that leaves the text as it was (a space typed and deleted): the autosave writes the minutes again. */
async function nudge(ctx: JourneyContext): Promise<void> {
  const title = ctx.page.getByRole('textbox', { name: strings.MinutesDecisionTitle, exact: true });
  await title.press('End');
  await title.press('Space');
  await title.press('Backspace');
}

/** Yesterday's online meeting on the page user's own calendar, with a Teams transcript: accept its decision. */
function transcriptJourney(): Journey {
  const card = (ctx: JourneyContext): Locator =>
    ctx.page.getByRole('list', { name: strings.TranscriptProposalsList }).getByRole('listitem', { name: `${strings.TranscriptProposalDecision}: ${String(ctx.state.decision)}` });
  const saveState = (ctx: JourneyContext): Locator => ctx.page.getByText(new RegExp(`^(${strings.MinutesSaved}|${strings.MinutesSaveFailed})$`));
  return {
    name: 'meetings: accept a transcript proposal',
    writes: [created('PMO Meetings')],
    prepare: async (ctx) => {
      const p = await project(ctx);
      const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const subject = `[${PROJECT}] Drill transcript ${ctx.stamp}`;
      ctx.state.subject = subject;
      const added = await fixture<{ id: string }>(ctx, 'addEvent', {
        calendar: { kind: 'user', ownerId: PAGE_USER }, subject, start: `${day}T10:00:00Z`, end: `${day}T10:30:00Z`, isOnlineMeeting: true, attendeeIds: ['pmo.manager@contoso.com']
      });
      const event = await graph<{ onlineMeeting: { joinUrl: string } }>(ctx, PAGE_USER, `/me/events/${added.id}?$select=onlineMeeting`);
      const content = ['WEBVTT', '', cue(1, '00:05', '00:12', 'Patricia Moreau', 'Is everyone here? Good.'), cue(2, '00:13', '00:25', 'Patricia Moreau', `Okay. So we agreed to keep the cut-over on the second weekend of ${ctx.stamp}.`)].join('\n');
      await fixture(ctx, 'addTranscript', { joinUrl: event.onlineMeeting.joinUrl, content, createdDateTime: `${day}T10:00:00Z`, endDateTime: `${day}T10:30:00Z` });
      await fresh(ctx.page, viewUrl(ctx.tenant, 'meetings'));
      await chooseOption(ctx.page, strings.MeetingsFilterProject, `${PROJECT} ${p.Title}`);
      await ctx.page.getByRole('button', { name: subject, exact: true }).click();
      // The proposal's title as the rules word it (the card is named "Decision: <title>").
      const first = ctx.page.getByRole('list', { name: strings.TranscriptProposalsList }).getByRole('listitem').first();
      await first.waitFor({ timeout: 90_000 });
      const name = (await first.getAttribute('aria-label')) || '';
      ctx.state.decision = name.slice(`${strings.TranscriptProposalDecision}: `.length);
      await waitForViewReady(ctx.page);
    },
    submit: (ctx) => card(ctx).getByRole('button', { name: strings.TranscriptAccept }).click(),
    // Accepted, the proposal is in the minutes; a save that failed is made again by the next change, as a person nudges it.
    resubmit: nudge,
    acknowledged: async (ctx) => {
      for (let attempt = 0; ; attempt++) {
        await saveState(ctx).waitFor({ timeout: 90_000 });
        if ((await saveState(ctx).innerText()) === strings.MinutesSaved) return;
        if (attempt >= 3) throw new Error('the minutes were not saved');
        await nudge(ctx);
        await ctx.page.getByText(strings.MinutesSaveFailed, { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
      }
    },
    check: async (ctx) => {
      const subject = String(ctx.state.subject);
      const items = await storedItems<{ MinutesData: string }>(ctx.tenant, 'PMO Meetings', `Title eq '${subject.replace(/'/g, "''")}'`, 'MinutesData');
      const decisions = items.map((m) => (JSON.parse(m.MinutesData || '{}') as { decisions?: { title: string }[] }).decisions || []);
      const found = decisions.map((d) => d.filter((x) => x.title === ctx.state.decision).length);
      if (JSON.stringify(found) !== '[1]') throw new Error(`PMO Meetings "${subject}": ${JSON.stringify(decisions)}, expected the decision "${String(ctx.state.decision)}" once`);
    }
  };
}

interface ITask {
  id: string;
  '@odata.etag': string;
  percentComplete: number;
  dueDateTime: string | null;
  assignments: Record<string, unknown>;
}

/**
 * An open action with its Planner task, in step since their last sync (stored as the sync stores it).
 * Another member of the group completes the task in Planner; Refresh shows the action done and stores it.
 */
function plannerJourney(): Journey {
  const row = (ctx: JourneyContext): Locator =>
    ctx.page.getByRole('row').filter({ has: ctx.page.getByRole('button', { name: strings.RecordEditNamed.replace('{0}', String(ctx.state.title)), exact: true }) });
  const refresh = (ctx: JourneyContext) => ctx.page.getByRole('toolbar', { name: strings.ActionsToolbar }).getByRole('button', { name: strings.RecordRefresh }).click();
  return {
    name: 'actions: a task done in Planner shows after Refresh',
    writes: [updatedItem('PMO Actions', 'actionId')],
    prepare: async (ctx) => {
      const p = await project(ctx);
      const title = `Drill sync ${ctx.stamp}`;
      ctx.state.title = title;
      const members = await graph<{ value: { mail: string }[] }>(ctx, PAGE_USER, `/groups/${p.GroupId}/members`);
      const other = members.value.map((m) => m.mail).filter((m) => m && m.toLowerCase() !== PAGE_USER)[0];
      const taskId = await fixture<string | { id: string }>(ctx, 'addTask', { planId: p.PlanId, title, percentComplete: 0 });
      const id = typeof taskId === 'string' ? taskId : taskId.id;
      const task = await graph<ITask>(ctx, other, `/planner/tasks/${id}`);
      // The action as its last sync left it: the base both sides agreed on (nothing to write when the view opens).
      const state = { id, etag: task['@odata.etag'], percentComplete: task.percentComplete, due: plannerDay(task.dueDateTime), assigneeIds: Object.keys(task.assignments || {}) };
      const sync = reconcile({ status: 'Open' }, undefined, state).sync;
      ctx.state.actionId = await addItem(ctx.tenant, 'PMO Actions', { Title: title, ProjectId: p.Id, Status: 'Open', PlannerTaskId: id, PlannerSync: JSON.stringify(sync) });
      await fresh(ctx.page, viewUrl(ctx.tenant, 'project', p.Id));
      await openTab(ctx.page, strings.WorkspaceTabMeetings);
      await row(ctx).locator('[data-planner-state="inStep"]').waitFor({ timeout: 90_000 });
      // Done in Planner by someone else, with the etag they read.
      const now = await graph<ITask>(ctx, other, `/planner/tasks/${id}`);
      await graph(ctx, other, `/planner/tasks/${id}`, { method: 'PATCH', body: { percentComplete: 100 }, etag: now['@odata.etag'] });
      await waitForViewReady(ctx.page);
    },
    submit: refresh,
    acknowledged: async (ctx) => {
      // A read or sync still failing past the retries says so (the row stays as it was); the person refreshes again.
      const done = row(ctx).locator('[data-status]').filter({ hasText: strings.ActionStatusDone });
      const failed = ctx.page.getByText(strings.ActionsSyncFailed.split('{0}')[0]).or(ctx.page.getByText(strings.ErrorNetwork));
      for (let attempt = 0; ; attempt++) {
        await done.or(failed).first().waitFor({ timeout: 90_000 });
        if (await done.count()) return;
        if (attempt >= 3) throw new Error(`not in step: ${await failed.first().innerText()}`);
        await refresh(ctx);
        await failed.first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
      }
    },
    check: async (ctx) => {
      const [a] = await storedItems<{ Status: string; PlannerTaskId: string }>(ctx.tenant, 'PMO Actions', `Id eq ${Number(ctx.state.actionId)}`, 'Status,PlannerTaskId');
      if (!a || a.Status !== 'Done' || !a.PlannerTaskId) throw new Error(`PMO Actions ${String(ctx.state.actionId)}: ${JSON.stringify(a)}`);
    }
  };
}

export function meetingsJourneys(): Journey[] {
  return [transcriptJourney(), plannerJourney()];
}
