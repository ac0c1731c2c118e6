/**
 * Status reports on the real data layer against the local tenant's demo: drafting reads in one round
 * (no sequential calls), publishing twice (a double click, a retry with the same ETag) makes one
 * published report, and publishing sets the project's Health. The compliance board's reads are four
 * list-wide queries returning what the store holds.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { newReportValues, toReportDraft } from '../../src/model/statusReport';
import { filledShare } from '../../src/model/statusReportFigures';
import { periodStart } from '../../src/model/compliance';
import { toIsoDate } from '../../src/model/dates';
import type { IPmoServices } from '../../src/services/types';

const TODAY = new Date().toISOString().slice(0, 10);

describe('status reports', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    s = servicesFor(tenant, 'pmo.manager@contoso.com');
  }, 120000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('drafts from the data in one round of parallel reads and fills most figures', async () => {
    const project = (await s.projects.list()).find((p) => p.planId && p.phase === 'Execution')!;
    const mark = await logMark(tenant);
    const figures = await s.statusReports.draftFigures(project, TODAY);
    const log = (await logSince(tenant, mark)).filter((e) => !e.inner && !e.path.startsWith('/__pmo'));
    // Plan tasks, cost lines, RAID, meetings, earlier reports: five requests, all started together.
    expect(log.length).toBe(5);
    expect(figures.missing).toEqual([]);
    expect(filledShare(figures)).toBeGreaterThanOrEqual(0.8);
  }, 60000);

  it('publishing twice with the same ETag makes one published report and sets the project Health', async () => {
    const project = (await s.projects.list()).find((p) => p.planId)!;
    const figures = await s.statusReports.draftFigures(project, TODAY);
    const values = { ...newReportValues(project.id, 'Twice', figures, 'monthly'), summary: 'Published twice.', risk: 'Red' as const, overrideReason: 'The steering committee asked for Red.' };
    const draft = await s.statusReports.create(toReportDraft(values));
    const [a, b] = await Promise.all([s.statusReports.publish(draft, '2026-07-02T10:00:00Z'), s.statusReports.publish(draft, '2026-07-02T10:00:01Z')]);
    expect(a.state).toBe('Published');
    expect(b.state).toBe('Published');
    const mine = (await s.statusReports.listByProject(project.id)).filter((r) => r.title === 'Twice');
    expect(mine.length).toBe(1);
    expect(mine[0].health.overall).toBe('Red');
    // A retry after a lost answer (same stale copy) changes nothing.
    const again = await s.statusReports.publish(draft, '2026-07-03T10:00:00Z');
    expect(again.publishedAt).toBe(mine[0].publishedAt);
    expect((await s.projects.get(project.id)).health).toBe('Red');
  }, 60000);

  // The compliance board's reads (src/services/compliance): four list-wide queries whatever the number of projects.
  it('reads four lists once each, with $select, and returns what the store holds', async () => {
    await s.compliance.read(toIsoDate(new Date())); // the lazy chunk and the connection
    const mark = await logMark(tenant);
    const today = toIsoDate(new Date());
    const data = await s.compliance.read(today);
    const log = (await logSince(tenant, mark)).filter((e) => !e.inner && !e.path.startsWith('/__pmo'));
    expect(log.map((e) => decodeURIComponent(e.path).match(/getbytitle\('([^']+)'\)/i)?.[1]).sort()).toEqual(['PMO Actions', 'PMO Meetings', 'PMO RAID Log', 'PMO Status Reports']);
    expect(log.every((e) => decodeURIComponent(e.path).includes('$select='))).toBe(true);

    const { sp } = clientsFor(tenant, 'pmo.manager@contoso.com');
    const since = ['weekly', 'fortnightly', 'monthly'].map((p) => periodStart(today, p as 'weekly')).sort()[0];
    const published = (await sp.web.lists.getByTitle('PMO Status Reports').items.select('ProjectId', 'ReportDate', 'State').top(5000)()) as { ProjectId: number; ReportDate: string; State: string }[];
    expect(data.reports.length).toBe(published.filter((r) => r.State === 'Published' && r.ReportDate.slice(0, 10) >= since).length);
    expect(data.reports.length).toBeGreaterThan(10);
    const open = (await sp.web.lists.getByTitle('PMO Actions').items.select('Status').top(5000)()) as { Status: string }[];
    expect(data.actions.length).toBe(open.filter((a) => a.Status === 'Open' || a.Status === 'In progress').length);
    expect(data.actions.some((a) => a.meetingId && a.owner)).toBe(true);
    expect(data.risks.every((r) => r.kind === 'Risk' || r.kind === 'Issue')).toBe(true);
    expect(data.meetings.every((m) => m.start.slice(0, 10) <= today)).toBe(true);
    expect(data.meetings.some((m) => m.state !== 'Published')).toBe(true);
  }, 60000);

  it('records a mailing in the MailLog column with IF-Match, and after another write (412) reads again and keeps both entries', async () => {
    const project = (await s.projects.list()).find((p) => p.planId && p.phase === 'Execution')!;
    const figures = await s.statusReports.draftFigures(project, TODAY);
    const draft = await s.statusReports.create(toReportDraft({ ...newReportValues(project.id, 'Mailed', figures, 'monthly'), summary: 'Mailed once.' }));
    const published = await s.statusReports.publish(draft, '2026-07-02T10:00:00Z');
    const sending = { at: '2026-07-02T11:00:00.000Z', to: ['steerco@contoso.com'], state: 'sending' as const };
    const marked = await s.statusReports.markMailed(published, sending);
    expect(marked.mailLog).toEqual([sending]);
    // Another person mails it meanwhile: our copy's ETag is stale now.
    const other = { at: '2026-07-02T11:05:00.000Z', to: ['pmo@contoso.com'], state: 'sent' as const };
    await s.statusReports.markMailed(marked, other);
    const sent = await s.statusReports.markMailed(marked, { ...sending, state: 'sent' });
    expect(sent.mailLog).toEqual([{ ...sending, state: 'sent' }, other]);
    // Only the log was written: the published report keeps its figures, texts and publication.
    expect([sent.state, sent.publishedAt, sent.summary, sent.snapshot]).toEqual([published.state, published.publishedAt, published.summary, published.snapshot]);
    const { sp } = clientsFor(tenant, 'pmo.manager@contoso.com');
    const raw = (await sp.web.lists.getByTitle('PMO Status Reports').items.getById(published.id).select('MailLog')()) as { MailLog: string };
    expect(JSON.parse(raw.MailLog)).toEqual(sent.mailLog);
  }, 60000);

  it('a draft saved again after a lost answer stays one draft (looked up by its key before the create)', async () => {
    const project = (await s.projects.list()).find((p) => p.planId && p.phase === 'Execution')!;
    const figures = await s.statusReports.draftFigures(project, TODAY);
    const values = { ...newReportValues(project.id, 'Saved twice', figures, 'monthly', 'key-saved-twice'), summary: 'First try.' };
    const first = await s.statusReports.create(toReportDraft(values));
    // The person never saw the first answer and saves again, with a later edit: the same item is updated.
    const second = await s.statusReports.create(toReportDraft({ ...values, summary: 'Second try.' }));
    expect(second.id).toBe(first.id);
    const mine = (await s.statusReports.listByProject(project.id)).filter((r) => r.title === 'Saved twice');
    expect(mine.map((r) => [r.state, r.summary])).toEqual([['Draft', 'Second try.']]);
    // Another draft (another key) is a new item.
    const other = await s.statusReports.create(toReportDraft({ ...newReportValues(project.id, 'Saved twice', figures, 'monthly', 'key-other'), summary: 'Other.' }));
    expect(other.id).not.toBe(first.id);
  }, 60000);
});
