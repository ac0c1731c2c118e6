/**
 * Meetings from Outlook: calendarView of every project group's calendar through JSON $batch (20 a
 * batch, batches in parallel, paging followed) alongside the signed-in person's own /me/calendarView,
 * both with `Prefer: outlook.timezone` of the person (https://learn.microsoft.com/graph/api/user-list-calendarview),
 * so one round trip brings a month of meetings for 40 projects.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import type { ICalendarEvent } from '../../model/meetings/types';
import { zonedToUtc } from '../../model/meetings/zone';
import type { IGraphLike } from '../clients';
import { toAppError, type AppError } from '../errors';
import { guard } from '../guard';
import type { ICalendarService } from '../types';
import { batchGetAll, type IBatchGetOptions } from './jsonBatch';
import { queryString, seg } from './paging';

const SELECT = 'id,iCalUId,seriesMasterId,type,subject,start,end,categories,organizer,attendees,isOrganizer,isCancelled,onlineMeeting,webLink';
/** Outlook pages calendarView at most 1,000 rows; a month of a project's meetings fits one page. */
const TOP = 250;

/** The person's zone for Prefer: outlook.timezone (IANA names are accepted next to Windows ones). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function eventFromGraph(e: Event, calendar: ICalendarEvent['calendar']): ICalendarEvent {
  const person = (a: { emailAddress?: { name?: string | null; address?: string | null } | null } | null | undefined) => ({
    name: (a && a.emailAddress && a.emailAddress.name) || '',
    email: (a && a.emailAddress && a.emailAddress.address) || ''
  });
  const when = (d: Event['start']) => (d && d.dateTime ? zonedToUtc(d.dateTime, d.timeZone || undefined) : '');
  return {
    id: e.id || '',
    iCalUId: e.iCalUId || '',
    seriesMasterId: e.seriesMasterId || undefined,
    subject: e.subject || '',
    start: when(e.start),
    end: when(e.end),
    categories: e.categories || [],
    calendar,
    organizer: person(e.organizer),
    attendees: (e.attendees || []).map(person).filter((a) => a.email),
    isOrganizer: !!e.isOrganizer,
    isCancelled: !!e.isCancelled,
    joinUrl: (e.onlineMeeting && e.onlineMeeting.joinUrl) || undefined,
    webLink: e.webLink || undefined
  };
}

export class CalendarService implements ICalendarService {
  constructor(
    private readonly graph: IGraphLike,
    private readonly batchOptions: IBatchGetOptions = {},
    private readonly timeZone: () => string = browserTimeZone
  ) {}

  public meetings(groupIds: string[], fromIso: string, toIso: string, onUnread?: (error: AppError) => void): Promise<ICalendarEvent[]> {
    // With onUnread, the group calendars and the person's own are read independently (another scope
    // each: docs/permissions.md): a refused side is reported and the other still shown.
    const side = <T,>(read: Promise<T>, none: T): Promise<T> =>
      onUnread
        ? read.catch((e: unknown) => {
            onUnread(toAppError(e, 'Reading meetings from Outlook'));
            return none;
          })
        : read;
    return guard('Reading meetings from Outlook', async () => {
      const zone = this.timeZone();
      const headers = { Prefer: `outlook.timezone="${zone}"` };
      const q = queryString({ startDateTime: fromIso, endDateTime: toIso, $select: SELECT, $top: TOP });
      const unique = groupIds.filter((g, i) => g && groupIds.indexOf(g) === i);
      const [groups, mine] = await Promise.all([
        unique.length
          ? side(batchGetAll<Event>(this.graph, unique.map((g) => ({ key: g, url: `/groups/${seg(g)}/calendarView${q}`, headers })), this.batchOptions), {} as Record<string, Event[]>)
          : Promise.resolve({} as Record<string, Event[]>),
        side(this.mine(`/me/calendarView${q}`, zone), [] as Event[])
      ]);
      const out: ICalendarEvent[] = [];
      for (const g of unique) for (const e of groups[g] || []) out.push(eventFromGraph(e, { kind: 'group', groupId: g }));
      for (const e of mine) out.push(eventFromGraph(e, { kind: 'user' }));
      return out;
    });
  }

  private async mine(path: string, zone: string): Promise<Event[]> {
    const rows: Event[] = [];
    let next: string | undefined = path;
    while (next) {
      const page: { value?: Event[]; '@odata.nextLink'?: string } = await this.graph.api(next).header('Prefer', `outlook.timezone="${zone}"`).get();
      rows.push(...(page.value || []));
      next = page['@odata.nextLink'];
    }
    return rows;
  }
}
