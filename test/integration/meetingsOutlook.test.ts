/**
 * Stored meetings follow Outlook, against the local tenant's calendar with the real clients: the
 * organizer moves the meeting (PATCH of the event) and the PMO Meetings item takes the new Start/End
 * with MovedFrom; the organizer cancels it and the item, read from an attendee's copy, is marked
 * Cancelled. The minutes are kept both times, and reading the list again writes nothing.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { draftMeeting, minutesWith, taggedMeeting } from '../helpers/meetings';
import { addDays, toIsoDate } from '../../src/model/dates';
import type { IMeeting, IProject } from '../../src/model/types';
import type { IPmoServices } from '../../src/services/types';
import { meetingRows } from '../../src/components/Meetings/meetingRows';
import { syncWithOutlook } from '../../src/services/meetings/outlookSync';

jest.setTimeout(120_000);

describe('meetings moved or cancelled in Outlook', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let projects: IProject[];
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    projects = await servicesFor(tenant).projects.list();
    project = projects.filter((p) => p.code === 'PRJ-0042')[0];
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  /** The list's reading of the window as `services`' person, then the sync the list runs. */
  async function readList(services: IPmoServices, stored: IMeeting) {
    const today = toIsoDate(new Date());
    const events = await services.calendar.meetings([project.groupId!], addDays(today, -40) + 'T00:00:00Z', addDays(today, 2) + 'T00:00:00Z');
    const row = meetingRows(events, [stored], projects).filter((r) => r.record?.id === stored.id)[0];
    expect(row && row.event).toBeTruthy();
    return { row, result: await syncWithOutlook(services.meetings, [{ record: row.record!, event: row.event! }]) };
  }

  it('takes the new time of a moved meeting and marks a cancelled one, keeping the minutes', async () => {
    const manager = servicesFor(tenant, project.manager!.email);
    const event = await taggedMeeting(manager, project);
    const me = await manager.people.current();
    const minutes = minutesWith(event, me, addDays(toIsoDate(new Date()), 14));
    const record = await draftMeeting(manager, event, project, minutes);

    const start = new Date(Date.parse(event.start) + 2 * 3600_000).toISOString();
    const end = new Date(Date.parse(event.end) + 2 * 3600_000).toISOString();
    const utc = (iso: string) => ({ dateTime: iso.slice(0, 19), timeZone: 'UTC' });
    await clientsFor(tenant, project.manager!.email).graph.api(`/me/events/${event.id}`).patch({ start: utc(start), end: utc(end) });

    const moved = await readList(manager, record);
    expect(moved.result.errors).toEqual([]);
    const afterMove = await manager.meetings.get(record.id);
    expect([Date.parse(afterMove.start), Date.parse(afterMove.end)]).toEqual([Date.parse(start), Date.parse(end)]);
    expect(Date.parse(afterMove.movedFrom!)).toBe(Date.parse(event.start));
    expect(afterMove.cancelled).toBe(false);
    expect(afterMove.minutesData).toEqual(record.minutesData);
    expect(afterMove.state).toBe('Draft');

    // Reading the list again: nothing to change, nothing written.
    const mark = await logMark(tenant);
    const again = await readList(manager, afterMove);
    expect(again.result.updated.size).toBe(0);
    expect((await logSince(tenant, mark)).filter((r) => r.path.startsWith('/sites/') && r.method !== 'GET')).toEqual([]);

    // The organizer cancels it: their copy is gone, the attendees' copies say cancelled.
    await clientsFor(tenant, project.manager!.email).graph.api(`/me/events/${event.id}`).delete();
    const attendee = event.attendees.filter((a) => a.email !== project.manager!.email)[0];
    const seen = await readList(servicesFor(tenant, attendee.email), afterMove);
    expect(seen.row.event!.isCancelled).toBe(true);
    expect(seen.row.event!.id).not.toBe(event.id);
    const afterCancel = await manager.meetings.get(record.id);
    expect(afterCancel.cancelled).toBe(true);
    expect(Date.parse(afterCancel.start)).toBe(Date.parse(start));
    expect(afterCancel.minutesData).toEqual(record.minutesData);
    expect(afterCancel.agendaItems).toEqual(record.agendaItems);
  });
});
