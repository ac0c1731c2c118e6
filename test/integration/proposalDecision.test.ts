/**
 * A gate decision that fails part way, against the local tenant with its fault control: the decider
 * learns which step failed, and saving again does only the steps not stored yet (one history entry,
 * one RAID Decision, the project moved once), because each step looks at what is stored first.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, servicesFor } from '../helpers/clients';
import { StepsError } from '../../src/services/errors';
import type { IDecisionRequest, IPmoServices } from '../../src/services/types';
import type { IProposal } from '../../src/model/proposals';
import type { SPFI } from '../../src/services/clients';

const RAID_ITEMS = "^POST [^?]*getByTitle\\('PMO(%20| )RAID(%20| )Log'\\)/items$";
const PROJECT_ITEM = "^POST [^?]*getByTitle\\('PMO(%20| )Projects'\\)/items\\(\\d+\\)$";

jest.setTimeout(60000);

describe('gate decision retry', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  let sp: SPFI;

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    s = servicesFor(tenant, 'pmo.manager@contoso.com');
    sp = clientsFor(tenant, 'pmo.manager@contoso.com').sp;
  }, 120000);
  afterAll(async () => {
    await tenant?.stop();
  });
  afterEach(() => tenant.control('POST', 'faults', { rules: [] }));

  const scored = async (): Promise<IProposal[]> => (await s.proposals.list()).filter((p) => p.proposalState === 'Scored');
  const request = (p: IProposal, at: string): IDecisionRequest => ({
    proposal: p, etag: p.etag, decision: 'Approve', reason: `Approved for ${p.code}: fits the strategy and the budget.`, raidTitle: 'Gate decision: Approve into Initiation', reviewerId: 1, at
  });
  const decisions = async (p: IProposal) => (await s.proposals.history(p.id)).filter((r) => r.kind === 'Decision');
  const raidDecisions = async (p: IProposal) =>
    (await sp.web.lists.getByTitle('PMO RAID Log').items.select('Id', 'Title').filter(`ProjectId eq ${p.id} and Kind eq 'Decision'`)()) as { Id: number }[];
  const failure = (e: unknown): StepsError<string> => {
    expect(e).toBeInstanceOf(StepsError);
    return e as StepsError<string>;
  };

  it('says the RAID step failed, and a retry adds only the RAID decision', async () => {
    const p = (await scored())[0];
    const req = request(p, '2026-12-01T10:00:00Z');
    await tenant.control('POST', 'faults', { rules: [{ match: RAID_ITEMS, status: 500, times: 1 }] });
    const e = failure(await s.proposals.decide(req).catch((x: unknown) => x));
    expect(e.done.sort()).toEqual(['history', 'project']);
    expect(e.failed).toEqual(['raid']);
    const moved = await s.proposals.get(p.id);
    expect([moved.proposalState, moved.phase]).toEqual(['Approved', 'Initiation']);
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(0);

    // The form saves again with what it had: the stale ETag, the same time; the project step is skipped.
    const saved = await s.proposals.decide({ ...req, proposal: await s.proposals.get(p.id) });
    expect(saved.proposalState).toBe('Approved');
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(1);
    expect((await s.proposals.get(p.id)).etag).toBe(moved.etag);
    // A third save changes nothing.
    await s.proposals.decide({ ...req, proposal: await s.proposals.get(p.id) });
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(1);
  });

  it('says the project step failed with nothing written, and a retry does every step once', async () => {
    const p = (await scored())[0];
    const req = request(p, '2026-12-01T11:00:00Z');
    await tenant.control('POST', 'faults', { rules: [{ match: PROJECT_ITEM, status: 500, times: 1 }] });
    const e = failure(await s.proposals.decide(req).catch((x: unknown) => x));
    expect(e.done).toEqual([]);
    expect(e.failed).toEqual(['project']);
    expect((await s.proposals.get(p.id)).proposalState).toBe('Scored');
    expect(await decisions(p)).toHaveLength(0);
    expect(await raidDecisions(p)).toHaveLength(0);

    await s.proposals.decide({ ...req, proposal: await s.proposals.get(p.id) });
    const moved = await s.proposals.get(p.id);
    expect([moved.proposalState, moved.phase]).toEqual(['Approved', 'Initiation']);
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(1);
  });
});
