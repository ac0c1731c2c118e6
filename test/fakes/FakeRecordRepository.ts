import type { IRecord } from '../../src/model/types';
import { AppError, ConflictError } from '../../src/services/errors';
import type { IProjectRecordRepository } from '../../src/services/types';
import { clone, FakeBase } from './FakeBase';

const bump = (etag: string): string => `"${(parseInt(etag.replace(/\D/g, ''), 10) || 0) + 1}"`;

/**
 * Records of one kind (RAID items, cost lines, allocations) in memory, with IF-Match semantics
 * like FakeProjectRepository. `toRecord` turns a draft into the stored shape (e.g. ownerId → owner).
 */
export class FakeRecordRepository<T extends IRecord & { projectId: number }, TDraft>
  extends FakeBase
  implements IProjectRecordRepository<T, TDraft>
{
  public readonly items: T[];

  constructor(items: T[] = [], private readonly toRecord: (draft: TDraft, id: number, etag: string) => T) {
    super();
    this.items = clone(items);
  }

  public listByProject(projectId: number): Promise<T[]> {
    return this.run('listByProject', [projectId], () => this.items.filter((i) => i.projectId === projectId));
  }

  public create(draft: TDraft): Promise<T> {
    return this.run('create', [draft], () => {
      const id = this.items.reduce((m, i) => Math.max(m, i.id), 0) + 1;
      const created = this.toRecord(draft, id, '"1"');
      this.items.push(created);
      return created;
    });
  }

  public update(id: number, draft: TDraft, etag: string): Promise<T> {
    return this.run('update', [id, draft, etag], () => {
      const current = this.find(id);
      if (etag !== '*' && etag !== current.etag) throw new ConflictError<T>(clone(current));
      const updated = this.toRecord(draft, id, bump(current.etag));
      this.items[this.items.indexOf(current)] = updated;
      return updated;
    });
  }

  public remove(id: number, etag: string): Promise<void> {
    return this.run('remove', [id, etag], () => {
      const current = this.find(id);
      if (etag !== '*' && etag !== current.etag) throw new ConflictError<T>(clone(current));
      this.items.splice(this.items.indexOf(current), 1);
    });
  }

  /** Someone else saves the record: fields change and the ETag moves on. */
  public serverEdit(id: number, patch: Partial<T>): T {
    const current = this.find(id);
    const edited = { ...current, ...clone(patch), id, etag: bump(current.etag) } as T;
    this.items[this.items.indexOf(current)] = edited;
    return clone(edited);
  }

  protected find(id: number): T {
    const found = this.items.filter((i) => i.id === id)[0];
    if (!found) throw new AppError('notFound', `No record ${id}`, { status: 404 });
    return found;
  }
}
