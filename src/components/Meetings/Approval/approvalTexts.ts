/** Words for the approval: each refusal's message, and the approved text as attendees will get it. */
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import { approvalMailHtml, editingRevision, minutesOutline, outlineToHtml, type ApprovalProblem } from '../../../model/meetings';
import type { IMeeting, IProject } from '../../../model/types';
import type { IApprovalMail } from '../../../services/meetings/approval';
import { publishTexts } from '../meetingValues';

const problems: Record<ApprovalProblem, string> = {
  incomplete: strings.ApprovalIncomplete,
  awaitingApproval: strings.ApprovalPublishWaits,
  approvalRequired: strings.ApprovalPublishRequired,
  notRequested: strings.ApprovalProblemNotRequested,
  notApprover: strings.ApprovalProblemNotApprover,
  outdated: strings.ApprovalProblemOutdated,
  alreadyApproved: strings.ApprovalProblemAlreadyApproved,
  locked: strings.ApprovalProblemLocked,
  reasonMissing: strings.ApprovalProblemReasonMissing,
  approverMissing: strings.ApprovalProblemApproverMissing
};
export const approvalProblemText = (p: ApprovalProblem): string => problems[p];

/** The minutes as the outline's escaped HTML (what the mail and the document are built from), for the revision being approved. */
export function approvedHtml(m: IMeeting, projects: IProject[]): string {
  const texts = publishTexts(m);
  const labels = projects.filter((p) => m.projectIds.indexOf(p.id) >= 0).map((p) => `${p.code} ${p.title}`);
  const outline = minutesOutline({ ...m, revision: editingRevision(m) }, m.agendaItems, m.minutesData, labels, { approvePrevious: texts.approvePrevious });
  return outlineToHtml(outline, texts, texts.when);
}

/** Where the minutes open: the meeting in its (first) project's Meetings tab, else the meetings view. */
export function minutesLink(m: IMeeting): string {
  if (typeof window === 'undefined') return '';
  const page = `${window.location.origin}${window.location.pathname}`;
  return m.projectIds.length ? `${page}#/project/${m.projectIds[0]}/meetings/${m.id}` : `${page}#/meetings`;
}

/** The mail to the chair: who asks, the link to the minutes, then the minutes to read. */
export function approvalMail(m: IMeeting, projects: IProject[], requester: string): IApprovalMail {
  const when = publishTexts(m).when;
  const intro = format(strings.ApprovalMailIntro, requester, m.title, when, m.approval.revision ?? editingRevision(m));
  return { subject: format(strings.ApprovalMailSubject, m.title), html: approvalMailHtml(intro, strings.ApprovalMailOpen, minutesLink(m), approvedHtml(m, projects)) };
}
