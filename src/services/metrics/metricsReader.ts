/**
 * The reads of the PMO metrics: the register, every published status report and every meeting since a
 * day, as three list-wide queries in parallel (one round trip, plus a page per 5,000 items), never a
 * query per project. Filters use the indexed State, ReportDate and Start columns, so they keep working
 * past the 5,000-item list view threshold; the report's long texts are not selected.
 */
import type { IMetricsData, IMetricsMeeting } from '../../model/metrics';
import { ITEM_FIELDS, MEETING_FIELDS as M, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { and, cmp, dateLiteral, eq } from '../odata';
import { allItems } from '../portfolio/portfolioReader';
import { LISTS } from '../sharepoint/schema';
import { optStr, str } from '../sharepoint/values';
import { statusReportMapping } from '../statusReports/statusReportMapping';
import type { IPortfolioReader } from '../types';

/** Reads what the metrics tab and the project-vs-median view compute from (src/services/metrics). */
export interface IMetricsReader {
  /** The register, published reports dated on or after `fromDay` and meetings starting on or after it. */
  read(fromDay: string): Promise<IMetricsData>;
}

const TEXTS: string[] = [S.summary, S.accomplishments, S.nextSteps, S.overrideReason];
export const METRICS_REPORT_COLUMNS = statusReportMapping.select.filter((c) => TEXTS.indexOf(c) < 0);

export class MetricsReader implements IMetricsReader {
  constructor(
    private readonly sp: SPFI,
    private readonly portfolio: IPortfolioReader
  ) {}

  public async read(fromDay: string): Promise<IMetricsData> {
    const [projects, reports, meetings] = await Promise.all([
      this.portfolio.projects(),
      guard('Reading the published status reports', async () =>
        (await allItems(this.sp, LISTS.statusReports, METRICS_REPORT_COLUMNS, and(eq(S.state, 'Published'), cmp(S.reportDate, 'ge', dateLiteral(fromDay))))).map(
          (raw) => statusReportMapping.fromItem(raw)
        )
      ),
      guard('Reading the meetings', async () => {
        const project = idColumn(M.project);
        const rows = await allItems(this.sp, LISTS.meetings, [ITEM_FIELDS.id, project, M.start, M.publishedAt], cmp(M.start, 'ge', dateLiteral(fromDay)));
        return rows.map((r): IMetricsMeeting => ({ projectId: Number(r[project]), start: str(r[M.start]), publishedAt: optStr(r[M.publishedAt]) }));
      })
    ]);
    return { projects, reports, meetings };
  }
}
