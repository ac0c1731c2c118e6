/**
 * The reads of the process compliance board beside the portfolio's own (register and plans): four
 * list-wide queries in parallel, whatever the number of projects (each paged at SharePoint's 5,000):
 * published status reports of the current period, open actions, open risks and issues, and the
 * meetings of the look-back window. Filters lead with indexed columns (State, ReportDate, Status, Kind,
 * Start) so they keep working past the list view threshold; due dates are compared here.
 */
import { MINUTES_LOOKBACK_DAYS, periodStart, type IComplianceData } from '../../model/compliance';
import { REPORTING_PERIODS } from '../../model/statusReport';
import { addDays } from '../../model/dates';
import type { RaidKind } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { and, anyOf, cmp, dateLiteral, eq } from '../odata';
import { LISTS } from '../sharepoint/schema';
import { fromSpDate, id } from '../sharepoint/values';
import type { SpItem } from '../sharepoint/mappers';
import { ACTION_FIELDS as A, ITEM_FIELDS, MEETING_FIELDS as M, RAID_FIELDS as R, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';
import type { IComplianceReader } from '../types';

const PAGE = 5000;
const title = (r: SpItem, field: string): string | undefined => {
  const v = r[field] as { Title?: string } | undefined;
  return v && typeof v.Title === 'string' && v.Title ? v.Title : undefined;
};

export class ComplianceReader implements IComplianceReader {
  constructor(private readonly sp: SPFI) {}

  private async all(list: string, select: string[], filter: string, expand: string[] = []): Promise<SpItem[]> {
    let q = this.sp.web.lists.getByTitle(list).items.select(...select).filter(filter).top(PAGE);
    if (expand.length) q = q.expand(...expand);
    const out: SpItem[] = [];
    for await (const page of q) for (const raw of page as SpItem[]) out.push(raw);
    return out;
  }

  /**
   * Reads what every threshold and reporting period can be judged on, so changing them needs no new
   * read: reports from the earliest start of the current week, fortnight or month, meetings up to today.
   */
  public read(today: string): Promise<IComplianceData> {
    return guard('Reading process compliance', async () => {
      const since = REPORTING_PERIODS.map((p) => periodStart(today, p)).sort()[0];
      const [reports, actions, risks, meetings] = await Promise.all([
        this.all(LISTS.statusReports, [idColumn(S.project), S.reportDate], and(eq(S.state, 'Published'), cmp(S.reportDate, 'ge', dateLiteral(since)))),
        this.all(LISTS.actions, [ITEM_FIELDS.id, A.title, idColumn(A.project), idColumn(A.meeting), A.dueDate, `${A.owner}/Title`], anyOf(A.status, ['Open', 'In progress']), [A.owner]),
        this.all(LISTS.raid, [ITEM_FIELDS.id, R.title, idColumn(R.project), R.kind, R.dueDate, `${R.owner}/Title`], and(anyOf(R.status, ['Open', 'In progress']), anyOf(R.kind, ['Risk', 'Issue'])), [R.owner]),
        this.all(LISTS.meetings, [ITEM_FIELDS.id, M.title, idColumn(M.project), M.start, M.state, M.cancelled],
          // One day either side of the window: the board counts days on the viewer's calendar.
          and(cmp(M.start, 'ge', dateLiteral(addDays(today, -MINUTES_LOOKBACK_DAYS - 1))), cmp(M.start, 'lt', dateLiteral(addDays(today, 1)))))
      ]);
      return {
        reports: reports.map((r) => ({ projectId: Number(r[idColumn(S.project)]), reportDate: fromSpDate(r[S.reportDate]) ?? '' })),
        actions: actions.map((r) => ({ id: Number(r[ITEM_FIELDS.id]), projectId: Number(r[idColumn(A.project)]), title: String(r[A.title] ?? ''), dueDate: fromSpDate(r[A.dueDate]),
          meetingId: id(r[idColumn(A.meeting)]), owner: title(r, A.owner) })),
        risks: risks.map((r) => ({ id: Number(r[ITEM_FIELDS.id]), projectId: Number(r[idColumn(R.project)]), title: String(r[R.title] ?? ''), kind: r[R.kind] as RaidKind,
          dueDate: fromSpDate(r[R.dueDate]), owner: title(r, R.owner) })),
        meetings: meetings.map((r) => ({ id: Number(r[ITEM_FIELDS.id]), projectId: Number(r[idColumn(M.project)]), title: String(r[M.title] ?? ''), start: String(r[M.start] ?? ''),
          state: String(r[M.state] ?? ''), cancelled: r[M.cancelled] === true }))
      };
    });
  }
}
