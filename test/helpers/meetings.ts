/**
 * Shared set-up for the meetings tests: a demo meeting on a project manager's own calendar, turned
 * into a PMO Meetings draft with minutes, and the texts publishing needs.
 */
import { attendanceFrom, emptyMinutes, matchMeeting, type ICalendarEvent, type IMinutes } from '../../src/model/meetings';
import type { IMeeting, IProject } from '../../src/model/types';
import type { IPmoServices, IPublishTexts } from '../../src/services/types';
import { addDays, toIsoDate } from '../../src/model/dates';

export const TEXTS: IPublishTexts = {
  when: 'Monday',
  subject: 'Minutes: vendor call',
  fileName: 'Minutes.docx',
  linkHtml: 'Minutes in PMO Hub',
  taskLink: 'Minutes: vendor call',
  approvePrevious: 'Approve the previous minutes',
  attendance: 'Attendance',
  agenda: 'Agenda',
  decisions: 'Decisions',
  actions: 'Actions',
  risks: 'New risks and issues',
  owner: 'Owner',
  due: 'Due',
  action: 'Action',
  revision: 'Revision',
  openMinutes: 'Open the minutes',
  status: { present: 'present', absent: 'absent', apologies: 'apologies' }
};

/** The past [PRJ-0042] meeting on its manager's own calendar, with the manager's services. */
export async function taggedMeeting(services: IPmoServices, project: IProject): Promise<ICalendarEvent> {
  const today = new Date();
  const events = await services.calendar.meetings([project.groupId!], addDays(toIsoDate(today), -40) + 'T00:00:00Z', toIsoDate(today) + 'T00:00:00Z');
  const own = events.filter((e) => e.calendar.kind === 'user' && e.isOrganizer && matchMeeting(e, [project]).some((m) => m.reason === 'subjectTag'));
  if (!own.length) throw new Error('The demo has no past [PRJ-0042] meeting on the manager’s calendar');
  return own[own.length - 1];
}

export function minutesWith(event: ICalendarEvent, owner: { id: number; email: string; title: string }, due: string): IMinutes {
  return {
    ...emptyMinutes(),
    attendance: attendanceFrom(event.organizer, event.attendees),
    notes: { 'custom-1': '<p>Vendor <strong>confirmed</strong> the dates.</p><script>alert(1)</script>' },
    actions: [
      { id: 'a1', title: 'Send the signed contract to procurement', ownerId: owner.id, ownerEmail: owner.email, ownerName: owner.title, dueDate: due },
      { id: 'a2', title: 'Book the cut-over rehearsal', ownerId: owner.id, ownerEmail: owner.email, ownerName: owner.title, dueDate: due }
    ],
    decisions: [{ id: 'd1', title: 'Vendor B is selected for the integration work', detail: 'Lower cost, same dates.' }],
    risks: [{ id: 'r1', kind: 'Risk', title: 'Vendor B staff may not be available in August', description: 'Holiday season.', probability: 3, impact: 4 }]
  };
}

/** A PMO Meetings draft for the event, linked to the project. */
export async function draftMeeting(services: IPmoServices, event: ICalendarEvent, project: IProject, minutes: IMinutes): Promise<IMeeting> {
  return services.meetings.create({
    title: event.subject,
    projectId: project.id,
    projectIds: [project.id],
    linkReason: 'subjectTag',
    eventId: event.id,
    iCalUId: event.iCalUId,
    seriesMasterId: event.seriesMasterId,
    start: event.start,
    end: event.end,
    organizer: event.organizer.email,
    attendees: [event.organizer, ...event.attendees],
    agenda: '',
    agendaItems: [{ id: 'custom-1', kind: 'custom', title: 'Vendor selection' }],
    minutes: '',
    minutesData: minutes,
    decisions: '',
    state: 'Draft',
    revision: 0,
    revisions: [],
    approval: { state: 'Not requested' }
  });
}
