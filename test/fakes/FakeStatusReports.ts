/** Status reports in memory: figures are given by the test, publishing follows the ETag like the real service. */
import type { IReportFigures, IStatusReport, StatusReportDraft } from '../../src/model/statusReport';
import type { IProject } from '../../src/model/types';
import type { IStatusReportService } from '../../src/services/statusReports/statusReportService';
import { FakeRecordRepository } from './FakeRecordRepository';

export class FakeStatusReportService extends FakeRecordRepository<IStatusReport, StatusReportDraft> implements IStatusReportService {
  public figures: IReportFigures = { asOf: '2026-07-02', missing: [] };

  constructor(items: IStatusReport[] = []) {
    super(items, (draft, id, etag) => ({ ...draft, id, etag }));
  }

  public get(id: number): Promise<IStatusReport> {
    return this.run('get', [id], () => this.items.filter((r) => r.id === id)[0]);
  }

  public draftFigures(project: IProject, today: string): Promise<IReportFigures> {
    return this.run('draftFigures', [project.id, today], () => ({ ...this.figures, asOf: today }));
  }

  public async publish(report: IStatusReport, publishedAt: string, supersedes?: number): Promise<IStatusReport> {
    if (report.state === 'Published') return report;
    const { id: _id, etag: _etag, modified: _m, ...draft } = report;
    return this.update(report.id, { ...draft, state: 'Published', publishedAt, supersedes }, report.etag);
  }
}
