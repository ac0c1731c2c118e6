/**
 * The SharePoint reads of the portfolio view and the project status tab: the register with only the
 * columns they show, and one query each (paged) for open risks, open actions and meetings from a day
 * on, across all projects. Every query has $select; the filters use the indexed Status, Kind and Start
 * columns, so they keep working past the 5,000-item list view threshold.
 */
import type { IProject } from '../../model/types';
import type { IActionInput, IMeetingInput, RiskInput } from '../../model/projectStatus';
import type { CostInput } from '../../model/costs';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { projectMapping } from '../sharepoint/mappers';
import { and, anyOf, cmp, dateLiteral, eq } from '../odata';
import { LISTS } from '../sharepoint/schema';
import { fromSpDate, num } from '../sharepoint/values';
import { ACTION_FIELDS as AC, COST_FIELDS as C, ITEM_FIELDS, MEETING_FIELDS as M, PROJECT_FIELDS as P, RAID_FIELDS as R, idColumn } from '../../model/fields';
import type { SpItem } from '../sharepoint/mappers';
import type { IPortfolioReader, IProjectMeeting } from '../types';

/** The register columns the portfolio shows or computes with. */
export const PORTFOLIO_COLUMNS = [ITEM_FIELDS.id, P.title, P.code, P.phase, P.health, P.department, P.startDate, P.plannedEndDate, P.forecastEndDate,
  P.budget, P.actualCost, P.forecastCost, P.percentComplete, P.planId, P.groupId, `${P.manager}/Id`, `${P.manager}/Title`, `${P.manager}/EMail`];

/** SharePoint's largest page: the register of 1,000 projects in one round trip (about 0.4 KiB a row). */
const PAGE = 5000;

/** Every item of a list-wide query, in pages of 5,000 (one round trip per page). */
export async function allItems(sp: SPFI, list: string, select: string[], filter?: string, expand: string[] = [], orderBy?: string): Promise<SpItem[]> {
  let q = sp.web.lists.getByTitle(list).items.select(...select).top(PAGE);
  if (expand.length) q = q.expand(...expand);
  if (filter) q = q.filter(filter);
  if (orderBy) q = q.orderBy(orderBy, true);
  const out: SpItem[] = [];
  for await (const page of q) for (const raw of page as SpItem[]) out.push(raw);
  return out;
}

export class PortfolioReader implements IPortfolioReader {
  constructor(private readonly sp: SPFI) {}

  private all(list: string, select: string[], filter?: string, expand: string[] = [], orderBy?: string): Promise<SpItem[]> {
    return allItems(this.sp, list, select, filter, expand, orderBy);
  }

  public projects(): Promise<IProject[]> {
    return guard('Reading the portfolio', async () =>
      (await this.all(LISTS.projects, PORTFOLIO_COLUMNS, undefined, [P.manager])).map((raw) => projectMapping.fromItem(raw))
    );
  }

  public openRisks(projectId?: number): Promise<(RiskInput & { projectId: number })[]> {
    return guard('Reading open risks', async () => {
      const project = idColumn(R.project);
      const filter = and(anyOf(R.status, ['Open', 'In progress']), anyOf(R.kind, ['Risk', 'Issue']), projectId ? eq(project, projectId) : undefined);
      const rows = await this.all(LISTS.raid, [project, R.kind, R.status, R.probability, R.impact], filter);
      return rows.map((r) => ({ projectId: Number(r[project]), kind: r[R.kind] as RiskInput['kind'], status: r[R.status] as RiskInput['status'], probability: num(r[R.probability]), impact: num(r[R.impact]) }));
    });
  }

  public costLines(): Promise<(CostInput & { projectId: number })[]> {
    return guard('Reading the cost lines', async () => {
      const project = idColumn(C.project);
      const rows = await this.all(LISTS.costs, [project, C.period, C.kind, C.amount]);
      return rows.map((r) => ({ projectId: Number(r[project]), period: fromSpDate(r[C.period]) ?? '', kind: r[C.kind] as CostInput['kind'], amount: Number(r[C.amount]) }));
    });
  }

  public openActions(projectId?: number): Promise<(IActionInput & { projectId: number })[]> {
    return guard('Reading open actions', async () => {
      const project = idColumn(AC.project);
      const filter = and(anyOf(AC.status, ['Open', 'In progress']), projectId ? eq(project, projectId) : undefined);
      const rows = await this.all(LISTS.actions, [project, AC.status, AC.dueDate], filter);
      return rows.map((r) => ({ projectId: Number(r[project]), status: r[AC.status] as IActionInput['status'], dueDate: fromSpDate(r[AC.dueDate]) }));
    });
  }

  public meetingsFrom(day: string): Promise<(IMeetingInput & { projectId: number })[]> {
    return guard('Reading upcoming meetings', async () => {
      const project = idColumn(M.project);
      const rows = await this.all(LISTS.meetings, [project, M.title, M.start], cmp(M.start, 'ge', dateLiteral(day)), [], M.start);
      return rows.map((r) => ({ projectId: Number(r[project]), title: String(r[M.title] ?? ''), start: String(r[M.start] ?? '') }));
    });
  }

  public projectMeetings(projectId: number): Promise<IProjectMeeting[]> {
    return guard('Reading the project meetings', async () => {
      const select = [ITEM_FIELDS.id, M.title, M.start, M.state, M.minutes, M.publishedAt];
      const rows = await this.all(LISTS.meetings, select, eq(idColumn(M.project), projectId), [], M.start);
      return rows.map((r) => ({
        id: Number(r[ITEM_FIELDS.id]),
        title: String(r[M.title] ?? ''),
        start: String(r[M.start] ?? ''),
        state: String(r[M.state] ?? ''),
        minutes: typeof r[M.minutes] === 'string' ? (r[M.minutes] as string) : '',
        publishedAt: typeof r[M.publishedAt] === 'string' ? (r[M.publishedAt] as string) : undefined
      }));
    });
  }
}
