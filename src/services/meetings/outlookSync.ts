/**
 * Brings stored meetings in line with Outlook when the list is read: a meeting moved in Outlook takes
 * its new Start/End (MovedFrom keeps the old start), a cancelled one is marked Cancelled; agenda and
 * minutes stay as they are. Writes only what differs, so reading the list again writes nothing.
 */
import { outlookChange, type ICalendarEvent } from '../../model/meetings';
import type { IMeeting } from '../../model/types';
import type { IMeetingRepository } from '../types';

export interface ISyncResult {
  /** The meetings as stored after the sync, by id (only those that changed). */
  updated: Map<number, IMeeting>;
  /**
   * Writes that failed (a 412 from a save in between, or a reader without edit rights): the items stay
   * as they were and the next reading of the list tries again; the list still shows Outlook's times.
   */
  errors: unknown[];
}

export async function syncWithOutlook(repo: Pick<IMeetingRepository, 'update'>, pairs: { record: IMeeting; event: ICalendarEvent }[]): Promise<ISyncResult> {
  const updated = new Map<number, IMeeting>();
  const errors: unknown[] = [];
  await Promise.all(
    pairs.map(async ({ record, event }) => {
      const change = outlookChange(record, event);
      if (!change) return;
      try {
        updated.set(record.id, await repo.update(record.id, { ...record, ...change }, record.etag));
      } catch (e) {
        errors.push(e);
      }
    })
  );
  return { updated, errors };
}
