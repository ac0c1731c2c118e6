/**
 * Reads and writes of one SharePoint list, shared by the repositories: paged reads with $select and
 * $expand (never one items() call for "all": SharePoint answers 100 rows and drops the rest), writes
 * with the item's ETag, and a stale ETag (HTTP 412) turned into ConflictError carrying the server's
 * current version so the UI can show both.
 */
import type { DraftValidator } from '../../model/draftValidation';
import type { IRecord } from '../../model/types';
import { hasErrors } from '../../model/validate';
import type { SPFI } from '../clients';
import { AppError, ConflictError, ValidationError } from '../errors';
import { guard, statusOf } from '../guard';
import type { IProjectRecordRepository } from '../types';
import { eq } from '../odata';
import type { IEntityMapping, SpItem } from './mappers';
import { PROJECT_LOOKUP, idColumn } from '../../model/fields';

/** Rows per page: large enough for few round trips, small enough for quick first bytes. */
export const PAGE_SIZE = 500;

export class ListRepository<T extends IRecord, TDraft> {
  constructor(
    protected readonly sp: SPFI,
    /** Title of the list (see LISTS in ./schema). */
    protected readonly listTitle: string,
    protected readonly mapping: IEntityMapping<T, TDraft>,
    /** The model's rules for a draft (src/model/draftValidation); none for lists without a form. */
    private readonly validator?: DraftValidator<TDraft>
  ) {}

  /**
   * The item to write for a draft, or ValidationError before any request when the draft breaks the
   * model's rules: SharePoint's REST API stores items with Required columns empty (PnP-JS-Core#376).
   */
  protected toValidItem(draft: TDraft): SpItem {
    const fields = this.validator ? this.validator(draft) : {};
    if (hasErrors(fields)) throw new ValidationError(fields, `Refused a record of ${this.listTitle}`);
    return this.mapping.toItem(draft);
  }

  protected get items() {
    return this.sp.web.lists.getByTitle(this.listTitle).items;
  }

  /** Every item matching the filter, page by page. `columns` narrows the $select (default: the mapping's). */
  protected async readAll(filter?: string, columns?: string[], expand?: string[]): Promise<SpItem[]> {
    let q = this.items.select(...(columns ?? this.mapping.select)).top(PAGE_SIZE);
    const ex = expand ?? (columns ? [] : this.mapping.expand);
    if (ex.length) q = q.expand(...ex);
    if (filter) q = q.filter(filter);
    const out: SpItem[] = [];
    for await (const page of q) {
      for (const raw of page as SpItem[]) out.push(raw);
    }
    return out;
  }

  /** Mapped records matching the filter, read page by page. */
  protected async query(filter?: string): Promise<T[]> {
    return (await this.readAll(filter)).map((raw) => this.mapping.fromItem(raw));
  }

  /** One record by id. */
  public get(id: number): Promise<T> {
    return guard(`Reading item ${id} of ${this.listTitle}`, () => this.read(id));
  }

  private async read(id: number): Promise<T> {
    let q = this.items.getById(id).select(...this.mapping.select);
    if (this.mapping.expand.length) q = q.expand(...this.mapping.expand);
    return this.mapping.fromItem(await q());
  }

  public create(draft: TDraft): Promise<T> {
    return guard(`Adding an item to ${this.listTitle}`, async () => {
      const added: SpItem = await this.items.add(this.toValidItem(draft));
      const newId = Number(added.Id ?? added.ID);
      // The add response has every column but no expanded people; re-read only when people are shown.
      return this.mapping.expand.length ? this.read(newId) : this.mapping.fromItem(added);
    });
  }

  public update(id: number, draft: TDraft, etag: string): Promise<T> {
    return guard(`Saving item ${id} of ${this.listTitle}`, async () => {
      const item = this.toValidItem(draft);
      await this.withConflict(id, () => this.items.getById(id).update(item, etag));
      return this.read(id);
    });
  }

  public remove(id: number, etag: string): Promise<void> {
    return guard(`Deleting item ${id} of ${this.listTitle}`, async () => {
      await this.withConflict(id, () => this.items.getById(id).delete(etag));
    });
  }

  /** Runs a write; on 412 re-reads the item and throws ConflictError with the server's version. */
  protected async withConflict<R>(id: number, write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (e) {
      if (statusOf(e) !== 412) throw e;
      throw await this.conflict(id, e);
    }
  }

  /** The ConflictError for a refused write of item id (or notFound when it was deleted meanwhile). */
  protected async conflict(id: number, cause: unknown): Promise<AppError> {
    try {
      return new ConflictError<T>(await this.read(id), { cause });
    } catch (readError) {
      if (statusOf(readError) === 404) return new AppError('notFound', `Item ${id} of ${this.listTitle} was deleted`, { cause, status: 404 });
      throw readError;
    }
  }
}

/** Records that belong to a project (RAID, costs, allocations): read by the indexed Project lookup. */
export class ProjectRecordRepository<T extends IRecord, TDraft>
  extends ListRepository<T, TDraft>
  implements IProjectRecordRepository<T, TDraft>
{
  public listByProject(projectId: number): Promise<T[]> {
    return guard(`Reading ${this.listTitle} of project ${projectId}`, () => this.query(eq(idColumn(PROJECT_LOOKUP), projectId)));
  }
}
