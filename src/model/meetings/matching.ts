/**
 * Meeting-to-project matching (design.md §4): a meeting belongs to a project when it is on the
 * project group's calendar, carries the project's tag (`[PRJ-0042]` in the subject, or the code or
 * MeetingTag as an Outlook category), or is an occurrence of a series already linked. A steering
 * committee can carry several tags and so belong to several projects. Manual links win.
 */
import type { ICalendarEvent, IMatchableProject, IProjectMatch, MatchReason } from './types';

/** Links a person made or a series remembers: by event id, or by series master id. */
export interface IKnownLinks {
  /** Event id (or iCalUId) → project ids set by hand; an empty array means "unlinked by hand". */
  manual?: Record<string, number[]>;
  /** Series master id → project ids of occurrences already linked. */
  series?: Record<string, number[]>;
  /**
   * Series master id → project ids a person chose by hand on one occurrence (empty: unlinked by
   * hand). The series remembers it: its other occurrences follow, over the rules.
   */
  seriesManual?: Record<string, number[]>;
}

/** What matching needs of a stored meeting (a PMO Meetings item). */
export interface ILinkedMeeting {
  seriesMasterId?: string;
  projectIds: number[];
  linkReason?: MatchReason;
  modified?: string;
}

/**
 * The links stored meetings teach: series already linked (any reason) and series linked by hand, the
 * person's latest choice winning (by Modified).
 */
export function knownLinks(records: ILinkedMeeting[]): IKnownLinks {
  const series: Record<string, number[]> = {};
  const seriesManual: Record<string, number[]> = {};
  const at: Record<string, string> = {};
  for (const r of records) {
    if (!r.seriesMasterId) continue;
    if (r.projectIds.length) series[r.seriesMasterId] = r.projectIds;
    if (r.linkReason !== 'manual') continue;
    const when = r.modified || '';
    if (at[r.seriesMasterId] !== undefined && at[r.seriesMasterId] > when) continue;
    at[r.seriesMasterId] = when;
    seriesManual[r.seriesMasterId] = r.projectIds;
  }
  return { series, seriesManual };
}

const norm = (s: string) => s.trim().toLowerCase();

/** Tags in square brackets in a subject: "[PRJ-0042] [prj-0007] Steering" → prj-0042, prj-0007. */
export function subjectTags(subject: string): string[] {
  const out: string[] = [];
  const re = /\[([^\]]{1,50})\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(subject))) out.push(norm(m[1]));
  return out;
}

const tagsOf = (p: IMatchableProject) => [p.code, p.meetingTag].filter((t): t is string => !!t && !!t.trim()).map(norm);

/** The projects a meeting belongs to, each with the first reason that links it (order of MatchReason). */
export function matchMeeting(event: ICalendarEvent, projects: IMatchableProject[], known: IKnownLinks = {}): IProjectMatch[] {
  const manual = known.manual?.[event.id] ?? known.manual?.[event.iCalUId];
  if (manual) return manual.map((projectId) => ({ projectId, reason: 'manual' as MatchReason }));
  const bySeries = event.seriesMasterId ? known.seriesManual?.[event.seriesMasterId] : undefined;
  if (bySeries) return bySeries.map((projectId) => ({ projectId, reason: 'series' as MatchReason }));
  const out: IProjectMatch[] = [];
  const add = (projectId: number, reason: MatchReason) => {
    if (!out.some((m) => m.projectId === projectId)) out.push({ projectId, reason });
  };
  const inSubject = subjectTags(event.subject);
  const categories = event.categories.map(norm);
  for (const p of projects) {
    if (event.calendar.kind === 'group' && p.groupId && norm(event.calendar.groupId) === norm(p.groupId)) add(p.id, 'groupCalendar');
  }
  for (const p of projects) {
    const tags = tagsOf(p);
    if (tags.some((t) => inSubject.indexOf(t) >= 0)) add(p.id, 'subjectTag');
    else if (tags.some((t) => categories.indexOf(t) >= 0)) add(p.id, 'category');
  }
  const series = event.seriesMasterId ? known.series?.[event.seriesMasterId] : undefined;
  for (const id of series ?? []) add(id, 'series');
  return out;
}

/**
 * Meetings seen from several calendars (the group's and the organizer's own, or an attendee's copy)
 * are one meeting: the same iCalUId. Keeps the organizer's copy when there is one, else the first.
 */
export function dedupeEvents(events: ICalendarEvent[]): ICalendarEvent[] {
  const byUid = new Map<string, ICalendarEvent>();
  for (const e of events) {
    const key = e.iCalUId || e.id;
    const seen = byUid.get(key);
    if (!seen || (!seen.isOrganizer && e.isOrganizer)) byUid.set(key, e);
  }
  return Array.from(byUid.values()).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
