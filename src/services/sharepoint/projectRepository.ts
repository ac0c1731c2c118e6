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
import { ITEM_FIELDS, PROJECT_FIELDS as P, idColumn } from '../../model/fields';

/** The $filter for a register query ('' when nothing restricts it). */
export function projectFilter(q: IProjectQuery = {}): string {
  const text = (q.search ?? '').trim();
  return and(
    text ? or(substringOf(text, P.title), substringOf(text, P.code)) : undefined,
    anyOf(P.phase, q.phases ?? []),
    anyOf(P.health, q.healths ?? []),
    anyOf(P.priority, q.priorities ?? []),
    q.department ? eq(P.department, q.department) : undefined,
    q.managerId !== undefined ? eq(idColumn(P.manager), q.managerId) : undefined
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
      const filter = and(eq(P.code, code.trim()), exceptId !== undefined ? ne(ITEM_FIELDS.id, exceptId) : undefined);
      // One row answers the question; top(1) is a bounded read, not a read of "all".
      const rows: unknown[] = await this.items.select(ITEM_FIELDS.id).filter(filter).top(1)();
      return rows.length > 0;
    });
  }

  public nextCode(): Promise<string> {
    return guard('Finding the next project code', async () => {
      // Codes are compared as numbers: PRJ-10000 sorts before PRJ-9999 as text, so no $orderby/top(1).
      // The rule itself is the model's (src/model/project.ts); this only reads the codes it applies to.
      const rows = await this.readAll(startsWith(P.code, `${CODE_PREFIX}-`), [P.code]);
      return nextCode(rows.map((r) => String(r[P.code] ?? '')));
    });
  }
}
