/**
 * Proposals: PMO Projects items with a business case (ProposalState set), their scores and gate
 * decisions. Every write to the project goes with its ETag, so a proposal edited while it was being
 * scored or decided is refused (412 → ConflictError with the server's version) instead of the score
 * being filed against a case the scorer never saw. The history (PMO Proposal Reviews) is written
 * after the project accepted the change, so it never records a score or decision that did not happen.
 */
import { validateProposalDraft } from '../../model/draftValidation';
import { PROPOSAL_STATES, type IProposal, type ProposalDraft } from '../../model/proposals';
import { CRITERIA, DECISION_STATE, isSameDecision, type DecisionStep, type GateDecision, type IPendingDecision, type IProposalReview, type ProposalReviewDraft, type ReviewKind } from '../../model/scoring';
import type { RaidDraft } from '../../model/types';
import type { SPFI } from '../clients';
import { ConflictError, StepsError, toAppError, type AppError } from '../errors';
import { guard } from '../guard';
import { anyOf, eq } from '../odata';
import type { IDecisionRequest, IProposalRepository, IScoreRequest } from '../types';
import { ListRepository } from './listRepository';
import { raidMapping, type SpItem } from './mappers';
import { businessCaseItem, proposalMapping, reviewMapping } from './proposalMappers';
import { LISTS } from './schema';
import { PROJECT_FIELDS, RAID_FIELDS, idColumn } from '../../model/fields';
import { PROPOSAL_FIELDS as F, REVIEW_FIELDS as R } from '../../model/proposalFields';

export class ProposalRepository extends ListRepository<IProposal, ProposalDraft> implements IProposalRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.projects, proposalMapping, validateProposalDraft);
  }

  public list(): Promise<IProposal[]> {
    // ProposalState is indexed: the filter stays under the list view threshold on a large register.
    return guard('Reading the proposals', () => this.query(anyOf(F.proposalState, PROPOSAL_STATES)));
  }

  /** Saves the business case only (a MERGE of its columns): the project's other columns stay as they are. */
  public update(id: number, draft: ProposalDraft, etag: string): Promise<IProposal> {
    return guard(`Saving the business case of proposal ${id}`, async () => {
      this.toValidItem(draft);
      await this.withConflict(id, () => this.items.getById(id).update(businessCaseItem(draft), etag));
      return this.get(id);
    });
  }

  /**
   * A retry of the same scoring whose MERGE went through (the project holds these scores) skips the
   * MERGE, whose ETag has moved on, and adds the history entry only when it is not there yet. A first
   * try always writes with its ETag, so an edit of the case meanwhile still shows the conflict.
   */
  public score(request: IScoreRequest): Promise<IProposal> {
    const { proposal, scores, weights, weightedScore, note, reviewerId, at } = request;
    return guard(`Scoring proposal ${proposal.code}`, async () => {
      const stored = !!request.retry && proposal.proposalState !== 'Submitted' && proposal.score === weightedScore && CRITERIA.every((c) => proposal.scores[c] === scores[c]);
      if (!stored) {
        const columns: SpItem = { [F.scores]: JSON.stringify(scores), [F.score]: weightedScore };
        // A deferred proposal scored again stays deferred until the next decision.
        if (proposal.proposalState === 'Submitted') columns[F.proposalState] = 'Scored';
        await this.withConflict(proposal.id, () => this.items.getById(proposal.id).update(columns, request.etag));
      }
      if (!stored || !(await this.hasReview(proposal.id, 'Score', at))) {
        await this.addReview({ projectId: proposal.id, kind: 'Score', scores, weights, weightedScore, reason: note, reviewerId, reviewedAt: at });
      }
      return this.get(proposal.id);
    });
  }

  /**
   * The project step writes the decision's state (and phase) together with the decision itself as
   * PendingDecision, in one MERGE with the ETag; the history entry and the RAID Decision follow in
   * parallel, and PendingDecision is emptied once both are stored. A retry of the same decision (the
   * stored PendingDecision is this one) skips the project step and writes only what a look-up does not
   * find, so nothing is made twice, whether the retry comes from the open panel or from the board
   * (finishDecision) after the panel was closed. Three round trips for a decision saved at once.
   */
  public decide(request: IDecisionRequest): Promise<IProposal> {
    const { proposal, decision, reason, reviewerId, at } = request;
    return guard(`Recording the gate decision on ${proposal.code}`, async () => {
      const steps = new DecisionSteps();
      const resumed = isSameDecision(proposal.pendingDecision, decision, at);
      // Moved and no longer pending: an earlier try of this decision finished but its answer was lost.
      if (!resumed && this.isDecided(proposal, decision) && (await this.hasDecisionReview(proposal.id, decision, at))) return this.get(proposal.id);
      const pending: IPendingDecision = { decision, reason, at, raidTitle: request.raidTitle, reviewerId };
      await steps.run('project', async () => {
        if (resumed) return;
        const columns: SpItem = { [F.proposalState]: DECISION_STATE[decision], [F.pendingDecision]: JSON.stringify(pending) };
        if (decision === 'Approve') columns[PROJECT_FIELDS.phase] = 'Initiation';
        await this.withConflict(proposal.id, () => this.items.getById(proposal.id).update(columns, request.etag));
      });
      steps.stop();
      const raid = decision === 'Approve' ? decisionRaid(proposal, reason, request.raidTitle, reviewerId) : undefined;
      // A first try wrote nothing after the project step, so only a retry looks first.
      const [hasReview, hasRaid] = resumed
        ? await Promise.all([this.hasDecisionReview(proposal.id, decision, at), raid ? this.hasRaidDecision(raid) : Promise.resolve(true)])
        : [false, false];
      await Promise.all([
        steps.run('history', () => (hasReview ? Promise.resolve() : this.addReview({ projectId: proposal.id, kind: 'Decision', scores: proposal.scores, weights: {},
          weightedScore: proposal.score, decision, reason, reviewerId, reviewedAt: at }))),
        raid ? steps.run('raid', () => (hasRaid ? Promise.resolve() : this.sp.web.lists.getByTitle(LISTS.raid).items.add(raidMapping.toItem(raid)))) : Promise.resolve()
      ]);
      steps.stop();
      // Only this column, whatever the ETag: a colleague's edit of the case meanwhile is not undone.
      await this.items.getById(proposal.id).update({ [F.pendingDecision]: null }, '*');
      return this.get(proposal.id);
    });
  }

  public finishDecision(proposal: IProposal): Promise<IProposal> {
    const d = proposal.pendingDecision;
    if (!d) return this.get(proposal.id);
    return this.decide({ proposal, etag: proposal.etag, decision: d.decision, reason: d.reason, raidTitle: d.raidTitle, reviewerId: d.reviewerId, at: d.at });
  }

  private isDecided(p: IProposal, decision: GateDecision): boolean {
    return p.proposalState === DECISION_STATE[decision] && (decision !== 'Approve' || p.phase === 'Initiation');
  }

  private async hasDecisionReview(projectId: number, decision: GateDecision, at: string): Promise<boolean> {
    return this.hasReview(projectId, 'Decision', at, decision);
  }

  /** Whether the history holds an entry of this kind (and decision) made at `at` (to the second). */
  private async hasReview(projectId: number, kind: ReviewKind, at: string, decision?: GateDecision): Promise<boolean> {
    const when = Date.parse(at);
    return (await this.history(projectId)).some((r) => r.kind === kind && r.decision === decision && Math.abs(Date.parse(r.reviewedAt) - when) < 1000);
  }

  private async hasRaidDecision(d: RaidDraft): Promise<boolean> {
    const rows = (await this.sp.web.lists.getByTitle(LISTS.raid).items
      .select(RAID_FIELDS.title, RAID_FIELDS.description)
      .filter(`${eq(idColumn(RAID_FIELDS.project), d.projectId)} and ${eq(RAID_FIELDS.kind, 'Decision')}`).top(500)()) as SpItem[];
    return rows.some((r) => r[RAID_FIELDS.title] === d.title && r[RAID_FIELDS.description] === d.description);
  }

  public history(projectId: number): Promise<IProposalReview[]> {
    return guard(`Reading the history of proposal ${projectId}`, async () => {
      const rows: SpItem[] = [];
      const q = this.sp.web.lists.getByTitle(LISTS.proposalReviews).items
        .select(...reviewMapping.select).expand(...reviewMapping.expand).filter(eq(idColumn(R.project), projectId)).top(500);
      for await (const page of q) rows.push(...(page as SpItem[]));
      return rows.map(reviewMapping.fromItem).sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt) || a.id - b.id);
    });
  }

  private async addReview(d: ProposalReviewDraft): Promise<void> {
    await this.sp.web.lists.getByTitle(LISTS.proposalReviews).items.add(reviewMapping.toItem(d));
  }
}

/** Which steps of a decision are stored and which failed; a ConflictError (412) is no failed step but the conflict dialog's. */
class DecisionSteps {
  private readonly done: DecisionStep[] = [];
  private readonly failed: { step: DecisionStep; error: AppError }[] = [];

  public run(step: DecisionStep, write: () => Promise<unknown>): Promise<void> {
    return write().then(
      () => void this.done.push(step),
      (e: unknown) => {
        if (e instanceof ConflictError) throw e;
        this.failed.push({ step, error: toAppError(e, `Gate decision step ${step}`) });
      }
    );
  }

  public stop(): void {
    if (this.failed.length) throw new StepsError(this.done, this.failed.map((f) => f.step), this.failed[0].error);
  }
}

/** The RAID log's record of a gate decision: a closed Decision item owned by who decided. */
function decisionRaid(p: IProposal, reason: string, title: string, ownerId: number | undefined): RaidDraft {
  return {
    title,
    projectId: p.id,
    kind: 'Decision',
    description: reason,
    status: 'Closed',
    mitigation: '',
    ownerId,
    dueDate: undefined,
    probability: undefined,
    impact: undefined
  };
}
