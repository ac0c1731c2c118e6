/** Status reports in memory: figures are given by the test, publishing follows the ETag like the real service. */
import { reportToFormValues, validateReport } from '../../src/model/statusReport';
import { withMailing, type IReportMailing } from '../../src/model/reportMail';
import { hasErrors } from '../../src/model/validate';
import { ValidationError } from '../../src/services/errors';
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

  public markMailed(report: IStatusReport, entry: IReportMailing): Promise<IStatusReport> {
    return this.run('markMailed', [report.id, entry], () => {
      const current = this.find(report.id);
      // As the service: a stale ETag reads the report again and adds the entry to its log.
      const mailLog = withMailing(current.mailLog ?? [], entry);
      const updated = { ...current, mailLog, etag: `"${(parseInt(current.etag.replace(/\D/g, ''), 10) || 0) + 1}"` };
      this.items[this.items.indexOf(current)] = updated;
      return updated;
    });
  }

  public async publish(report: IStatusReport, publishedAt: string, supersedes?: number): Promise<IStatusReport> {
    if (report.state === 'Published') return report;
    const errors = validateReport(reportToFormValues(report));
    if (hasErrors(errors)) throw new ValidationError(errors, `Refused to publish status report ${report.id}`);
    const { id: _id, etag: _etag, modified: _m, ...draft } = report;
    return this.update(report.id, { ...draft, state: 'Published', publishedAt, supersedes }, report.etag);
  }
}
