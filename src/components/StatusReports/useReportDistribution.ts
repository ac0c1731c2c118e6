import * as React from 'react';
import DOMPurify from 'dompurify';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { addressError, chosenMails, mergeRecipients, type IRecipient } from '../../model/recipients';
import type { IStatusReport } from '../../model/statusReport';
import { earlierMailing, type IReportMailing } from '../../model/reportMail';
import { formatDateTime } from '../../model/locale';
import type { IProject } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { downloadBlob, safeFileName } from '../common/export/download';
import { reportDocument, reportHtml } from './reportDocument';

/** The distribution list being edited before a report is mailed. */
export interface IMailDraft {
  recipients: IRecipient[];
  /** The project group's members are being read. */
  loadingMembers: boolean;
  /** Why the members could not be read (localized); the list still has the sponsor and the manager. */
  membersError?: string;
}

export interface IReportDistribution {
  busy: boolean;
  notice?: { ok: boolean; text: string };
  dismiss(): void;
  /** The list shown before sending; undefined while the mail dialog is closed. */
  draft?: IMailDraft;
  /** Opens the list: sponsor, project manager, then the members of the project's Microsoft 365 group. */
  openMail(): void;
  closeMail(): void;
  toggle(mail: string): void;
  /** Adds an address; returns the localized reason when it cannot be added. */
  add(text: string): string | undefined;
  /** Mails the report as HTML to the chosen recipients; asks first when it was mailed (or maybe mailed) before. */
  send(): void;
  /** The question before mailing again (localized), while it is asked. */
  again?: string;
  confirmAgain(): void;
  cancelAgain(): void;
  /** Downloads the report as a Word document. */
  word(): void;
}

const againText = (m: IReportMailing): string =>
  format(m.state === 'sent' ? strings.ReportMailAskSent : strings.ReportMailAskUnconfirmed, formatDateTime(m.at), m.to.join(', '));

/** Mailing and exporting one published report, with what it shows as of its Snapshot. */
export function useReportDistribution(report: IStatusReport, project: IProject, onChanged: (r: IStatusReport) => void): IReportDistribution {
  const { outlook, directory, statusReports } = useServices();
  const [again, setAgain] = React.useState<{ text: string; to: string[] }>();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [draft, setDraft] = React.useState<IMailDraft | undefined>(undefined);
  const opened = React.useRef(0);
  const run = (what: string, work: () => Promise<string | { ok: boolean; text: string }>, failed: string): void => {
    setBusy(true);
    setNotice(undefined);
    work().then(
      (done) => {
        setBusy(false);
        if (done) setNotice(typeof done === 'string' ? { ok: true, text: done } : done);
      },
      (e: unknown) => {
        logError(`StatusReports: ${what}`, e);
        setBusy(false);
        setNotice({ ok: false, text: format(failed, errorMessage(e)) });
      }
    );
  };
  const openMail = (): void => {
    const first = mergeRecipients(
      mergeRecipients([], [{ mail: project.sponsor?.email, name: project.sponsor?.title }], 'sponsor'),
      [{ mail: project.manager?.email, name: project.manager?.title }],
      'manager'
    );
    const round = ++opened.current;
    setNotice(undefined);
    setDraft({ recipients: first, loadingMembers: !!project.groupId });
    if (!project.groupId) return;
    directory.members(project.groupId).then(
      (members) => {
        if (round !== opened.current) return;
        const people = members.map((m) => ({ mail: m.mail, name: m.displayName }));
        setDraft((d) => d && { ...d, loadingMembers: false, recipients: mergeRecipients(d.recipients, people, 'member') });
      },
      (e: unknown) => {
        logError('StatusReports: group members', e);
        if (round === opened.current) setDraft((d) => d && { ...d, loadingMembers: false, membersError: format(strings.ReportMailMembersFailed, errorMessage(e)) });
      }
    );
  };
  const closeMail = (): void => {
    opened.current++;
    setDraft(undefined);
  };
  const toggle = (mail: string): void =>
    setDraft((d) => d && { ...d, recipients: d.recipients.map((r) => (r.mail === mail ? { ...r, chosen: !r.chosen } : r)) });
  const add = (text: string): string | undefined => {
    if (!draft) return undefined;
    const why = addressError(draft.recipients, text);
    if (why) return strings[why];
    setDraft((d) => d && { ...d, recipients: mergeRecipients(d.recipients, [{ mail: text.trim() }], 'added') });
    return undefined;
  };
  /**
   * Graph's sendMail has no idempotency key: the mailing is recorded before the mail goes and confirmed
   * after, so a second send, or a retry after the mail went but its record failed, asks first.
   */
  const deliver = (to: string[], confirmed: boolean): void =>
    run(
      'mail',
      async () => {
        const current = await statusReports.get(report.id);
        const earlier = earlierMailing(current.mailLog ?? []);
        if (earlier && !confirmed) {
          setAgain({ text: againText(earlier), to });
          return '';
        }
        const entry: IReportMailing = { at: new Date().toISOString(), to, state: 'sending' };
        const marked = await statusReports.markMailed(current, entry);
        onChanged(marked);
        // Built from escaped text only; sanitized once more because it leaves PMO Hub.
        const html = DOMPurify.sanitize(reportHtml(reportDocument(report, project)));
        await outlook.sendMail({ subject: format(strings.ReportMailSubject, report.title), html, to });
        try {
          onChanged(await statusReports.markMailed(marked, { ...entry, state: 'sent' }));
        } catch (e) {
          // The mail went; its record says "sending", so the next send asks before mailing again.
          logError('StatusReports: mail record', e);
          return { ok: false, text: format(strings.ReportMailedNotRecorded, to.join(', '), errorMessage(e)) };
        }
        return format(strings.ReportMailed, to.join(', '));
      },
      strings.ReportMailFailed
    );
  const send = (): void => {
    const to = draft ? chosenMails(draft.recipients) : [];
    if (!to.length) {
      setNotice({ ok: false, text: draft?.recipients.length ? strings.ReportMailNoneChosen : strings.ReportMailNoRecipients });
      return;
    }
    closeMail();
    deliver(to, false);
  };
  const confirmAgain = (): void => {
    const asked = again;
    setAgain(undefined);
    if (asked) deliver(asked.to, true);
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
  return {
    busy, notice, dismiss: () => setNotice(undefined), draft, openMail, closeMail, toggle, add, send, word,
    again: again?.text, confirmAgain, cancelAgain: () => setAgain(undefined)
  };
}
