import type { IProposal, ProposalDraft } from '../../src/model/proposals';
import { DECISION_STATE, DEFAULT_WEIGHTS, type IProposalReview, type Weights } from '../../src/model/scoring';
import { AppError, ConflictError } from '../../src/services/errors';
import type { IDecisionRequest, IDeckService, IProposalRepository, IScoreRequest, ISettingsRepository, IStoredWeights } from '../../src/services/types';
import type { IDeckLabels } from '../../src/services/presentation/steeringDeck';
import type { IProject } from '../../src/model/types';
import { clone, FakeBase } from './FakeBase';
import { makeProject } from './FakeProjectRepository';

/** A proposal with defaults for what a test does not care about. */
export function makeProposal(id: number, over: Partial<IProposal> = {}): IProposal {
  return {
    ...makeProject(id, { phase: 'Proposal', department: 'IT' }),
    problem: 'A problem', objectives: 'Objectives', benefits: 'Benefits', estimatedCost: 100000, estimatedEffort: 120,
    alignment: '', urgency: 'Medium', risks: '', proposalState: 'Submitted', scores: {},
    ...over
  };
}

const bump = (etag: string): string => `"${(parseInt(etag.replace(/\D/g, ''), 10) || 0) + 1}"`;

/** Proposals in memory; writes check the ETag like SharePoint (serverEdit plays someone else's save). */
export class FakeProposalRepository extends FakeBase implements IProposalRepository {
  public readonly items: IProposal[];
  public readonly reviews: IProposalReview[] = [];

  constructor(items: IProposal[] = []) {
    super();
    this.items = clone(items);
  }

  private find(id: number): IProposal {
    const p = this.items.filter((x) => x.id === id)[0];
    if (!p) throw new AppError('notFound', `No proposal ${id}`, { status: 404 });
    return p;
  }

  private write(id: number, etag: string, patch: Partial<IProposal>): IProposal {
    const p = this.find(id);
    if (p.etag !== etag) throw new ConflictError<IProposal>(clone(p));
    Object.assign(p, patch, { etag: bump(p.etag) });
    return clone(p);
  }

  /** Someone else saves the proposal: its ETag moves on. */
  public serverEdit(id: number, patch: Partial<IProposal>): void {
    const p = this.find(id);
    Object.assign(p, patch, { etag: bump(p.etag) });
  }

  public list(): Promise<IProposal[]> {
    return this.run('list', [], () => clone(this.items));
  }

  public get(id: number): Promise<IProposal> {
    return this.run('get', [id], () => clone(this.find(id)));
  }

  public create(d: ProposalDraft): Promise<IProposal> {
    return this.run('create', [d], () => {
      const id = this.items.reduce((m, p) => Math.max(m, p.id), 0) + 1;
      const p = makeProposal(id, { ...d, code: d.code, title: d.title, department: d.department });
      this.items.push(p);
      return clone(p);
    });
  }

  public update(id: number, d: ProposalDraft, etag: string): Promise<IProposal> {
    return this.run('update', [id, d, etag], () => this.write(id, etag, { ...d }));
  }

  public score(r: IScoreRequest): Promise<IProposal> {
    return this.run('score', [r], () => {
      const state = r.proposal.proposalState === 'Submitted' ? 'Scored' : r.proposal.proposalState;
      const saved = this.write(r.proposal.id, r.etag, { scores: r.scores as Record<string, number>, score: r.weightedScore, proposalState: state });
      this.reviews.push({ id: this.reviews.length + 1, projectId: r.proposal.id, kind: 'Score', scores: r.scores, weights: r.weights,
        weightedScore: r.weightedScore, reason: r.note, reviewedAt: r.at });
      return saved;
    });
  }

  /** Records the decision at once; a queued failNext('decide', new StepsError(...)) plays a decision left half done (pendingDecision set). */
  public decide(r: IDecisionRequest): Promise<IProposal> {
    return this.run('decide', [r], () => {
      const patch: Partial<IProposal> = { proposalState: DECISION_STATE[r.decision], pendingDecision: undefined };
      if (r.decision === 'Approve') patch.phase = 'Initiation';
      const saved = this.write(r.proposal.id, r.etag, patch);
      this.reviews.push({ id: this.reviews.length + 1, projectId: r.proposal.id, kind: 'Decision', scores: {}, weights: {},
        decision: r.decision, reason: r.reason, reviewedAt: r.at });
      return saved;
    });
  }

  /** Adds the history entry of the pending decision unless it is there, and clears the marker. */
  public finishDecision(p: IProposal): Promise<IProposal> {
    return this.run('finishDecision', [p], () => {
      const stored = this.find(p.id);
      const d = stored.pendingDecision;
      if (d && !this.reviews.some((x) => x.projectId === p.id && x.kind === 'Decision' && x.reviewedAt === d.at)) {
        this.reviews.push({ id: this.reviews.length + 1, projectId: p.id, kind: 'Decision', scores: {}, weights: {}, decision: d.decision, reason: d.reason, reviewedAt: d.at });
      }
      delete stored.pendingDecision;
      stored.etag = bump(stored.etag);
      return clone(stored);
    });
  }

  public history(projectId: number): Promise<IProposalReview[]> {
    return this.run('history', [projectId], () => clone(this.reviews.filter((x) => x.projectId === projectId)));
  }
}

/** The scoring weights in memory (the defaults until saved). */
export class FakeSettingsRepository extends FakeBase implements ISettingsRepository {
  public stored: IStoredWeights = { id: 0, etag: '', weights: { ...DEFAULT_WEIGHTS }, isDefault: true };

  public weights(): Promise<IStoredWeights> {
    return this.run('weights', [], () => clone(this.stored));
  }

  public createWeights(weights: Weights): Promise<IStoredWeights> {
    return this.run('createWeights', [weights], () => {
      if (!this.stored.isDefault) throw new ConflictError<IStoredWeights>(clone(this.stored));
      this.stored = { id: 1, etag: '"1"', weights: { ...weights }, isDefault: false };
      return clone(this.stored);
    });
  }

  public updateWeights(id: number, weights: Weights, etag: string): Promise<IStoredWeights> {
    return this.run('updateWeights', [id, weights, etag], () => {
      if (etag !== this.stored.etag) throw new ConflictError<IStoredWeights>(clone(this.stored));
      this.stored = { id, etag: bump(etag), weights: { ...weights }, isDefault: false };
      return clone(this.stored);
    });
  }
}

/** The deck service in memory: records the builds, answers with the given projects. */
export class FakeDeckService extends FakeBase implements IDeckService {
  constructor(public projectsToOffer: IProject[] = []) {
    super();
  }

  public projects(): Promise<IProject[]> {
    return this.run('projects', [], () => clone(this.projectsToOffer));
  }

  public build(selected: number[], labels: IDeckLabels, today: string): Promise<Uint8Array> {
    return this.run('build', [selected, labels, today], () => new Uint8Array([80, 75, 3, 4]));
  }
}
