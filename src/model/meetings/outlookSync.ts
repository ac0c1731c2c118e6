/**
 * A stored meeting follows its Outlook event: moved in Outlook, it takes the new start and end and
 * remembers where it was (so the list can say it moved); cancelled, it says so. Its agenda and minutes
 * are never touched. Pure: the caller writes the change (only when there is one, so a reload or a
 * retry writes nothing twice).
 */
import type { ICalendarEvent } from './types';

/** What PMO Meetings keeps of the Outlook side of a meeting. */
export interface IOutlookTimes {
  start: string;
  end: string;
  /** The start it had before Outlook moved it. */
  movedFrom?: string;
  /** Cancelled in Outlook (it stays cancelled: Outlook cannot reinstate a cancelled meeting). */
  cancelled?: boolean;
}

// SharePoint and Graph spell the same instant differently ("…T09:00:00Z", "…T09:00:00.0000000Z").
const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/** The new Outlook-side values of a stored meeting, or undefined when it already agrees with the event. */
export function outlookChange(stored: IOutlookTimes, event: Pick<ICalendarEvent, 'start' | 'end' | 'isCancelled'>): IOutlookTimes | undefined {
  const moved = !sameInstant(stored.start, event.start) || !sameInstant(stored.end, event.end);
  const cancelled = !!stored.cancelled || event.isCancelled;
  if (!moved && cancelled === !!stored.cancelled) return undefined;
  return moved ? { start: event.start, end: event.end, movedFrom: stored.start, cancelled } : { start: stored.start, end: stored.end, movedFrom: stored.movedFrom, cancelled };
}
