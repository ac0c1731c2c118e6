/** @jest-environment node */
import * as mammoth from 'mammoth';
import { reportDocument, reportHtml } from '../../../src/components/StatusReports/reportDocument';
import { buildReportDocx } from '../../../src/components/StatusReports/reportDocx';
import type { IStatusReport } from '../../../src/model/statusReport';
import { makeProject } from '../../fakes';

const report: IStatusReport = {
  id: 1, etag: '"1"', title: 'July <b>report</b>', projectId: 1, reportDate: '2026-07-02', period: '2026-07', state: 'Published',
  health: { overall: 'Red', schedule: 'Amber', cost: 'Red', scope: 'Green', risk: 'Green' }, overrideReason: '',
  summary: 'Line one <img src=x onerror=alert(1)>\nLine two', accomplishments: '', nextSteps: 'Go-live',
  publishedAt: '2026-07-02T10:00:00Z',
  snapshot: { version: 1, figures: { asOf: '2026-07-02', missing: ['costs'], percentComplete: 40, overdueTasks: 2 }, suggested: { cost: undefined }, reasons: { cost: [{ key: 'StatusReasonMissing', values: ['costs'] }] } }
};

describe('status report document', () => {
  it('mail HTML is built from escaped text: typed markup stays text', () => {
    const html = reportHtml(reportDocument(report, makeProject(1, { title: 'CRM' })));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<p>Line two</p>');
    // An unread figure is a dash, the missing part named, never 0.
    expect(html).toContain('PMO Costs could not be read');
  });

  it('the Word document reads back (mammoth) with the texts and frozen figures', async () => {
    const bytes = await buildReportDocx(reportDocument(report, makeProject(1, { title: 'CRM' })), 'Health');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('July <b>report</b>');
    expect(text).toContain('Line two');
    expect(text).toContain('40 %');
    expect(text).toContain('Go-live');
  });
});
