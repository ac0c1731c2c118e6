import type { IPerson, IProject, ProjectDraft } from '../../src/model/types';
import { ConflictError, AppError } from '../../src/services/errors';
import type { IProjectQuery, IProjectRepository } from '../../src/services/types';
import { clone, FakeBase } from './FakeBase';

/** A project with defaults for what a test does not care about. */
export function makeProject(id: number, over: Partial<IProject> = {}): IProject {
  return {
    id,
    etag: '"1"',
    title: `Project ${id}`,
    code: `PRJ-${('0000' + id).slice(-4)}`,
    description: '',
    phase: 'Execution',
    health: 'Green',
    priority: 'Medium',
    department: '',
    ...over
  };
}

const bump = (etag: string): string => `"${(parseInt(etag.replace(/\D/g, ''), 10) || 0) + 1}"`;

/**
 * The project register in memory. Updates check the ETag like SharePoint's IF-Match: a stale one
 * throws ConflictError carrying the stored version. serverEdit() plays "someone else saved".
 */
export class FakeProjectRepository extends FakeBase implements IProjectRepository {
  public readonly items: IProject[];
  /** People known to the site, to turn managerId/sponsorId back into IPerson on write. */
  public people: IPerson[];

  constructor(items: IProject[] = [], people: IPerson[] = []) {
    super();
    this.items = clone(items);
    this.people = people;
  }

  public list(query: IProjectQuery = {}): Promise<IProject[]> {
    return this.run('list', [query], () => {
      const text = (query.search || '').toLowerCase();
      return this.items.filter(
        (p) =>
          (!text || [p.title, p.code, p.description].some((v) => (v || '').toLowerCase().indexOf(text) >= 0)) &&
          (!query.phases || !query.phases.length || query.phases.indexOf(p.phase) >= 0) &&
          (!query.healths || !query.healths.length || query.healths.indexOf(p.health) >= 0) &&
          (!query.priorities || !query.priorities.length || query.priorities.indexOf(p.priority) >= 0) &&
          (!query.department || p.department === query.department) &&
          (query.managerId === undefined || (p.manager && p.manager.id === query.managerId))
      );
    });
  }

  public get(id: number): Promise<IProject> {
    return this.run('get', [id], () => this.find(id));
  }

  public create(draft: ProjectDraft): Promise<IProject> {
    return this.run('create', [draft], () => {
      const id = this.items.reduce((m, p) => Math.max(m, p.id), 0) + 1;
      const created = this.fromDraft(draft, id, '"1"');
      this.items.push(created);
      return created;
    });
  }

  public update(id: number, draft: ProjectDraft, etag: string): Promise<IProject> {
    return this.run('update', [id, draft, etag], () => {
      const current = this.find(id);
      if (etag !== '*' && etag !== current.etag) throw new ConflictError<IProject>(clone(current));
      const updated = this.fromDraft(draft, id, bump(current.etag));
      this.items[this.items.indexOf(current)] = updated;
      return updated;
    });
  }

  public remove(id: number, etag: string): Promise<void> {
    return this.run('remove', [id, etag], () => {
      const current = this.find(id);
      if (etag !== '*' && etag !== current.etag) throw new ConflictError<IProject>(clone(current));
      this.items.splice(this.items.indexOf(current), 1);
    });
  }

  public codeExists(code: string, exceptId?: number): Promise<boolean> {
    return this.run('codeExists', [code, exceptId], () =>
      this.items.some((p) => p.code.toUpperCase() === code.trim().toUpperCase() && p.id !== exceptId)
    );
  }

  public nextCode(): Promise<string> {
    return this.run('nextCode', [], () => {
      const max = this.items.reduce((m, p) => Math.max(m, Number((/^PRJ-(\d+)$/.exec(p.code) || [])[1] || 0)), 0);
      return `PRJ-${('0000' + (max + 1)).slice(-4)}`;
    });
  }

  /** Someone else saves the item: fields change and the ETag moves on. Returns the new version. */
  public serverEdit(id: number, patch: Partial<IProject>): IProject {
    const current = this.find(id);
    const edited = { ...current, ...clone(patch), id, etag: bump(current.etag) };
    this.items[this.items.indexOf(current)] = edited;
    return clone(edited);
  }

  /** The writes (create/update) in order, with the draft and ETag sent. */
  public get writes(): { method: string; args: unknown[] }[] {
    return this.calls.filter((c) => c.method === 'create' || c.method === 'update' || c.method === 'remove');
  }

  private find(id: number): IProject {
    const found = this.items.filter((p) => p.id === id)[0];
    if (!found) throw new AppError('notFound', `No project ${id}`, { status: 404 });
    return found;
  }

  private person(id: number | undefined): IPerson | undefined {
    if (id === undefined) return undefined;
    return this.people.filter((p) => p.id === id)[0] || { id, title: `User ${id}`, email: `user${id}@contoso.com` };
  }

  private fromDraft(draft: ProjectDraft, id: number, etag: string): IProject {
    const { managerId, sponsorId, ...rest } = draft;
    const out: IProject = { ...rest, id, etag, manager: this.person(managerId), sponsor: this.person(sponsorId) };
    // SharePoint returns no property for an empty column; match that so tests compare like with like.
    for (const k of Object.keys(out) as (keyof IProject)[]) if (out[k] === undefined) delete out[k];
    return out;
  }
}
