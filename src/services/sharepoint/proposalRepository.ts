/**
 * Proposals: PMO Projects items with a business case (ProposalState set), their scores and gate
 * decisions. Every write to the project goes with its ETag, so a proposal edited while it was being
 * scored or decided is refused (412 → ConflictError with the server's version) instead of the score
 * being filed against a case the scorer never saw. The history (PMO Proposal Reviews) is written
 * after the project accepted the change, so it never records a score or decision that did not happen.
 */
import { validateProposalDraft } from '../../model/draftValidation';
import { PROPOSAL_STATES, type IProposal, type ProposalDraft } from '../../model/proposals';
import { DECISION_STATE, type DecisionStep, type GateDecision, type IProposalReview, type ProposalReviewDraft } from '../../model/scoring';
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

  public score(request: IScoreRequest): Promise<IProposal> {
    const { proposal, scores, weights, weightedScore, note, reviewerId, at } = request;
    return guard(`Scoring proposal ${proposal.code}`, async () => {
      const columns: SpItem = { [F.scores]: JSON.stringify(scores), [F.score]: weightedScore };
      // A deferred proposal scored again stays deferred until the next decision.
      if (proposal.proposalState === 'Submitted') columns[F.proposalState] = 'Scored';
      await this.withConflict(proposal.id, () => this.items.getById(proposal.id).update(columns, request.etag));
      await this.addReview({ projectId: proposal.id, kind: 'Score', scores, weights, weightedScore, reason: note, reviewerId, reviewedAt: at });
      return this.get(proposal.id);
    });
  }

  /**
   * Each step looks at what is stored before it writes: the project already in the decided state, the
   * history entry of this decision (same decision, same time) or the RAID Decision (same title and
   * reason) already there are skipped. So a retry with the same request after a StepsError makes
   * nothing twice. The checks run in parallel, then the missing writes (three round trips at most).
   */
  public decide(request: IDecisionRequest): Promise<IProposal> {
    const { proposal, decision, reason, reviewerId, at } = request;
    return guard(`Recording the gate decision on ${proposal.code}`, async () => {
      const done: DecisionStep[] = [];
      const failed: { step: DecisionStep; error: AppError }[] = [];
      const run = (step: DecisionStep, write: () => Promise<unknown>): Promise<void> =>
        write().then(
          () => void done.push(step),
          (e: unknown) => {
            // A 412 is not a failed step: the decider sees the conflict dialog, with nothing written.
            if (e instanceof ConflictError) throw e;
            failed.push({ step, error: toAppError(e, `Gate decision step ${step}`) });
          }
        );
      const stop = (): void => {
        if (failed.length) throw new StepsError(done, failed.map((f) => f.step), failed[0].error);
      };
      const target = DECISION_STATE[decision];
      const projectDone = proposal.proposalState === target && (decision !== 'Approve' || proposal.phase === 'Initiation');
      await run('project', async () => {
        if (projectDone) return;
        const columns: SpItem = { [F.proposalState]: target };
        if (decision === 'Approve') columns[PROJECT_FIELDS.phase] = 'Initiation';
        await this.withConflict(proposal.id, () => this.items.getById(proposal.id).update(columns, request.etag));
      });
      stop();
      const raid = decision === 'Approve' ? decisionRaid(proposal, reason, request.raidTitle, reviewerId) : undefined;
      const [hasReview, hasRaid] = await Promise.all([this.hasDecisionReview(proposal.id, decision, at), raid ? this.hasRaidDecision(raid) : Promise.resolve(true)]);
      await Promise.all([
        run('history', () => (hasReview ? Promise.resolve() : this.addReview({ projectId: proposal.id, kind: 'Decision', scores: proposal.scores, weights: {},
          weightedScore: proposal.score, decision, reason, reviewerId, reviewedAt: at }))),
        raid ? run('raid', () => (hasRaid ? Promise.resolve() : this.sp.web.lists.getByTitle(LISTS.raid).items.add(raidMapping.toItem(raid)))) : Promise.resolve()
      ]);
      stop();
      return this.get(proposal.id);
    });
  }

  private async hasDecisionReview(projectId: number, decision: GateDecision, at: string): Promise<boolean> {
    const when = Date.parse(at);
    return (await this.history(projectId)).some((r) => r.kind === 'Decision' && r.decision === decision && Math.abs(Date.parse(r.reviewedAt) - when) < 1000);
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
