/**
 * Minutes approval on the site (issue 10): the model's rules (src/model/meetings/approval.ts) applied
 * to the PMO Meetings item and saved with the ETag the person read. An approval is refused when the
 * minutes changed since they were sent (fingerprint) or since the approver read them (HTTP 412): in
 * both cases it would approve a text the approver has not seen.
 */
import { ApprovalRefused, approveMinutes, beginCorrection, requestApproval, sameRequest, type ApprovalRoute } from '../../model/meetings/approval';
import type { IMeeting, MeetingDraft } from '../../model/types';
import { ConflictError } from '../errors';
import type { IMeetingRepository, IOutlookService } from '../types';

/** The meeting as a draft to save (server-owned fields left out). */
export const draftOf = (m: IMeeting): MeetingDraft => {
  const { id: _id, etag: _etag, modified: _modified, ...rest } = m;
  return rest;
};

/**
 * Sends the saved minutes for approval (to the chair, or to the next meeting). The same request
 * already stored (a repeated click, an answer lost) is not written again: its mail stays sent once.
 */
export async function sendForApproval(meetings: IMeetingRepository, m: IMeeting, route: ApprovalRoute, by: string, at: string): Promise<IMeeting> {
  const asked = requestApproval(m, route, by, at);
  if (sameRequest(m.approval, asked.approval)) return m;
  try {
    return await meetings.update(m.id, draftOf(asked), m.etag);
  } catch (e) {
    const now = e instanceof ConflictError ? (e.current as IMeeting | undefined) : undefined;
    if (now && sameRequest(now.approval, asked.approval)) return now;
    throw e;
  }
}

/** The mail asking the chair to approve, built by the caller from src/loc (escaped HTML with the link to the minutes). */
export interface IApprovalMail {
  subject: string;
  html: string;
}

/**
 * Mails the chair the minutes sent to them, once per request: the time it went is stored on the
 * request (mailedAt), and a request already mailed is not mailed again. Mail.Send, as publishing
 * (docs/permissions.md). Returns the meeting as stored; a failed mail throws and leaves the request
 * unmailed, so sending again mails it.
 */
export async function mailChair(meetings: IMeetingRepository, outlook: Pick<IOutlookService, 'sendMail'>, m: IMeeting, mail: IApprovalMail, at: string): Promise<IMeeting> {
  const a = m.approval;
  if (a.state !== 'Awaiting approval' || !a.approver || a.mailedAt) return m;
  await outlook.sendMail({ subject: mail.subject, html: mail.html, to: [a.approver.email] });
  const mailed = (x: IMeeting) => meetings.update(x.id, draftOf({ ...x, approval: { ...x.approval, mailedAt: at } }), x.etag);
  try {
    return await mailed(m);
  } catch (e) {
    // Saved meanwhile (the writer's autosave): the same request still stored takes the time it was mailed.
    const now = e instanceof ConflictError ? (e.current as IMeeting | undefined) : undefined;
    if (!now || !sameRequest(now.approval, a)) throw e;
    return now.approval.mailedAt ? now : mailed(now);
  }
}

/**
 * Approves the minutes as `m` holds them (what the approver read, with its ETag). `html` is the
 * approved text as attendees will get it. Throws ApprovalRefused('outdated') when they changed since.
 */
export async function approveOnSite(meetings: IMeetingRepository, m: IMeeting, who: { email: string; title: string }, at: string, html: string, atMeetingId?: number): Promise<IMeeting> {
  const approved = approveMinutes(m, who, at, html, atMeetingId);
  try {
    return await meetings.update(m.id, draftOf(approved), m.etag);
  } catch (e) {
    if (e instanceof ConflictError) {
      // This very approval already stored (an answer lost, the click repeated): nothing to do twice.
      const now = e.current as IMeeting | undefined;
      const a = now && now.approval;
      if (a && a.state === 'Approved' && a.fingerprint === m.approval.fingerprint && a.approvedBy === approved.approval.approvedBy) return now!;
      // Someone saved the minutes after the approver read them: what was read is no longer what is stored.
      throw Object.assign(new ApprovalRefused('outdated'), { cause: e });
    }
    throw e;
  }
}

/** Opens approved minutes for a correction (a reason is required): a new revision, the approved one kept. */
export function correctOnSite(meetings: IMeetingRepository, m: IMeeting, reason: string, by: string, at: string): Promise<IMeeting> {
  return meetings.update(m.id, draftOf(beginCorrection(m, reason, by, at)), m.etag);
}
