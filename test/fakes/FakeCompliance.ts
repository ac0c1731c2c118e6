/** The compliance board's reads in memory: the test sets what they return. */
import type { IComplianceData } from '../../src/model/compliance';
import type { IComplianceReader } from '../../src/services/types';
import { FakeBase } from './FakeBase';

export class FakeComplianceReader extends FakeBase implements IComplianceReader {
  public data: IComplianceData = { reports: [], actions: [], risks: [], meetings: [] };

  public read(today: string): Promise<IComplianceData> {
    return this.run('read', [today], () => this.data);
  }
}
