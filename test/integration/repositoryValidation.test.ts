/**
 * The data layer refuses incomplete records itself (issue 13): SharePoint's REST API stores items with
 * Required columns left empty (PnP-JS-Core#376), and so does the local tenant, so a caller that skips
 * the form must be stopped by the repository, before any request, with the form's own messages.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { logMark, logSince, servicesFor } from '../helpers/clients';
import { ValidationError } from '../../src/services/errors';
import type { IPmoServices } from '../../src/services/types';
import type { AllocationDraft, CostDraft, ProjectDraft, RaidDraft, RaidKind } from '../../src/model/types';

describe('repositories refuse what the forms refuse', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  const project = (code: string, extra: Partial<ProjectDraft> = {}): ProjectDraft => ({
    title: `Project ${code}`, code, description: '', phase: 'Planning', health: 'Green', priority: 'High', department: 'IT', ...extra
  });
  const risk = (projectId: number, extra: Partial<RaidDraft> = {}): RaidDraft => ({
    title: 'Vendor capacity', projectId, kind: 'Risk', description: '', probability: 3, impact: 4, status: 'Open', mitigation: '', ...extra
  });
  /** The error of a refused write, and every request the tenant saw while it was refused. */
  async function refused(write: () => Promise<unknown>): Promise<{ error: ValidationError; requests: string[] }> {
    const mark = await logMark(tenant);
    const error = await write().then(() => 'saved', (e: unknown) => e);
    const requests = (await logSince(tenant, mark)).map((e) => `${e.method} ${e.path}`);
    expect(error).toBeInstanceOf(ValidationError);
    return { error: error as ValidationError, requests };
  }

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    s = servicesFor(tenant);
    await s.provisioning.ensure();
  }, 180000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('refuses a project without Title or PMO code before any request, and still saves a valid one', async () => {
    const code = await s.projects.nextCode();
    const noTitle = await refused(() => s.projects.create(project(code, { title: '  ' })));
    expect(noTitle.error).toMatchObject({ kind: 'invalid', fields: { title: { key: 'ValidationRequired' } } });
    expect(noTitle.requests).toEqual([]);
    const noCode = await refused(() => s.projects.create(project('')));
    expect(Object.keys(noCode.error.fields)).toEqual(['code']);
    expect(noCode.requests).toEqual([]);
    expect((await s.projects.list()).filter((p) => p.code === code || p.code === '')).toEqual([]);

    const saved = await s.projects.create(project(code));
    expect(saved).toMatchObject({ code, title: `Project ${code}` });
    const cleared = await refused(() => s.projects.update(saved.id, project(code, { title: '' }), saved.etag));
    expect(cleared.requests).toEqual([]);
    expect(await s.projects.get(saved.id)).toMatchObject({ title: `Project ${code}`, etag: saved.etag });
  }, 60000);

  it('refuses choices outside the model\'s (SharePoint REST would store them) before any request', async () => {
    const code = await s.projects.nextCode();
    const bad = await refused(() => s.projects.create(project(code, { phase: 'Dreaming' as ProjectDraft['phase'] })));
    expect(Object.keys(bad.error.fields)).toEqual(['phase']);
    expect(bad.requests).toEqual([]);
    const owner = await s.projects.create(project(code));
    const badStatus = await refused(() => s.raid.create(risk(owner.id, { status: 'Parked' as RaidDraft['status'] })));
    expect(Object.keys(badStatus.error.fields)).toEqual(['status']);
    expect(badStatus.requests).toEqual([]);
  }, 60000);

  it('refuses a RAID item without Title or Kind and keeps the list as it was', async () => {
    const owner = await s.projects.create(project(await s.projects.nextCode()));
    const noTitle = await refused(() => s.raid.create(risk(owner.id, { title: '' })));
    expect(noTitle.error.fields).toEqual({ title: { key: 'ValidationRequired' } });
    expect(noTitle.requests).toEqual([]);
    const noKind = await refused(() => s.raid.create(risk(owner.id, { kind: '' as RaidKind })));
    expect(noKind.error.fields).toMatchObject({ kind: { key: 'ValidationRequired' } });
    expect(noKind.requests).toEqual([]);
    expect(await s.raid.listByProject(owner.id)).toEqual([]);

    const saved = await s.raid.create(risk(owner.id));
    const { id, etag, modified, owner: person, ...rest } = saved;
    expect((await refused(() => s.raid.update(id, { ...rest, title: '' }, etag))).requests).toEqual([]);
    expect((await s.raid.listByProject(owner.id)).map((r) => [r.id, r.title, r.etag])).toEqual([[id, 'Vendor capacity', etag]]);
  }, 60000);

  it('refuses a whole cost batch with one incomplete line, and an allocation without dates', async () => {
    const owner = await s.projects.create(project(await s.projects.nextCode()));
    const line = (category: string): CostDraft => ({
      title: `Line ${category}`, projectId: owner.id, period: '2025-03-01', kind: 'Actual', category, amount: 100, supplier: ''
    });
    const batch = await refused(() => s.costs.saveBatch({ create: [line('Licences'), line('')] }));
    expect(batch.error.fields).toEqual({ category: { key: 'ValidationRequired' } });
    expect(batch.requests).toEqual([]);
    expect(await s.costs.listByProject(owner.id)).toEqual([]);
    expect((await s.costs.saveBatch({ create: [line('Licences')] })).map((c) => c.category)).toEqual(['Licences']);

    const allocation: AllocationDraft = {
      title: 'Analyst', projectId: owner.id, role: 'Business analyst', resourceType: 'Contractor', department: '', percent: 50,
      startDate: '', endDate: '', status: 'Requested'
    };
    const noDates = await refused(() => s.allocations.create(allocation));
    expect(Object.keys(noDates.error.fields).sort()).toEqual(['endDate', 'startDate']);
    expect(noDates.requests).toEqual([]);
    expect(await s.allocations.listByProject(owner.id)).toEqual([]);
    const saved = await s.allocations.create({ ...allocation, startDate: '2025-02-01', endDate: '2025-06-30' });
    expect(saved).toMatchObject({ role: 'Business analyst', startDate: '2025-02-01', endDate: '2025-06-30' });
  }, 60000);
});
