/**
 * The demo portfolio (local/src/seed) as the real data layer and Graph see it: enough projects in
 * every phase and health, a group with a calendar and a plan per project, hundreds of meetings around
 * today, RAID of every kind, twelve months of costs, over-allocated people; reset restores it; and
 * seed 'none' leaves an empty PMO site.
 */
import { createClientsFromUrls } from '../../src/services/clients';
import { createServices } from '../../src/services';
import type { IPmoServices } from '../../src/services/types';
import { HEALTHS, PHASES, RAID_KINDS } from '../../src/model/types';
import { periodKey, reportHistory } from '../../src/model/statusReport';
import { toIsoDate } from '../../src/model/dates';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';

jest.setTimeout(180_000);

const DAY = 86_400_000;

/** Every page of a Graph collection, following @odata.nextLink, as `user`. */
async function graphAll<T>(tenant: RunningTenant, path: string, user = 'pmo.manager@contoso.com'): Promise<T[]> {
  const out: T[] = [];
  let url: string | undefined = `${tenant.origin}/v1.0${path}`;
  while (url) {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${user}`, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { value: T[]; '@odata.nextLink'?: string };
    out.push(...body.value);
    url = body['@odata.nextLink'];
  }
  return out;
}

describe('demo seed', () => {
  let tenant: RunningTenant;
  let services: IPmoServices;

  beforeAll(async () => {
    // Seeds itself: this suite tests the seeding, not a copy of the run's seeded store.
    tenant = await startLocalTenant({ seed: 'demo', template: false });
    services = createServices(createClientsFromUrls({ siteUrl: tenant.siteUrl, graphBaseUrl: tenant.origin, user: 'pmo.manager@contoso.com' }));
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  it('prints on start what it seeded, matching what the data layer reads', async () => {
    const printed = Number(/seeded (\d+) projects/.exec(tenant.output())?.[1]);
    expect(printed).toBe((await services.projects.list()).length);
  });

  it('registers 40+ projects across every phase and health, with people, dates and money', async () => {
    const projects = await services.projects.list();
    expect(projects.length).toBeGreaterThanOrEqual(40);
    expect(new Set(projects.map((p) => p.phase))).toEqual(new Set(PHASES));
    expect(new Set(projects.map((p) => p.health))).toEqual(new Set(HEALTHS));
    expect(projects.map((p) => p.code).sort()).toEqual(projects.map((_, i) => `PRJ-${String(i + 1).padStart(4, '0')}`));
    for (const p of projects) {
      expect(p.manager?.email).toMatch(/@contoso\.com$/);
      expect(p.sponsor?.email).toMatch(/@contoso\.com$/);
      expect(p.groupId).toMatch(/^[0-9a-f-]{36}$/);
      expect(p.planId).toHaveLength(28);
      expect(p.budget).toBeGreaterThan(0);
    }
    const closed = projects.filter((p) => p.phase === 'Closed');
    expect(closed.every((p) => p.percentComplete === 100)).toBe(true);
    expect(projects.filter((p) => p.phase === 'Proposal').every((p) => p.percentComplete === 0)).toBe(true);
    expect(new Set(projects.map((p) => p.manager!.email)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives each project a group calendar and a plan with done, in-progress and overdue tasks and milestones', async () => {
    const p = (await services.projects.list()).find((x) => x.code === 'PRJ-0042')!;
    const tasks = await services.planner.tasks(p.planId!);
    const now = Date.now();
    expect(tasks.some((t) => t.percentComplete === 100)).toBe(true);
    expect(tasks.some((t) => t.percentComplete === 50)).toBe(true);
    expect(tasks.some((t) => t.title.startsWith('Milestone:'))).toBe(true);
    const all = await Promise.all((await services.projects.list()).filter((x) => x.phase === 'Execution').map((x) => services.planner.tasks(x.planId!)));
    const overdue = all.flat().filter((t) => t.percentComplete < 100 && t.dueDateTime && Date.parse(t.dueDateTime) < now);
    expect(overdue.length).toBeGreaterThan(5);
  });

  it('holds 300+ meetings in the three months around today, with series, steering committees and tagged ones', async () => {
    const from = new Date(Date.now() - 45 * DAY).toISOString().slice(0, 19) + 'Z';
    const to = new Date(Date.now() + 45 * DAY).toISOString().slice(0, 19) + 'Z';
    const window = `calendarView?startDateTime=${from}&endDateTime=${to}&$top=500`;
    const projects = await services.projects.list();
    type Ev = { subject: string; type: string; isOrganizer: boolean; categories: string[] };
    const groupEvents = (await Promise.all(projects.map((p) => graphAll<Ev>(tenant, `/groups/${p.groupId}/${window}`)))).flat();
    const megan = await graphAll<Ev>(tenant, `/me/${window}`, 'meganb@contoso.com');
    expect(groupEvents.length + megan.filter((e) => e.isOrganizer).length).toBeGreaterThanOrEqual(300);
    expect(groupEvents.filter((e) => e.type === 'occurrence').length).toBeGreaterThan(200);
    expect(groupEvents.some((e) => /steering committee/.test(e.subject))).toBe(true);
    // Found by the tag on the project manager's own calendar, not by the group.
    expect(megan.some((e) => e.subject.startsWith('[PRJ-0042]'))).toBe(true);
  });

  it('has minutes in PMO Meetings that point at real occurrences, and actions from them', async () => {
    const sp = async <T,>(path: string): Promise<T[]> => {
      const res = await fetch(`${tenant.siteUrl}/_api/web/lists/getByTitle('${path}`, { headers: { Accept: 'application/json' } });
      return ((await res.json()) as { value: T[] }).value;
    };
    type Meeting = { Id: number; ProjectId: number; EventId: string; State: string; Minutes: string };
    const published = await sp<Meeting>("PMO Meetings')/items?$filter=State eq 'Published'&$select=Id,ProjectId,EventId,State,Minutes&$top=500");
    expect(published.length).toBeGreaterThanOrEqual(10);
    expect(published.every((m) => m.Minutes.includes('<p>'))).toBe(true);
    const project = await services.projects.get(published[0].ProjectId);
    // The occurrence id is the group calendar's, as calendarView returned it.
    const ev = await fetch(`${tenant.origin}/v1.0/groups/${project.groupId}/events/${published[0].EventId}`, { headers: { Authorization: 'Bearer pmo.manager@contoso.com' } });
    expect(ev.status).toBe(200);
    expect(((await ev.json()) as { type: string }).type).toBe('occurrence');
    const actions = await sp<{ MeetingId: number | null; PlannerTaskId: string | null }>("PMO Actions')/items?$select=MeetingId,PlannerTaskId&$top=500");
    const fromMinutes = actions.filter((a) => a.MeetingId);
    expect(fromMinutes.length).toBeGreaterThan(10);
    expect(fromMinutes.every((a) => a.PlannerTaskId && a.PlannerTaskId.length === 28)).toBe(true);
  });

  it('has RAID entries of all five kinds with overdue ones, twelve months of costs and over-allocated people', async () => {
    const projects = await services.projects.list();
    const running = projects.filter((p) => p.phase === 'Execution');
    const raid = (await Promise.all(running.map((p) => services.raid.listByProject(p.id)))).flat();
    expect(new Set(raid.map((r) => r.kind))).toEqual(new Set(RAID_KINDS));
    const today = new Date().toISOString().slice(0, 10);
    expect(raid.some((r) => r.status !== 'Closed' && r.dueDate !== undefined && r.dueDate < today)).toBe(true);
    expect(raid.filter((r) => r.kind === 'Risk').every((r) => r.probability! >= 1 && r.impact! <= 5)).toBe(true);

    const costs = await services.costs.listByProject(running[0].id);
    expect(new Set(costs.map((c) => c.period)).size).toBe(12);
    expect(new Set(costs.map((c) => c.kind))).toEqual(new Set(['Budget', 'Actual', 'Forecast']));

    const grady = await services.people.ensure('gradya@contoso.com');
    const now = (await services.allocations.listByPerson(grady.id)).filter((a) => a.status === 'Approved' && a.startDate <= today && a.endDate >= today);
    expect(now.reduce((s, a) => s + a.percent, 0)).toBeGreaterThan(100);
  });

  it('holds a year of published status reports with frozen figures, corrections, gaps and changing health', async () => {
    const projects = await services.projects.list();
    const byCode = (code: string) => projects.find((x) => x.code === code)!;
    const reports = await services.statusReports.listByProject(byCode('PRJ-0010').id);
    const history = reportHistory(reports);
    const current = periodKey(toIsoDate(new Date()), 'monthly');
    // Monthly for twelve months, without the month it missed (two months ago), and last month corrected once.
    expect(new Set(history.map((r) => r.period)).size).toBe(11);
    const corrections = reports.filter((r) => r.supersedes !== undefined);
    expect(corrections).toHaveLength(1);
    expect(reports.find((r) => r.id === corrections[0].supersedes)!.period).toBe(corrections[0].period);
    expect(history.some((r) => r.id === corrections[0].supersedes)).toBe(false);
    // Frozen figures: older reports show what was true then, not today's register.
    const oldest = history[history.length - 1];
    expect(oldest.snapshot!.figures.actualCost!).toBeLessThan(byCode('PRJ-0010').actualCost!);
    expect(oldest.snapshot!.figures.percentComplete!).toBeLessThan(history[0].snapshot!.figures.percentComplete!);
    expect(history[0].health.overall).toBe(byCode('PRJ-0010').health);
    // Gaps for compliance: no published report for the current period; one of them has a draft only.
    const gap = await services.statusReports.listByProject(byCode('PRJ-0024').id);
    expect(gap.some((r) => r.state === 'Published' && r.period === current)).toBe(false);
    expect(gap.some((r) => r.state === 'Published')).toBe(true);
    const draft = await services.statusReports.listByProject(byCode('PRJ-0028').id);
    expect(draft.some((r) => r.state === 'Draft' && r.period === current)).toBe(true);
    // Health moved over the year on some projects.
    const running = projects.filter((x) => x.phase === 'Execution');
    const mixes = await Promise.all(running.map(async (x) => new Set(reportHistory(await services.statusReports.listByProject(x.id)).map((r) => r.health.overall)).size));
    expect(mixes.filter((n) => n > 1).length).toBeGreaterThan(2);
  });

  it('restores the demo on reset', async () => {
    const before = await services.projects.list();
    const p = before.find((x) => x.code === 'PRJ-0001')!;
    await services.projects.update(p.id, { ...p, managerId: p.manager?.id, sponsorId: p.sponsor?.id, title: 'Changed by a test' }, p.etag);
    await tenant.control('POST', 'reset');
    const after = await services.projects.list();
    expect(after.length).toBe(before.length);
    expect(after.find((x) => x.code === 'PRJ-0001')!.title).toBe(p.title);
  });
});

describe('seed none', () => {
  it('leaves an empty PMO site with the demo people', async () => {
    const tenant = await startLocalTenant({ seed: 'none' });
    try {
      const services = createServices(createClientsFromUrls({ siteUrl: tenant.siteUrl, graphBaseUrl: tenant.origin, user: 'pmo.manager@contoso.com' }));
      expect((await services.provisioning.missing()).length).toBeGreaterThan(0);
      const people = await tenant.control<{ mail: string; kind: string }[]>('GET', 'people');
      expect(people.length).toBeGreaterThanOrEqual(8);
      expect(new Set(people.map((x) => x.kind))).toEqual(new Set(['Employee', 'Contractor', 'Support department']));
    } finally {
      await tenant.stop();
    }
  });
});
