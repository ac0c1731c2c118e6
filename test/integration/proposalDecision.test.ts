/**
 * A gate decision that fails part way, against the local tenant with its fault control: the decider
 * learns which step failed, and saving again does only the steps not stored yet (one history entry,
 * one RAID Decision, the project moved once), because each step looks at what is stored first. The
 * project keeps the decision (PendingDecision) until every step is stored, so the board's one read of
 * the proposals finds a decision left half done after the panel was closed, and finishes it.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, servicesFor } from '../helpers/clients';
import { StepsError } from '../../src/services/errors';
import type { IDecisionRequest, IPmoServices } from '../../src/services/types';
import type { IProposal } from '../../src/model/proposals';
import type { SPFI } from '../../src/services/clients';
import type { LogEntry } from '../../local/src/log';

const RAID_ITEMS = "^POST [^?]*getByTitle\\('PMO(%20| )RAID(%20| )Log'\\)/items$";
const PROJECT_ITEM = "^POST [^?]*getByTitle\\('PMO(%20| )Projects'\\)/items\\(\\d+\\)$";
const REVIEW_ITEMS = "^POST [^?]*getByTitle\\('PMO(%20| )Proposal(%20| )Reviews'\\)/items$";

jest.setTimeout(60000);

describe('gate decision and score retry', () => {
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
    expect(moved.pendingDecision).toEqual({ decision: 'Approve', reason: req.reason, at: req.at, raidTitle: req.raidTitle, reviewerId: 1 });

    // The form saves again with what it had: the stale ETag, the same time; the project step is skipped.
    const saved = await s.proposals.decide({ ...req, proposal: await s.proposals.get(p.id) });
    expect(saved.proposalState).toBe('Approved');
    expect(saved.pendingDecision).toBeUndefined();
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(1);
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
    expect(moved.pendingDecision).toBeUndefined();
  });

  it('keeps a decision whose history and RAID steps failed on the project, and the board finishes it once the panel is gone', async () => {
    const p = (await scored())[0];
    const req = request(p, '2026-12-01T12:00:00Z');
    await tenant.control('POST', 'faults', { rules: [{ match: RAID_ITEMS, status: 500, times: 1 }, { match: REVIEW_ITEMS, status: 500, times: 1 }] });
    const e = failure(await s.proposals.decide(req).catch((x: unknown) => x));
    expect(e.done).toEqual(['project']);
    expect(e.failed.sort()).toEqual(['history', 'raid']);
    // The panel is closed: what is left is what the board reads, in its one request for the proposals.
    const listed = (await s.proposals.list()).filter((x) => x.id === p.id)[0];
    expect([listed.proposalState, listed.phase]).toEqual(['Approved', 'Initiation']);
    expect(listed.pendingDecision).toMatchObject({ decision: 'Approve', reason: req.reason, at: req.at });

    // The history step fails once more: the RAID decision is stored, the decision stays pending.
    await tenant.control('POST', 'faults', { rules: [{ match: REVIEW_ITEMS, status: 500, times: 1 }] });
    const again = failure(await s.proposals.finishDecision(listed).catch((x: unknown) => x));
    expect(again.failed).toEqual(['history']);
    expect(await raidDecisions(p)).toHaveLength(1);
    expect((await s.proposals.get(p.id)).pendingDecision).toBeDefined();

    await tenant.control('POST', 'faults', { rules: [] });
    const mark = (await tenant.control<LogEntry[]>('GET', 'log')).slice(-1)[0].seq;
    const finished = await s.proposals.finishDecision(listed);
    expect(finished.pendingDecision).toBeUndefined();
    const history = await decisions(p);
    expect(history.map((r) => [r.decision, r.reason, Date.parse(r.reviewedAt)])).toEqual([['Approve', req.reason, Date.parse(req.at)]]);
    expect(await raidDecisions(p)).toHaveLength(1);
    // Writes of the finish: the history entry and the marker emptied, nothing else (the project was not moved again).
    const writes = (await tenant.control<LogEntry[]>('GET', `log?since=${mark}`))
      .filter((x) => x.method !== 'GET' && x.status < 300 && !/contextinfo|\$batch/.test(x.path)).map((x) => decodeURIComponent(x.path).replace(/.*getbytitle\('([^']+)'\)\/items.*/i, '$1'));
    expect(writes.sort()).toEqual(['PMO Projects', 'PMO Proposal Reviews']);
    // Finishing again (a second click, a stale board) writes no entry twice.
    await s.proposals.finishDecision(listed);
    expect(await decisions(p)).toHaveLength(1);
    expect(await raidDecisions(p)).toHaveLength(1);
  });

  it('saves a score again after its history entry failed: the project is not written twice, the entry once', async () => {
    const p = (await s.proposals.list()).filter((x) => x.proposalState === 'Submitted')[0];
    const req = { proposal: p, etag: p.etag, scores: { strategic: 4, value: 4, urgency: 3, risk: 5, feasibility: 4 }, weights: { strategic: 30, value: 30, urgency: 15, risk: 10, feasibility: 15 },
      weightedScore: 3.95, note: 'Scored twice', reviewerId: 1, at: '2026-12-01T13:00:00Z' };
    await tenant.control('POST', 'faults', { rules: [{ match: REVIEW_ITEMS, status: 500, times: 1 }] });
    await expect(s.proposals.score(req)).rejects.toMatchObject({ status: 500 });
    const moved = await s.proposals.get(p.id);
    expect([moved.proposalState, moved.score]).toEqual(['Scored', 3.95]);
    const scoresOf = async () => (await s.proposals.history(p.id)).filter((r) => r.kind === 'Score');
    expect(await scoresOf()).toEqual([]);

    // The form saves again with its old ETag: no 412, the entry added, the project left as it is.
    await tenant.control('POST', 'faults', { rules: [] });
    await s.proposals.score({ ...req, proposal: moved, retry: true });
    expect((await scoresOf()).map((r) => [r.weightedScore, r.reason])).toEqual([[3.95, 'Scored twice']]);
    expect((await s.proposals.get(p.id)).etag).toBe(moved.etag);
    await s.proposals.score({ ...req, proposal: moved, retry: true });
    expect(await scoresOf()).toHaveLength(1);
  });
});
