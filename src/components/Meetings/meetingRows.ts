/**
 * The meetings list from what Outlook and PMO Meetings hold: copies of one meeting (group calendar,
 * organizer, attendee) are one row, matched to projects by the model; a PMO Meetings item is found by
 * event id or iCalUId and never duplicated; an item whose event is gone still shows (with its minutes).
 */
import { knownLinks, matchMeeting, meetingStatus, type ICalendarEvent, type IKnownLinks, type IProjectMatch } from '../../model/meetings';
import type { IMeeting, IProject } from '../../model/types';
import type { IMeetingRow } from './types';

function pickCopy(copies: ICalendarEvent[]): ICalendarEvent {
  return copies.filter((c) => c.calendar.kind === 'user' && c.isOrganizer)[0] || copies.filter((c) => c.calendar.kind === 'group')[0] || copies[0];
}

/** The projects a stored meeting is linked to: a person's choice (even none) stands; else its stored links. */
function storedMatches(r: IMeeting): IProjectMatch[] | undefined {
  if (r.linkReason !== 'manual' && !r.projectIds.length) return undefined;
  return r.projectIds.map((projectId) => ({ projectId, reason: r.linkReason || 'manual' }));
}

/**
 * `records` are the stored meetings of the window; `links` the meetings linked by hand anywhere in
 * time (a series remembers a person's choice even when that occurrence is outside the window). Rows
 * linked to no project are kept (`matches` empty) so a person can link them; the view hides them
 * unless asked.
 */
export function meetingRows(events: ICalendarEvent[], records: IMeeting[], projects: IProject[], links: IMeeting[] = []): IMeetingRow[] {
  const known: IKnownLinks = knownLinks(records.concat(links.filter((l) => !records.some((r) => r.id === l.id))));
  const groups = new Map<string, ICalendarEvent[]>();
  for (const e of events) {
    const k = e.iCalUId || e.id;
    groups.set(k, (groups.get(k) || []).concat(e));
  }
  const used = new Set<number>();
  const rows: IMeetingRow[] = [];
  groups.forEach((copies, key) => {
    const record = records.filter((r) => !used.has(r.id) && copies.some((c) => c.id === r.eventId || (!!r.iCalUId && c.iCalUId === r.iCalUId)))[0];
    let matches = record && storedMatches(record);
    if (!matches) {
      matches = [];
      for (const c of copies) for (const m of matchMeeting(c, projects, known)) if (!matches.some((x) => x.projectId === m.projectId)) matches.push(m);
    }
    if (record) used.add(record.id);
    const event = pickCopy(copies);
    rows.push({ key, title: event.subject, start: event.start, end: event.end, event, record, matches, status: meetingStatus(record) });
  });
  for (const r of records) {
    if (used.has(r.id)) continue;
    rows.push({ key: `item-${r.id}`, title: r.title, start: r.start, end: r.end, record: r, matches: storedMatches(r) || [], status: meetingStatus(r) });
  }
  return rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
