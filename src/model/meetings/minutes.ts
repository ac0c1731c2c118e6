/**
 * Minutes rules: what publishing needs (every action with an owner and a due date not in the past,
 * decisions and risks with a title), the state a meeting shows, and which publish steps remain.
 */
import { toIsoDate } from '../dates';
import type { IMeeting } from '../types';
import type { IMinutesApproval } from './approval';
import { PUBLISH_STEPS, type IAttendee, type IAttendance, type IMinutes, type IPublishLog, type MeetingStatus, type PublishStep } from './types';

export type MinutesProblem = 'actionTitleMissing' | 'actionOwnerMissing' | 'actionDueMissing' | 'actionDuePast' | 'decisionTitleMissing' | 'riskTitleMissing' | 'riskScoreInvalid';

/** One problem found before publishing, pointing at the row (`id`) it is about. */
export interface IMinutesIssue {
  section: 'actions' | 'decisions' | 'risks';
  id: string;
  problem: MinutesProblem;
}

const blank = (s: string | undefined) => !s || !s.trim();
const score = (n: number | undefined) => n === undefined || (Math.floor(n) === n && n >= 1 && n <= 5);

/** Everything that stops the minutes from being published; empty when they can be. */
export function validateMinutes(m: IMinutes, today: Date | string): IMinutesIssue[] {
  const out: IMinutesIssue[] = [];
  const day = toIsoDate(today);
  for (const a of m.actions) {
    if (blank(a.title)) out.push({ section: 'actions', id: a.id, problem: 'actionTitleMissing' });
    if (!a.ownerEmail) out.push({ section: 'actions', id: a.id, problem: 'actionOwnerMissing' });
    if (!a.dueDate) out.push({ section: 'actions', id: a.id, problem: 'actionDueMissing' });
    else if (a.dueDate.slice(0, 10) < day) out.push({ section: 'actions', id: a.id, problem: 'actionDuePast' });
  }
  for (const d of m.decisions) if (blank(d.title)) out.push({ section: 'decisions', id: d.id, problem: 'decisionTitleMissing' });
  for (const r of m.risks) {
    if (blank(r.title)) out.push({ section: 'risks', id: r.id, problem: 'riskTitleMissing' });
    if (!score(r.probability) || !score(r.impact)) out.push({ section: 'risks', id: r.id, problem: 'riskScoreInvalid' });
  }
  return out;
}

/** Attendance from the event's attendees (organizer first), keeping what was already taken. */
export function attendanceFrom(organizer: IAttendee, attendees: IAttendee[], taken: IAttendance[] = []): IAttendance[] {
  const people = [organizer, ...attendees].filter((p, i, all) => p.email && all.findIndex((q) => q.email.toLowerCase() === p.email.toLowerCase()) === i);
  return people.map((p) => {
    const had = taken.filter((t) => t.email.toLowerCase() === p.email.toLowerCase())[0];
    return { name: p.name || p.email, email: p.email, status: had ? had.status : 'present' };
  });
}

/** Steps not yet done (failed or never run), in order. A skipped step (e.g. no plan) counts as done. */
export function remainingSteps(log: IPublishLog | undefined): PublishStep[] {
  return PUBLISH_STEPS.filter((s) => {
    const st = log?.steps[s]?.state;
    return st !== 'done' && st !== 'skipped';
  });
}

export function hasFailedStep(log: IPublishLog | undefined): boolean {
  return !!log && PUBLISH_STEPS.some((s) => log.steps[s]?.state === 'failed');
}

/** What the meetings list shows for a meeting record (or a calendar event with no record yet). */
export function meetingStatus(m: Pick<IMeeting, 'state' | 'agenda'> & { publishLog?: IPublishLog; approval?: IMinutesApproval } | undefined): MeetingStatus {
  if (!m) return 'scheduled';
  if (hasFailedStep(m.publishLog)) return 'failed';
  if (m.state === 'Published') return 'published';
  const a = m.approval?.state;
  if (a === 'Approved') return 'approved';
  if (a === 'Awaiting approval' || a === 'At next meeting') return 'awaitingApproval';
  if (m.state === 'Draft') return 'draft';
  return m.agenda && m.agenda.trim() ? 'agendaReady' : 'scheduled';
}

/** A new local id for a minutes row (stable across saves; the publish log is keyed by it). */
export function newRowId(prefix: string, existing: { id: string }[]): string {
  let n = existing.length + 1;
  while (existing.some((e) => e.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * Editing published minutes starts a new revision: the published text is kept in `revisions` (so it
 * stays readable) and the meeting goes back to Draft until published again. Unchanged otherwise.
 */
export function beginRevision<T extends Pick<IMeeting, 'state' | 'revision' | 'revisions' | 'minutes' | 'publishedAt'>>(m: T): T {
  if (m.state !== 'Published') return m;
  const kept = m.revisions.some((r) => r.revision === m.revision) ? m.revisions : m.revisions.concat({ revision: m.revision, publishedAt: m.publishedAt || '', minutes: m.minutes, reason: '' });
  return { ...m, state: 'Draft', revisions: kept };
}
