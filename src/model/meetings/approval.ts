/**
 * Minutes approval (issue 10), the rules in one place (docs/rules.md "Minutes approval"):
 *
 *   draft ──send to the chair──▶ awaiting approval ──chair approves──▶ approved (locked) ──▶ published
 *         └─to the next meeting─▶ at next meeting ──approved there (its first agenda item)─┘
 *
 * - Minutes nobody asked to approve publish as before (a weekly team meeting needs no chair).
 * - Once approval is asked, publishing waits for it; attendees get the approved revision.
 * - The writer may still edit while approval is pending; an approval given on what was sent is then
 *   refused (the fingerprint of the minutes no longer matches), and the writer sends them again.
 * - Approved minutes are locked. A correction needs a reason and makes a new revision; the approved
 *   one stays in the history with who approved it and who corrected it, when and why.
 * - Minutes approved once need every correction approved again before it is published.
 * Pure: the caller supplies who and when.
 */
import type { IMeeting, IMinutesRevision, IPerson } from '../types';
import type { IAgendaItem, IMinutes } from './types';

/** The stored values of PMO Meetings ApprovalState (a public column: admins build views on it). */
export type ApprovalState = 'Not requested' | 'Awaiting approval' | 'At next meeting' | 'Approved';
export const APPROVAL_STATES: ApprovalState[] = ['Not requested', 'Awaiting approval', 'At next meeting', 'Approved'];

/** Who approves: a named chair, or the next meeting (as the first item of its agenda). */
export type ApprovalRoute = { kind: 'chair'; approver: IPerson } | { kind: 'nextMeeting' };

/** Everything about the approval of a meeting's minutes (PMO Meetings ApprovalData, plus ApprovalState and Approver). */
export interface IMinutesApproval {
  state: ApprovalState;
  /** The chair asked (route 'chair'). */
  approver?: IPerson;
  requestedBy?: string;
  requestedAt?: string;
  /** The revision that was sent, and the fingerprint of its agenda and minutes: an approval is for exactly that text. */
  revision?: number;
  fingerprint?: string;
  approvedBy?: string;
  approvedAt?: string;
  /** Approved as the first item of this (the next) meeting. */
  approvedInMeetingId?: number;
  /** When the chair was mailed about this request (once per request: a retry does not mail again). */
  mailedAt?: string;
}

export const noApproval = (): IMinutesApproval => ({ state: 'Not requested' });

/** Why an approval step is refused; each has its own message. */
export type ApprovalProblem = 'incomplete' | 'awaitingApproval' | 'approvalRequired' | 'notRequested' | 'notApprover' | 'outdated' | 'alreadyApproved' | 'locked' | 'reasonMissing' | 'approverMissing';

export class ApprovalRefused extends Error {
  constructor(public readonly problem: ApprovalProblem) {
    super(`Approval refused: ${problem}`);
    this.name = 'ApprovalRefused';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

type Approvable = Pick<IMeeting, 'state' | 'revision' | 'revisions' | 'agendaItems' | 'minutesData' | 'approval' | 'minutes' | 'publishedAt'>;

/** The revision being written: the published one while published, else the one the next publication makes. */
export function editingRevision(m: Pick<IMeeting, 'state' | 'revision'>): number {
  return m.state === 'Published' ? Math.max(1, m.revision) : m.revision + 1;
}

/** A short, stable fingerprint of the agenda and the minutes (FNV-1a over their JSON, keys in a fixed order). */
export function minutesFingerprint(m: { agendaItems: IAgendaItem[]; minutesData: IMinutes }): string {
  const d = m.minutesData;
  const text = JSON.stringify([m.agendaItems, d.attendance, Object.keys(d.notes).sort().map((k) => [k, d.notes[k]]), d.decisions, d.actions, d.risks]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(16)}`;
}

export const isLocked = (m: Pick<IMeeting, 'approval'>): boolean => m.approval.state === 'Approved';
export const isPending = (m: Pick<IMeeting, 'approval'>): boolean => m.approval.state === 'Awaiting approval' || m.approval.state === 'At next meeting';

/** Pending approval, but the minutes changed since they were sent: the approval would be for another text. */
export function isOutdated(m: Approvable): boolean {
  return isPending(m) && (m.approval.fingerprint !== minutesFingerprint(m) || m.approval.revision !== editingRevision(m));
}

/** Minutes approved once (an approved revision is in the history, or these are approved) need approval for every correction. */
export const approvalRequired = (m: Approvable): boolean => isLocked(m) || isPending(m) || m.revisions.some((r) => !!r.approvedAt);

/** What stops publishing because of approval (undefined: publishing may go ahead). */
export function publishBlocked(m: Approvable): 'awaitingApproval' | 'approvalRequired' | undefined {
  if (isPending(m)) return 'awaitingApproval';
  if (!isLocked(m) && approvalRequired(m)) return 'approvalRequired';
  return undefined;
}

/** Sends the minutes for approval (to the chair, or to the next meeting); sending again replaces the earlier request. */
export function requestApproval<T extends Approvable>(m: T, route: ApprovalRoute, by: string, at: string): T {
  if (isLocked(m)) throw new ApprovalRefused('locked');
  if (route.kind === 'chair' && !(route.approver && route.approver.email)) throw new ApprovalRefused('approverMissing');
  const approval: IMinutesApproval = {
    state: route.kind === 'chair' ? 'Awaiting approval' : 'At next meeting',
    approver: route.kind === 'chair' ? route.approver : undefined,
    requestedBy: by,
    requestedAt: at,
    revision: editingRevision(m),
    fingerprint: minutesFingerprint(m)
  };
  return { ...m, approval };
}

/** The same request for approval (route, chair, revision and text): sending it again is a retry, not a new request. */
export function sameRequest(a: IMinutesApproval, b: IMinutesApproval): boolean {
  const chair = (x: IMinutesApproval) => (x.approver ? x.approver.email.toLowerCase() : '');
  return a.state === b.state && a.revision === b.revision && a.fingerprint === b.fingerprint && chair(a) === chair(b);
}

/** Why `who` cannot approve these minutes now (undefined: they can). At a next meeting anyone holding it approves. */
export function approvalProblem(m: Approvable, who: { email: string }, atMeetingId?: number): ApprovalProblem | undefined {
  const a = m.approval;
  if (a.state === 'Approved') return 'alreadyApproved';
  if (a.state === 'Not requested') return 'notRequested';
  if (a.state === 'Awaiting approval' && (atMeetingId !== undefined || !a.approver || a.approver.email.toLowerCase() !== who.email.toLowerCase())) return 'notApprover';
  if (a.state === 'At next meeting' && atMeetingId === undefined) return 'notApprover';
  if (isOutdated(m)) return 'outdated';
  return undefined;
}

/**
 * Approves the minutes as they were sent. `html` is the approved text (the outline's escaped HTML):
 * kept in the public Minutes column, so it is what a correction archives and what attendees receive.
 */
export function approveMinutes<T extends Approvable>(m: T, who: { email: string; title: string }, at: string, html: string, atMeetingId?: number): T {
  const problem = approvalProblem(m, who, atMeetingId);
  if (problem) throw new ApprovalRefused(problem);
  return { ...m, minutes: html, approval: { ...m.approval, state: 'Approved', approvedBy: who.title || who.email, approvedAt: at, approvedInMeetingId: atMeetingId } };
}

/**
 * Opens approved minutes for a correction: the approved revision goes into the history with who
 * approved it and who corrects it, when and why; the minutes become the next revision, a draft
 * that needs approval again before it is published.
 */
export function beginCorrection<T extends Approvable>(m: T, reason: string, by: string, at: string): T {
  if (!isLocked(m)) throw new ApprovalRefused('notRequested');
  if (!reason.trim()) throw new ApprovalRefused('reasonMissing');
  const revision = editingRevision(m);
  const a = m.approval;
  const entry: IMinutesRevision = {
    revision,
    publishedAt: m.state === 'Published' ? m.publishedAt || '' : '',
    minutes: m.minutes,
    reason: reason.trim(),
    approvedBy: a.approvedBy,
    approvedAt: a.approvedAt,
    correctedBy: by,
    correctedAt: at
  };
  const revisions = m.revisions.filter((r) => r.revision !== revision).concat(entry);
  return { ...m, state: 'Draft', revision, revisions, approval: noApproval() };
}
