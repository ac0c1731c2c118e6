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
import { fromSpDate } from '../sharepoint/values';
import type { SpItem } from '../sharepoint/mappers';
import type { IPortfolioReader, IProjectMeeting } from '../types';

/** The register columns the portfolio shows or computes with. */
export const PORTFOLIO_COLUMNS = ['Id', 'Title', 'PmoCode', 'Phase', 'Health', 'Department', 'StartDate', 'PlannedEndDate', 'ForecastEndDate',
  'Budget', 'ActualCost', 'ForecastCost', 'PercentComplete', 'PlanId', 'GroupId', 'ProjectManager/Id', 'ProjectManager/Title', 'ProjectManager/EMail'];

/** SharePoint's largest page: the register of 1,000 projects in one round trip (about 0.4 KiB a row). */
const PAGE = 5000;

const n = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);

export class PortfolioReader implements IPortfolioReader {
  constructor(private readonly sp: SPFI) {}

  private async all(list: string, select: string[], filter?: string, expand: string[] = [], orderBy?: string): Promise<SpItem[]> {
    let q = this.sp.web.lists.getByTitle(list).items.select(...select).top(PAGE);
    if (expand.length) q = q.expand(...expand);
    if (filter) q = q.filter(filter);
    if (orderBy) q = q.orderBy(orderBy, true);
    const out: SpItem[] = [];
    for await (const page of q) for (const raw of page as SpItem[]) out.push(raw);
    return out;
  }

  public projects(): Promise<IProject[]> {
    return guard('Reading the portfolio', async () =>
      (await this.all(LISTS.projects, PORTFOLIO_COLUMNS, undefined, ['ProjectManager'])).map((raw) => projectMapping.fromItem(raw))
    );
  }

  public openRisks(projectId?: number): Promise<(RiskInput & { projectId: number })[]> {
    return guard('Reading open risks', async () => {
      const filter = and(anyOf('Status', ['Open', 'In progress']), anyOf('Kind', ['Risk', 'Issue']), projectId ? eq('ProjectId', projectId) : undefined);
      const rows = await this.all(LISTS.raid, ['ProjectId', 'Kind', 'Status', 'Probability', 'Impact'], filter);
      return rows.map((r) => ({ projectId: Number(r.ProjectId), kind: r.Kind as RiskInput['kind'], status: r.Status as RiskInput['status'], probability: n(r.Probability), impact: n(r.Impact) }));
    });
  }

  public costLines(): Promise<(CostInput & { projectId: number })[]> {
    return guard('Reading the cost lines', async () => {
      const rows = await this.all(LISTS.costs, ['ProjectId', 'Period', 'Kind', 'Amount']);
      return rows.map((r) => ({ projectId: Number(r.ProjectId), period: fromSpDate(r.Period) ?? '', kind: r.Kind as CostInput['kind'], amount: Number(r.Amount) }));
    });
  }

  public openActions(projectId?: number): Promise<(IActionInput & { projectId: number })[]> {
    return guard('Reading open actions', async () => {
      const filter = and(anyOf('Status', ['Open', 'In progress']), projectId ? eq('ProjectId', projectId) : undefined);
      const rows = await this.all(LISTS.actions, ['ProjectId', 'Status', 'DueDate'], filter);
      return rows.map((r) => ({ projectId: Number(r.ProjectId), status: r.Status as IActionInput['status'], dueDate: fromSpDate(r.DueDate) }));
    });
  }

  public meetingsFrom(day: string): Promise<(IMeetingInput & { projectId: number })[]> {
    return guard('Reading upcoming meetings', async () => {
      const rows = await this.all(LISTS.meetings, ['ProjectId', 'Title', 'Start'], cmp('Start', 'ge', dateLiteral(day)), [], 'Start');
      return rows.map((r) => ({ projectId: Number(r.ProjectId), title: String(r.Title ?? ''), start: String(r.Start ?? '') }));
    });
  }

  public projectMeetings(projectId: number): Promise<IProjectMeeting[]> {
    return guard('Reading the project meetings', async () => {
      const rows = await this.all(LISTS.meetings, ['Id', 'Title', 'Start', 'State', 'Minutes', 'PublishedAt'], eq('ProjectId', projectId), [], 'Start');
      return rows.map((r) => ({
        id: Number(r.Id),
        title: String(r.Title ?? ''),
        start: String(r.Start ?? ''),
        state: String(r.State ?? ''),
        minutes: typeof r.Minutes === 'string' ? r.Minutes : '',
        publishedAt: typeof r.PublishedAt === 'string' ? r.PublishedAt : undefined
      }));
    });
  }
}
