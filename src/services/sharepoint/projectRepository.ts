/**
 * The project register (PMO Projects). Filters are built from the query with ./odata, so free text
 * such as O'Brien or `') or 1 eq 1 or ('` stays a literal.
 *
 * Free text is matched with substringof on Title and PmoCode. Description is left out on purpose:
 * SharePoint Online rejects multi-line text (Note) columns in $filter ("The field 'Description' of
 * type 'Note' cannot be used in the query filter expression").
 */
import { validateProjectDraft } from '../../model/draftValidation';
import { CODE_PREFIX, nextCode } from '../../model/project';
import type { IProject, ProjectDraft } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import type { IProjectQuery, IProjectRepository } from '../types';
import { ListRepository } from './listRepository';
import { projectMapping } from './mappers';
import { and, anyOf, eq, ne, or, startsWith, substringOf } from '../odata';
import { LISTS } from './schema';

/** The $filter for a register query ('' when nothing restricts it). */
export function projectFilter(q: IProjectQuery = {}): string {
  const text = (q.search ?? '').trim();
  return and(
    text ? or(substringOf(text, 'Title'), substringOf(text, 'PmoCode')) : undefined,
    anyOf('Phase', q.phases ?? []),
    anyOf('Health', q.healths ?? []),
    anyOf('Priority', q.priorities ?? []),
    q.department ? eq('Department', q.department) : undefined,
    q.managerId !== undefined ? eq('ProjectManagerId', q.managerId) : undefined
  );
}

export class ProjectRepository extends ListRepository<IProject, ProjectDraft> implements IProjectRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.projects, projectMapping, validateProjectDraft);
  }

  public list(query?: IProjectQuery): Promise<IProject[]> {
    return guard('Reading the project register', () => this.query(projectFilter(query) || undefined));
  }

  public codeExists(code: string, exceptId?: number): Promise<boolean> {
    return guard(`Checking project code ${code}`, async () => {
      const filter = and(eq('PmoCode', code.trim()), exceptId !== undefined ? ne('Id', exceptId) : undefined);
      // One row answers the question; top(1) is a bounded read, not a read of "all".
      const rows: unknown[] = await this.items.select('Id').filter(filter).top(1)();
      return rows.length > 0;
    });
  }

  public nextCode(): Promise<string> {
    return guard('Finding the next project code', async () => {
      // Codes are compared as numbers: PRJ-10000 sorts before PRJ-9999 as text, so no $orderby/top(1).
      // The rule itself is the model's (src/model/project.ts); this only reads the codes it applies to.
      const rows = await this.readAll(startsWith('PmoCode', `${CODE_PREFIX}-`), ['PmoCode']);
      return nextCode(rows.map((r) => String(r.PmoCode ?? '')));
    });
  }
}
