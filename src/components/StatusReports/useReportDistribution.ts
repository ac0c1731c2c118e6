import * as React from 'react';
import DOMPurify from 'dompurify';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IStatusReport } from '../../model/statusReport';
import type { IProject } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { downloadBlob, safeFileName } from '../common/export/download';
import { reportDocument, reportHtml } from './reportDocument';

export interface IReportDistribution {
  busy: boolean;
  notice?: { ok: boolean; text: string };
  dismiss(): void;
  /** Mails the report as HTML to the project's sponsor and project manager. */
  mail(): void;
  /** Downloads the report as a Word document. */
  word(): void;
}

/** Mailing and exporting one published report, with what it shows as of its Snapshot. */
export function useReportDistribution(report: IStatusReport, project: IProject): IReportDistribution {
  const { outlook } = useServices();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const run = (what: string, work: () => Promise<string>, failed: string): void => {
    setBusy(true);
    setNotice(undefined);
    work().then(
      (text) => {
        setBusy(false);
        if (text) setNotice({ ok: true, text });
      },
      (e: unknown) => {
        logError(`StatusReports: ${what}`, e);
        setBusy(false);
        setNotice({ ok: false, text: format(failed, errorMessage(e)) });
      }
    );
  };
  const mail = (): void => {
    const to = [project.sponsor?.email, project.manager?.email].filter((m, i, all): m is string => !!m && all.indexOf(m) === i);
    if (!to.length) {
      setNotice({ ok: false, text: strings.ReportMailNoRecipients });
      return;
    }
    run(
      'mail',
      async () => {
        // Built from escaped text only; sanitized once more because it leaves PMO Hub.
        const html = DOMPurify.sanitize(reportHtml(reportDocument(report, project)));
        await outlook.sendMail({ subject: format(strings.ReportMailSubject, report.title), html, to });
        return format(strings.ReportMailed, to.join(', '));
      },
      strings.ReportMailFailed
    );
  };
  const word = (): void =>
    run(
      'word',
      async () => {
        const { buildReportDocx, DOCX_TYPE } = await import(/* webpackChunkName: 'pmo-report-docx' */ './reportDocx');
        const bytes = await buildReportDocx(reportDocument(report, project), strings.ReportHealthTitle);
        downloadBlob(new Blob([bytes], { type: DOCX_TYPE }), safeFileName(report.title, '.docx'));
        return '';
      },
      strings.ReportWordFailed
    );
  return { busy, notice, dismiss: () => setNotice(undefined), mail, word };
}
