/** PMO Meetings (one item per occurrence) and PMO Actions, read by their indexed columns, written with ETags. */
import type { ActionDraft, IActionItem, IMeeting, MeetingDraft } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import type { IActionRepository, IMeetingRepository } from '../types';
import { ListRepository, ProjectRecordRepository } from './listRepository';
import { actionMapping, meetingMapping } from './meetingMappers';
import { and, anyOf, cmp, dateLiteral, eq, or } from '../odata';
import { LISTS } from './schema';

export class MeetingRepository extends ListRepository<IMeeting, MeetingDraft> implements IMeetingRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.meetings, meetingMapping);
  }

  public listInWindow(fromIso: string, toIso: string): Promise<IMeeting[]> {
    return guard(`Reading ${this.listTitle} from ${fromIso} to ${toIso}`, () =>
      this.query(and(cmp('Start', 'ge', dateLiteral(fromIso)), cmp('Start', 'lt', dateLiteral(toIso))))
    );
  }

  public listByProject(projectId: number): Promise<IMeeting[]> {
    return guard(`Reading ${this.listTitle} of project ${projectId}`, () => this.query(eq('ProjectId', projectId)));
  }

  public findByEvents(keys: { eventId: string; iCalUId: string }[]): Promise<IMeeting[]> {
    if (!keys.length) return Promise.resolve([]);
    return guard(`Finding ${keys.length} events in ${this.listTitle}`, () =>
      this.query(or(anyOf('EventId', keys.map((k) => k.eventId)), anyOf('ICalUId', keys.map((k) => k.iCalUId).filter(Boolean))))
    );
  }
}

export class ActionRepository extends ProjectRecordRepository<IActionItem, ActionDraft> implements IActionRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.actions, actionMapping);
  }

  public listByMeeting(meetingId: number): Promise<IActionItem[]> {
    return guard(`Reading ${this.listTitle} of meeting ${meetingId}`, () => this.query(eq('MeetingId', meetingId)));
  }
}
