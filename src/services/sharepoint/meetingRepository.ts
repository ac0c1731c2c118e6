/** PMO Meetings (one item per occurrence) and PMO Actions, read by their indexed columns, written with ETags. */
import type { ActionDraft, IActionItem, IMeeting, MeetingDraft } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import type { IActionRepository, IMeetingRepository } from '../types';
import { ListRepository, ProjectRecordRepository } from './listRepository';
import { actionMapping, meetingMapping } from './meetingMappers';
import { and, anyOf, cmp, dateLiteral, eq, or } from '../odata';
import { LISTS } from './schema';
import { ACTION_FIELDS as AC, MEETING_FIELDS as M, idColumn } from '../../model/fields';

export class MeetingRepository extends ListRepository<IMeeting, MeetingDraft> implements IMeetingRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.meetings, meetingMapping);
  }

  public listInWindow(fromIso: string, toIso: string): Promise<IMeeting[]> {
    return guard(`Reading ${this.listTitle} from ${fromIso} to ${toIso}`, () =>
      this.query(and(cmp(M.start, 'ge', dateLiteral(fromIso)), cmp(M.start, 'lt', dateLiteral(toIso))))
    );
  }

  /**
   * Saves with the ETag; the answer's new ETag ("<guid>,n", accepted as IF-Match) spares a re-read, so
   * each publish step's record costs one round trip. Re-reads when the answer carries none.
   */
  public update(id: number, draft: MeetingDraft, etag: string): Promise<IMeeting> {
    return guard(`Saving item ${id} of ${this.listTitle}`, async () => {
      const res = await this.withConflict(id, () => this.items.getById(id).update(meetingMapping.toItem(draft), etag));
      const next = res && (res as { etag?: string }).etag;
      return next ? { ...draft, id, etag: next } : this.get(id);
    });
  }

  public listManualLinks(): Promise<IMeeting[]> {
    // LinkReason is indexed, so this stays under the list view threshold on a large list.
    return guard(`Reading the meetings linked by hand in ${this.listTitle}`, () => this.query(eq(M.linkReason, 'manual')));
  }

  public listByProject(projectId: number): Promise<IMeeting[]> {
    return guard(`Reading ${this.listTitle} of project ${projectId}`, () => this.query(eq(idColumn(M.project), projectId)));
  }

  public findByEvents(keys: { eventId: string; iCalUId: string }[]): Promise<IMeeting[]> {
    if (!keys.length) return Promise.resolve([]);
    return guard(`Finding ${keys.length} events in ${this.listTitle}`, () =>
      this.query(or(anyOf(M.eventId, keys.map((k) => k.eventId)), anyOf(M.iCalUId, keys.map((k) => k.iCalUId).filter(Boolean))))
    );
  }
}

export class ActionRepository extends ProjectRecordRepository<IActionItem, ActionDraft> implements IActionRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.actions, actionMapping);
  }

  public listByMeeting(meetingId: number): Promise<IActionItem[]> {
    return guard(`Reading ${this.listTitle} of meeting ${meetingId}`, () => this.query(eq(idColumn(AC.meeting), meetingId)));
  }
}
