/** The metrics' reads in memory: the test gives the register, the reports and the meetings. */
import type { IMetricsData } from '../../src/model/metrics';
import type { IMetricsReader } from '../../src/services/metrics/metricsReader';
import { FakeBase } from './FakeBase';

export class FakeMetricsReader extends FakeBase implements IMetricsReader {
  constructor(public data: IMetricsData = { projects: [], reports: [], meetings: [] }) {
    super();
  }

  public read(fromDay: string): Promise<IMetricsData> {
    return this.run('read', [fromDay], () => ({
      projects: this.data.projects,
      reports: this.data.reports.filter((r) => r.reportDate >= fromDay),
      meetings: this.data.meetings.filter((m) => m.start.slice(0, 10) >= fromDay)
    }));
  }
}
