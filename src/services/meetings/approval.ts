/**
 * Minutes approval on the site (issue 10): the model's rules (src/model/meetings/approval.ts) applied
 * to the PMO Meetings item and saved with the ETag the person read. An approval is refused when the
 * minutes changed since they were sent (fingerprint) or since the approver read them (HTTP 412): in
 * both cases it would approve a text the approver has not seen.
 */
import { ApprovalRefused, approveMinutes, beginCorrection, requestApproval, type ApprovalRoute } from '../../model/meetings/approval';
import type { IMeeting, MeetingDraft } from '../../model/types';
import { ConflictError } from '../errors';
import type { IMeetingRepository } from '../types';

/** The meeting as a draft to save (server-owned fields left out). */
export const draftOf = (m: IMeeting): MeetingDraft => {
  const { id: _id, etag: _etag, modified: _modified, ...rest } = m;
  return rest;
};

/** Sends the saved minutes for approval (to the chair, or to the next meeting). */
export function sendForApproval(meetings: IMeetingRepository, m: IMeeting, route: ApprovalRoute, by: string, at: string): Promise<IMeeting> {
  return meetings.update(m.id, draftOf(requestApproval(m, route, by, at)), m.etag);
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
