/**
 * Issue 10's journeys in the drills: the chair approves minutes sent to them (one save of the
 * meeting, never two), and a decision is found in the decision log (reads only).
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { chooseOption, viewUrl, waitForViewReady } from '../browser/helpers';
import { emptyMinutes, minutesFingerprint, type IAgendaItem, type IMinutes } from '../../src/model/meetings';
import { updated, type Journey, type JourneyContext } from './journeys';
import { PAGE_USER, addItem, storedItems, throttledFetch } from './tenantRecords';

const PROJECT = 'PRJ-0024';

async function fresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForViewReady(page);
}

async function siteUser(ctx: JourneyContext, mail: string): Promise<{ Id: number; Title: string; Email: string }> {
  const res = await throttledFetch(`${ctx.tenant.siteUrl}/_api/web/siteusers?$filter=${encodeURIComponent(`Email eq '${mail}'`)}`, { headers: { Accept: 'application/json;odata=nometadata', 'X-PMO-User': mail } });
  return ((await res.json()) as { value: { Id: number; Title: string; Email: string }[] }).value[0];
}

/** Minutes sent to the signed-in person for approval; the chair opens them and approves. */
function approveJourney(): Journey {
  return {
    name: 'meetings: approve minutes',
    writes: [updated('PMO Meetings')],
    prepare: async (ctx) => {
      const [p] = await storedItems<{ Id: number; Title: string }>(ctx.tenant, 'PMO Projects', `PmoCode eq '${PROJECT}'`, 'Id,Title');
      const chair = await siteUser(ctx, PAGE_USER);
      const title = `[${PROJECT}] Drill approval ${ctx.stamp}`;
      const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const agendaItems: IAgendaItem[] = [{ id: 'custom-1', kind: 'custom', title: 'Budget' }];
      const minutesData: IMinutes = { ...emptyMinutes(), decisions: [{ id: 'd1', title: `Keep the go-live date ${ctx.stamp}`, detail: '' }] };
      const approver = { id: chair.Id, title: chair.Title, email: chair.Email };
      const approval = { state: 'Awaiting approval', approver, requestedBy: 'Drill', requestedAt: new Date().toISOString(), revision: 1, fingerprint: minutesFingerprint({ agendaItems, minutesData }) };
      ctx.state.title = title;
      ctx.state.id = await addItem(ctx.tenant, 'PMO Meetings', {
        Title: title, ProjectId: p.Id, ProjectsId: [p.Id], EventId: `drill-${ctx.stamp}`, ICalUId: `drill-${ctx.stamp}`, Start: `${day}T10:00:00Z`, End: `${day}T10:30:00Z`,
        State: 'Draft', AgendaData: JSON.stringify(agendaItems), MinutesData: JSON.stringify(minutesData), Revision: 0, Revisions: '[]',
        ApprovalState: 'Awaiting approval', ApproverId: chair.Id, ApprovalData: JSON.stringify(approval)
      });
      await fresh(ctx.page, viewUrl(ctx.tenant, 'meetings'));
      await chooseOption(ctx.page, strings.MeetingsFilterProject, `${PROJECT} ${p.Title}`);
      await ctx.page.getByRole('button', { name: title, exact: true }).click();
      await ctx.page.getByRole('button', { name: strings.ApprovalApprove }).waitFor();
      await waitForViewReady(ctx.page);
    },
    submit: (ctx) => ctx.page.getByRole('button', { name: strings.ApprovalApprove }).click(),
    acknowledged: async (ctx) => {
      // A save the tenant refused past the retries says so; the chair clicks Approve again.
      for (let attempt = 0; ; attempt++) {
        const locked = ctx.page.getByText(strings.ApprovalLocked);
        const failed = ctx.page.getByRole('alert');
        await locked.or(failed).first().waitFor({ timeout: 90_000 });
        if (await locked.count()) return;
        if (attempt >= 3) throw new Error(`approval not stored: ${await failed.innerText()}`);
        await ctx.page.getByRole('button', { name: strings.ApprovalApprove }).click();
      }
    },
    check: async (ctx) => {
      const [m] = await storedItems<{ ApprovalState: string; ApprovalData: string }>(ctx.tenant, 'PMO Meetings', `Id eq ${ctx.state.id as number}`, 'ApprovalState,ApprovalData');
      const data = JSON.parse(m.ApprovalData) as { approvedBy?: string };
      if (m.ApprovalState !== 'Approved' || !data.approvedBy) throw new Error(`PMO Meetings approval: ${JSON.stringify(m)}`);
    }
  };
}

/** The decision log finds the demo decisions that have a word in their title, as SharePoint does. */
function decisionLogJourney(): Journey {
  return {
    name: 'decision log: find',
    writes: [],
    prepare: async (ctx) => {
      const decisions = await storedItems<{ Id: number; Title: string }>(ctx.tenant, 'PMO RAID Log', `Kind eq 'Decision'`, 'Id,Title');
      const word = decisions.map((d) => d.Title.split(/\s+/).filter((w) => w.length > 5)[0]).filter(Boolean)[0] as string;
      ctx.state.word = word;
      ctx.state.expected = decisions.filter((d) => d.Title.toLowerCase().includes(word.toLowerCase())).map((d) => d.Id).sort((a, b) => a - b);
      ctx.state.count = (ctx.state.expected as number[]).length;
      await fresh(ctx.page, viewUrl(ctx.tenant, 'meetings'));
      await ctx.page.getByRole('tab', { name: strings.DecisionLogTab }).click();
      await ctx.page.getByRole('searchbox', { name: strings.DecisionLogSearch }).fill(word);
    },
    submit: (ctx) => ctx.page.getByRole('button', { name: strings.DecisionLogSearchButton }).click(),
    acknowledged: async (ctx) => {
      await ctx.page.getByRole('status').filter({ hasText: strings.DecisionLogCount.replace('{0}', String(ctx.state.count)) }).waitFor({ timeout: 90_000 });
      // What the page found, kept for the check: the restart drill checks again later, when the page has moved on.
      const rows = ctx.page.getByRole('table', { name: strings.DecisionLogHeading }).locator('tbody tr');
      ctx.state.shown = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-decision'))))).sort((a, b) => a - b);
    },
    check: async (ctx) => {
      // The page found exactly the decisions the store held with the word, and the store still holds each (later journeys may add more).
      const word = String(ctx.state.word).toLowerCase();
      const expected = ctx.state.expected as number[];
      const stored = (await storedItems<{ Id: number; Title: string }>(ctx.tenant, 'PMO RAID Log', `Kind eq 'Decision'`, 'Id,Title')).filter((d) => d.Title.toLowerCase().includes(word)).map((d) => d.Id);
      const lost = expected.filter((id) => stored.indexOf(id) < 0);
      if (JSON.stringify(ctx.state.shown) !== JSON.stringify(expected) || lost.length) {
        throw new Error(`decision log "${word}": the page found ${JSON.stringify(ctx.state.shown)}, the store held ${JSON.stringify(expected)}, no longer holds ${JSON.stringify(lost)}`);
      }
    }
  };
}

export function approvalJourneys(): Journey[] {
  return [approveJourney(), decisionLogJourney()];
}
