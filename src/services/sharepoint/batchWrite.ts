/**
 * Many items of one list written in one SharePoint $batch (PnPjs splits it every 20 requests), so
 * publishing minutes with 2 or 30 actions takes the same number of round trips. Each write's outcome
 * is returned: SharePoint does not roll a batch back, and the publish log records what succeeded.
 */
import type { SPFI } from '../clients';
import { settle, type Settled } from '../guard';
import type { IEntityMapping, SpItem } from './mappers';

export class BatchWriter<T, TDraft> {
  constructor(
    private readonly sp: SPFI,
    private readonly listTitle: string,
    private readonly mapping: IEntityMapping<T, TDraft>
  ) {}

  /** Adds every draft; the records come back in order, or the error of each that failed. */
  public async createMany(drafts: TDraft[]): Promise<Settled<T>[]> {
    if (!drafts.length) return [];
    const [batched, execute] = this.sp.batched();
    // A fresh chain per request: PnPjs binds a batched request to its queryable instance.
    const added = settle<SpItem>(drafts.map((d) => batched.web.lists.getByTitle(this.listTitle).items.add(this.mapping.toItem(d))));
    await execute();
    return (await added).map((s) => (s.ok ? { ok: true as const, value: this.mapping.fromItem(s.value) } : s));
  }

  /** Sets some columns of several items (raw column values, e.g. PlannerTaskId), each with its ETag. */
  public async patchMany(changes: { id: number; etag: string; columns: SpItem }[]): Promise<Settled<unknown>[]> {
    if (!changes.length) return [];
    const [batched, execute] = this.sp.batched();
    const done = settle<unknown>(changes.map((c) => batched.web.lists.getByTitle(this.listTitle).items.getById(c.id).update(c.columns, c.etag)));
    await execute();
    return done;
  }
}
