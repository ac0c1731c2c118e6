/**
 * Budget, actual and forecast amounts (PMO Costs). A month edited in the cost grid is saved with
 * saveBatch: every create, update and delete in one SharePoint $batch (one round trip instead of one
 * per line; PnPjs splits it every 20 requests).
 */
import { validateCostDraft } from '../../model/draftValidation';
import type { CostDraft, ICostLine } from '../../model/types';
import type { SPFI } from '../clients';
import { guard, settle, statusOf, type Settled } from '../guard';
import type { ICostChanges, ICostRepository } from '../types';
import { ProjectRecordRepository } from './listRepository';
import { costMapping, type SpItem } from './mappers';
import { LISTS } from './schema';

export class CostRepository extends ProjectRecordRepository<ICostLine, CostDraft> implements ICostRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.costs, costMapping, validateCostDraft);
  }

  public saveBatch(changes: ICostChanges): Promise<ICostLine[]> {
    return guard('Saving cost lines', async () => {
      const creates = changes.create ?? [];
      const updates = changes.update ?? [];
      const removes = changes.remove ?? [];
      if (!creates.length && !updates.length && !removes.length) return [];

      // Every line is checked before the batch is sent: one invalid line refuses the whole save.
      const createItems = creates.map((d) => this.toValidItem(d));
      const updateItems = updates.map((u) => this.toValidItem(u.draft));
      const [batched, execute] = this.sp.batched();
      // A fresh chain per request: PnPjs binds a batched request to its queryable instance, and two
      // requests on one instance leave the batch waiting forever.
      const items = () => batched.web.lists.getByTitle(this.listTitle).items;
      const added = settle<SpItem>(createItems.map((item) => items().add(item)));
      const updated = settle<{ etag?: string }>(updates.map((u, i) => items().getById(u.id).update(updateItems[i], u.etag)));
      const removed = settle<unknown>(removes.map((r) => items().getById(r.id).delete(r.etag)));
      await execute();
      const [a, u, r] = await Promise.all([added, updated, removed]);

      await this.throwFirstFailure([
        ...u.map((s, i) => ({ s: s as Settled<unknown>, id: updates[i].id })),
        ...r.map((s, i) => ({ s, id: removes[i].id })),
        ...a.map((s) => ({ s: s as Settled<unknown>, id: undefined }))
      ]);

      const out: ICostLine[] = a.map((s) => costMapping.fromItem((s as { value: SpItem }).value));
      for (let i = 0; i < updates.length; i++) {
        const etag = (u[i] as { value: { etag?: string } }).value.etag;
        const { id, draft } = updates[i];
        // The 204 carries the new ETag ("<guid>,n"), which SharePoint accepts as IF-Match; re-read if absent.
        out.push(etag ? { ...draft, id, etag } : await this.get(id));
      }
      return out;
    });
  }

  /** Throws ConflictError for the first stale line (SharePoint applied the rest), else the first failure. */
  private async throwFirstFailure(results: { s: Settled<unknown>; id?: number }[]): Promise<void> {
    const failed = results.filter((x) => !x.s.ok);
    if (!failed.length) return;
    const stale = failed.filter((x) => x.id !== undefined && statusOf((x.s as { error: unknown }).error) === 412)[0];
    if (stale) throw await this.conflict(stale.id as number, (stale.s as { error: unknown }).error);
    throw (failed[0].s as { error: unknown }).error;
  }
}
