/**
 * PMO Status Reports: the reports of a project (PMO Status Reports, by the indexed Project lookup), the
 * data a new report is drafted from (one round of parallel reads), and publishing.
 *
 * Drafting reads, all at once: the plan's tasks (Graph, paged), the project's cost lines, its RAID
 * items with Created/Modified, its meetings and its earlier reports; so a draft costs one sequential
 * round trip plus Planner's pages. A part that fails is listed as missing in the figures.
 *
 * Publishing writes State = Published with the ETag the person saw, so a second click, a second
 * person or a retry after a lost answer meets 412: the service then reads the report, and when it is
 * already published returns it (one report, nothing done twice). It then sets the project's Health.
 */
import type { IReportFigures, IStatusReport, StatusReportDraft } from '../../model/statusReport';
import { reportHistory, reportToFormValues, validateReport, validateReportDraft } from '../../model/statusReport';
import { hasErrors } from '../../model/validate';
import { withMailing, type IReportMailing } from '../../model/reportMail';
import { reportFigures, type IRaidChange } from '../../model/statusReportFigures';
import type { PlanState } from '../../model/projectStatus';
import type { Health, IProject, RaidKind, RaidStatus } from '../../model/types';
import type { SPFI } from '../clients';
import { ConflictError, ValidationError } from '../errors';
import { guard, settle, statusOf } from '../guard';
import { eq } from '../odata';
import { readFailure } from '../portfolio/portfolioLoader';
import { ProjectRecordRepository } from '../sharepoint/listRepository';
import { LISTS } from '../sharepoint/schema';
import type { SpItem } from '../sharepoint/mappers';
import type { ICostRepository, IPlannerService, IPortfolioReader } from '../types';
import { statusReportMapping } from './statusReportMapping';
import { ITEM_FIELDS, PROJECT_FIELDS as P, RAID_FIELDS as R, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';

/** Status reports of projects, their drafting data and publishing (src/services/statusReports). */
export interface IStatusReportService {
  listByProject(projectId: number): Promise<IStatusReport[]>;
  get(id: number): Promise<IStatusReport>;
  create(draft: StatusReportDraft): Promise<IStatusReport>;
  /** Saves with the ETag; throws ConflictError<IStatusReport> on 412. */
  update(id: number, draft: StatusReportDraft, etag: string): Promise<IStatusReport>;
  remove(id: number, etag: string): Promise<void>;
  /** The figures of a new report of the project on `today`, from live data (one round of reads). */
  draftFigures(project: IProject, today: string): Promise<IReportFigures>;
  /**
   * Publishes the report as the person saw it (ETag): freezes it, records `publishedAt` and what it
   * supersedes, and sets the project's Health to its overall health. Publishing an already published
   * report returns it unchanged; a report changed by someone else meanwhile throws ConflictError.
   */
  publish(report: IStatusReport, publishedAt: string, supersedes?: number): Promise<IStatusReport>;
  /**
   * Records a mailing in the report's mail log (the entry of the same `at` is replaced), with the ETag;
   * when someone else wrote the report meanwhile (412) it is read again and the entry added to its log.
   */
  markMailed(report: IStatusReport, entry: IReportMailing): Promise<IStatusReport>;
}

export class StatusReportService extends ProjectRecordRepository<IStatusReport, StatusReportDraft> implements IStatusReportService {
  constructor(
    sp: SPFI,
    private readonly planner: IPlannerService,
    private readonly costs: ICostRepository,
    private readonly portfolio: IPortfolioReader
  ) {
    // The form's rules again before the write (SharePoint itself would store a report without a
    // summary): a draft is autosaved while it is written, so it needs only a title; publishing needs all.
    super(sp, LISTS.statusReports, statusReportMapping, (d) => (d.state === 'Draft' ? validateReportDraft : validateReport)(reportToFormValues({ ...d, id: 0, etag: '' })));
  }

  /**
   * Adds a draft once: when the draft carries a key (IReportSnapshot.draftKey), the project's drafts are
   * looked up first, and one with the same key (made by an earlier try whose answer was lost) is saved
   * over instead. A look-up before create works on SharePoint Online as here: lists have no idempotency keys.
   */
  public create(draft: StatusReportDraft): Promise<IStatusReport> {
    const key = draft.snapshot?.draftKey;
    if (!key || draft.state !== 'Draft') return super.create(draft);
    return guard(`Adding a status report draft of project ${draft.projectId}`, async () => {
      const made = (await this.listByProject(draft.projectId)).filter((r) => r.state === 'Draft' && r.snapshot?.draftKey === key)[0];
      return made ? this.update(made.id, draft, made.etag) : super.create(draft);
    });
  }

  private raidChanges(projectId: number): Promise<IRaidChange[]> {
    return guard(`Reading the RAID log of project ${projectId}`, async () => {
      const rows = await this.sp.web.lists
        .getByTitle(LISTS.raid)
        .items.select(R.title, R.kind, R.status, R.probability, R.impact, ITEM_FIELDS.created, ITEM_FIELDS.modified)
        .filter(eq(idColumn(R.project), projectId))
        .top(5000)();
      const n = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
      return (rows as SpItem[]).map((r) => ({
        title: String(r[R.title] ?? ''),
        kind: r[R.kind] as RaidKind,
        status: r[R.status] as RaidStatus,
        probability: n(r[R.probability]),
        impact: n(r[R.impact]),
        created: String(r[ITEM_FIELDS.created] ?? ''),
        modified: String(r[ITEM_FIELDS.modified] ?? '')
      }));
    });
  }

  public async draftFigures(project: IProject, today: string): Promise<IReportFigures> {
    const none = Promise.resolve([] as never[]);
    const [[tasks], [lines], [raid], [meetings], [reports]] = await Promise.all([
      settle([project.planId ? this.planner.tasks(project.planId) : none]),
      settle([this.costs.listByProject(project.id)]),
      settle([this.raidChanges(project.id)]),
      settle([this.portfolio.projectMeetings(project.id)]),
      settle([this.listByProject(project.id)])
    ]);
    const plan: PlanState = !project.planId ? { kind: 'none' } : tasks.ok ? { kind: 'read', tasks: tasks.value } : { kind: 'failed', reason: readFailure(tasks.error) };
    const last = reports.ok ? reportHistory(reports.value).filter((r) => r.reportDate < today)[0] : undefined;
    return reportFigures({
      project,
      plan,
      costs: lines.ok ? lines.value : undefined,
      raid: raid.ok ? raid.value : undefined,
      meetings: meetings.ok ? meetings.value.map((m) => m.start) : undefined,
      lastReportDate: last?.reportDate,
      today
    });
  }

  public publish(report: IStatusReport, publishedAt: string, supersedes?: number): Promise<IStatusReport> {
    return guard(`Publishing status report ${report.id}`, async () => {
      if (report.state === 'Published') return report;
      const errors = validateReport(reportToFormValues(report));
      if (hasErrors(errors)) throw new ValidationError(errors, `Refused to publish status report ${report.id}`);
      const items = this.sp.web.lists.getByTitle(LISTS.statusReports).items;
      try {
        await items.getById(report.id).update({ [S.state]: 'Published', [S.publishedAt]: publishedAt, [S.supersedes]: supersedes ?? null }, report.etag);
      } catch (e) {
        if (statusOf(e) !== 412) throw e;
        const current = await this.get(report.id);
        if (current.state !== 'Published') throw new ConflictError<IStatusReport>(current, { cause: e });
        // Published by an earlier try whose answer was lost: that try may have stopped before the Health.
        if (current.health.overall) await this.setProjectHealth(current.projectId, current.health.overall);
        return current;
      }
      if (report.health.overall) await this.setProjectHealth(report.projectId, report.health.overall);
      return this.get(report.id);
    });
  }

  public markMailed(report: IStatusReport, entry: IReportMailing): Promise<IStatusReport> {
    return guard(`Recording a mailing of status report ${report.id}`, async () => {
      let current = report;
      for (let attempt = 1; ; attempt++) {
        try {
          // Only the log is written: the frozen figures and texts stay as published.
          await this.items.getById(report.id).update({ [S.mailLog]: JSON.stringify(withMailing(current.mailLog ?? [], entry)) }, current.etag);
          return await this.get(report.id);
        } catch (e) {
          // The log only grows, so merging into the newer version loses nobody's entry.
          if (statusOf(e) !== 412 || attempt >= 2) throw e;
          current = await this.get(report.id);
        }
      }
    });
  }

  /** Sets the register's Health with the item's ETag; one retry when the project changed in between. */
  private async setProjectHealth(projectId: number, health: Health): Promise<void> {
    const item = this.sp.web.lists.getByTitle(LISTS.projects).items.getById(projectId);
    for (let attempt = 1; ; attempt++) {
      const raw = (await item.select(ITEM_FIELDS.id, P.health)()) as SpItem;
      if (raw[P.health] === health) return;
      try {
        await item.update({ [P.health]: health }, String(raw['odata.etag'] ?? ''));
        return;
      } catch (e) {
        if (statusOf(e) !== 412 || attempt >= 2) throw e;
      }
    }
  }
}
