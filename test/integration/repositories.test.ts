/**
 * The repositories (issue 4) against the real local tenant: CRUD of projects, RAID, costs and
 * allocations; ETag conflicts; escaped filters; paging past 5,000 items; a SharePoint $batch; and
 * recovery from throttling (429 with Retry-After).
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { LISTS } from '../../src/services/sharepoint/schema';
import { AppError, ConflictError } from '../../src/services/errors';
import type { IPmoServices } from '../../src/services/types';
import { SP_ATTEMPTS } from '../../src/services/clients';
import type { CostDraft, IProject, ProjectDraft } from '../../src/model/types';
import { formatCode } from '../../src/model/project';

const draft = (code: string, title: string, extra: Partial<ProjectDraft> = {}): ProjectDraft => ({
  title, code, description: `About ${title}`, phase: 'Planning', health: 'Green', priority: 'High', department: 'IT', ...extra
});
const cost = (projectId: number, n: number, extra: Partial<CostDraft> = {}): CostDraft => ({
  title: `Line ${n}`, projectId, period: '2025-03-01', kind: 'Actual', category: 'Consultancy', amount: 100 + n, supplier: 'Fabrikam', ...extra
});

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

// One tenant for the file (starting one takes seconds); every test makes the records it reads, with a
// free code, and asserts only on those, so each passes alone and in any order.
describe('repositories', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  let megan: number;
  /** A new project of this test's own, with the next free code. */
  const newProject = async (title: string, extra: Partial<ProjectDraft> = {}) => s.projects.create(draft(await s.projects.nextCode(), title, extra));
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    s = servicesFor(tenant);
    await s.provisioning.ensure();
    megan = (await s.people.ensure('meganb@contoso.com')).id;
  }, 180000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('creates, reads, searches, updates and deletes projects with ETags and codes', async () => {
    const code = await s.projects.nextCode();
    const n = Number(code.slice(4));
    const project = await s.projects.create(draft(code, 'Payroll migration', { managerId: megan, startDate: '2025-03-01', budget: 250000 }));
    expect(project).toMatchObject({ code, title: 'Payroll migration', startDate: '2025-03-01', budget: 250000 });
    expect(project.manager).toEqual({ id: megan, title: 'Megan Bowen', email: 'meganb@contoso.com' });
    // The next code is one past the highest, not the count: a gap stays a gap.
    await s.projects.create(draft(formatCode(n + 8), "O'Brien's data centre exit", { phase: 'Execution', health: 'Red' }));
    expect(await s.projects.nextCode()).toBe(formatCode(n + 9));

    expect((await s.projects.list({ search: "o'brien" })).map((p) => p.code)).toEqual([formatCode(n + 8)]);
    const red = await s.projects.list({ healths: ['Red'] });
    expect(red.map((p) => p.code)).toContain(formatCode(n + 8));
    expect(red.every((p) => p.health === 'Red')).toBe(true);
    const megans = await s.projects.list({ managerId: megan });
    expect(megans.map((p) => p.code)).toContain(code);
    expect(megans.every((p) => p.manager?.id === megan)).toBe(true);
    expect(await s.projects.list({ search: "') or 1 eq 1 or ('" })).toEqual([]);

    const saved = await s.projects.update(project.id, { ...draft(code, 'Payroll migration v2'), managerId: megan }, project.etag);
    expect(saved.title).toBe('Payroll migration v2');
    expect(saved.etag).not.toBe(project.etag);
    const stale = await rejection(s.projects.update(project.id, draft(code, 'Lost update'), project.etag));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError<IProject>).current).toMatchObject({ id: project.id, title: 'Payroll migration v2', etag: saved.etag });
    expect(await rejection(s.projects.remove(project.id, project.etag))).toBeInstanceOf(ConflictError);
  }, 60000);

  it('checks codes with quotes in them without letting them change the query', async () => {
    // PMO Hub's rules refuse such a code (the repository validates), but the list can still hold one,
    // typed in SharePoint's own list view, so the item is added with plain PnPjs.
    const { sp } = clientsFor(tenant);
    const added = await sp.web.lists.getByTitle(LISTS.projects).items.add({ Title: 'Quoted code', PmoCode: "PRJ-'Q'", Phase: 'Planning', Health: 'Green', Priority: 'High' });
    const quoted = await s.projects.get(Number(added.Id));
    expect(await s.projects.codeExists("PRJ-'Q'")).toBe(true);
    expect(await s.projects.codeExists("PRJ-'Q'", quoted.id)).toBe(false);
    expect(await s.projects.codeExists("PRJ-'R'")).toBe(false);
    expect(await s.projects.codeExists("') or 1 eq 1 or ('")).toBe(false);
    await s.projects.remove(quoted.id, quoted.etag);
    expect(await rejection(s.projects.get(quoted.id))).toMatchObject({ kind: 'notFound' });
  }, 30000);

  it('keeps RAID entries with owner, dependency and conflicts', async () => {
    const project = await newProject('Payroll migration');
    const other = await newProject('Identity platform');
    const risk = await s.raid.create({
      title: 'Vendor capacity', projectId: project.id, kind: 'Risk', description: 'Consultants committed elsewhere', probability: 4,
      impact: 5, ownerId: megan, status: 'Open', dueDate: '2025-04-30', mitigation: 'Second partner', dependsOnProjectId: other.id
    });
    expect(risk).toMatchObject({ kind: 'Risk', probability: 4, impact: 5, dueDate: '2025-04-30', dependsOnProjectId: other.id });
    expect(risk.owner?.title).toBe('Megan Bowen');
    const { id, etag, modified, owner, ...rest } = risk;
    const closed = await s.raid.update(id, { ...rest, ownerId: owner?.id, status: 'Closed' }, etag);
    expect(closed.status).toBe('Closed');
    expect(await rejection(s.raid.update(id, { ...rest, status: 'Open' }, etag))).toBeInstanceOf(ConflictError);
    expect((await s.raid.listByProject(project.id)).map((r) => [r.id, r.status])).toEqual([[id, 'Closed']]);
    expect(await s.raid.listByProject(other.id)).toEqual([]);
    await s.raid.remove(id, closed.etag);
    expect(await s.raid.listByProject(project.id)).toEqual([]);
  }, 30000);

  it('keeps allocations by project and by person', async () => {
    const project = await newProject('Payroll migration');
    const a = await s.allocations.create({
      title: 'Megan on payroll', projectId: project.id, personId: megan, role: 'Project Manager', resourceType: 'Employee',
      department: 'IT', percent: 40, startDate: '2025-01-01', endDate: '2025-12-31', status: 'Approved'
    });
    const open = await s.allocations.create({
      title: 'Open role', projectId: project.id, role: 'Business analyst', resourceType: 'Contractor', department: 'IT',
      percent: 80, startDate: '2025-02-01', endDate: '2025-06-30', status: 'Requested'
    });
    expect(a.person).toMatchObject({ id: megan, email: 'meganb@contoso.com' });
    expect(open.person).toBeUndefined();
    const megansAllocations = (await s.allocations.listByPerson(megan)).map((x) => x.id);
    expect(megansAllocations).toContain(a.id);
    expect(megansAllocations).not.toContain(open.id);
    expect((await s.allocations.listByProject(project.id)).map((x) => x.id).sort()).toEqual([a.id, open.id].sort());
    const moved = await s.allocations.update(open.id, { ...open, personId: megan, percent: 50 }, open.etag);
    expect(moved).toMatchObject({ percent: 50, person: { id: megan } });
  }, 30000);

  it('saves a month of cost lines in one SharePoint $batch and reports a stale line as a conflict', async () => {
    const project = await newProject('Payroll migration');
    const first = await s.costs.create(cost(project.id, 1));
    const second = await s.costs.create(cost(project.id, 2));
    const mark = await logMark(tenant);
    const saved = await s.costs.saveBatch({
      create: [cost(project.id, 3), cost(project.id, 4, { kind: 'Forecast' })],
      update: [{ id: first.id, draft: cost(project.id, 1, { amount: 999 }), etag: first.etag }],
      remove: [{ id: second.id, etag: second.etag }]
    });
    const outer = (await logSince(tenant, mark)).filter((e) => !e.inner);
    expect(outer.map((e) => `${e.method} ${e.path.replace(/\?.*/, '')}`)).toEqual(['POST /sites/pmo/_api/$batch']);
    expect(saved.map((c) => [c.title, c.amount])).toEqual([['Line 3', 103], ['Line 4', 104], ['Line 1', 999]]);
    const lines = await s.costs.listByProject(project.id);
    expect(lines.map((c) => c.title).sort()).toEqual(['Line 1', 'Line 3', 'Line 4']);
    expect(lines.every((c) => c.period === '2025-03-01')).toBe(true);

    const again = await rejection(
      s.costs.saveBatch({ create: [cost(project.id, 5)], update: [{ id: first.id, draft: cost(project.id, 1, { amount: 1 }), etag: first.etag }] })
    );
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError<{ amount: number }>).current.amount).toBe(999);
    // SharePoint does not roll a batch back: the valid line of the same batch was still added.
    expect((await s.costs.listByProject(project.id)).map((c) => c.title)).toContain('Line 5');
  }, 30000);

  it('recovers from two 429s with Retry-After: 0', async () => {
    await newProject('Read under throttling');
    await tenant.control('POST', 'faults', { rules: [{ match: "^GET /sites/pmo/_api/web/lists/getByTitle\\('PMO%20Projects'\\)/items", status: 429, retryAfter: 0, times: 2 }] });
    const mark = await logMark(tenant);
    try {
      expect((await s.projects.list()).length).toBeGreaterThan(0);
    } finally {
      await tenant.control('POST', 'faults', { rules: [] });
    }
    expect((await logSince(tenant, mark)).map((e) => e.status)).toEqual([429, 429, 200]);
  }, 30000);

  it('keeps retrying through four 429s in a row, so the fifth attempt of the one request answers', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: "^GET /sites/pmo/_api/web/lists/getByTitle\\('PMO%20Projects'\\)/items", status: 429, retryAfter: 0, times: SP_ATTEMPTS - 1 }] });
    const mark = await logMark(tenant);
    try {
      expect((await s.projects.list()).length).toBeGreaterThan(0);
    } finally {
      await tenant.control('POST', 'faults', { rules: [] });
    }
    expect((await logSince(tenant, mark)).map((e) => e.status)).toEqual([429, 429, 429, 429, 200]);
  }, 30000);

  it('fails as throttled, keeping the cause, when SharePoint stays at 429', async () => {
    await tenant.control('POST', 'faults', { rules: [{ match: '^GET /sites/pmo/_api/web/lists', status: 429, retryAfter: 0 }] });
    try {
      const e = await rejection(s.projects.list());
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({ kind: 'throttled' });
      expect((e as AppError).cause).toBeDefined();
    } finally {
      await tenant.control('POST', 'faults', { rules: [] });
    }
  }, 30000);

  it('reads more than 5,000 items through the repository, page by page', async () => {
    const big = await newProject('Many cost lines');
    const n = 5100;
    await s.costs.saveBatch({ create: Array.from({ length: n }, (_, i) => cost(big.id, i)) });
    const mark = await logMark(tenant);
    const lines = await s.costs.listByProject(big.id);
    const pages = (await logSince(tenant, mark)).filter((e) => e.method === 'GET');
    expect(lines).toHaveLength(n);
    expect(new Set(lines.map((c) => c.id)).size).toBe(n);
    expect(pages).toHaveLength(Math.ceil(n / 500));
    expect(pages.every((e) => /%24top=500|\$top=500/.test(e.path) && /%24select=|\$select=/.test(e.path))).toBe(true);
  }, 300000);
});
