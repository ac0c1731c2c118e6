/** In-memory fakes of the meetings services (PMO Meetings, PMO Actions, calendars, Outlook, publishing). */
import type { ICalendarEvent } from '../../src/model/meetings/types';
import type { ActionDraft, IActionItem, IMeeting, MeetingDraft } from '../../src/model/types';
import type { IActionRepository, ICalendarService, IDecisionEntry, IDecisionLog, IDecisionQuery, IMeetingRepository, IMinutesPublisher, IOutlookService, IPublishRequest, IPublishResult } from '../../src/services/types';
import { FakeBase, clone } from './FakeBase';
import { FakeRecordRepository } from './FakeRecordRepository';

export class FakeMeetingRepository extends FakeRecordRepository<IMeeting & { projectId: number }, MeetingDraft> implements IMeetingRepository {
  constructor(items: IMeeting[] = []) {
    super(items as (IMeeting & { projectId: number })[], (d, id, etag) => ({ ...d, projectId: d.projectIds[0] ?? d.projectId ?? 0, id, etag }));
  }

  public listInWindow(fromIso: string, toIso: string): Promise<IMeeting[]> {
    return this.run('listInWindow', [fromIso, toIso], () => this.items.filter((m) => m.start >= fromIso && m.start < toIso));
  }

  public listManualLinks(): Promise<IMeeting[]> {
    return this.run('listManualLinks', [], () => this.items.filter((m) => m.linkReason === 'manual'));
  }

  public get(id: number): Promise<IMeeting> {
    return this.run('get', [id], () => clone(this.find(id)));
  }
}

export class FakeActionRepository extends FakeRecordRepository<IActionItem, ActionDraft> implements IActionRepository {
  constructor(items: IActionItem[] = []) {
    super(items, (draft, id, etag) => {
      const { ownerId, ...rest } = draft;
      return { ...rest, id, etag, owner: ownerId === undefined ? undefined : { id: ownerId, title: `User ${ownerId}`, email: `user${ownerId}@contoso.com` } };
    });
  }

  public listByMeeting(meetingId: number): Promise<IActionItem[]> {
    return this.run('listByMeeting', [meetingId], () => this.items.filter((a) => a.meetingId === meetingId));
  }
}

export class FakeCalendarService extends FakeBase implements ICalendarService {
  constructor(public events: ICalendarEvent[] = []) {
    super();
  }

  public meetings(groupIds: string[], fromIso: string, toIso: string): Promise<ICalendarEvent[]> {
    return this.run('meetings', [groupIds, fromIso, toIso], () => this.events.filter((e) => e.start >= fromIso && e.start < toIso));
  }
}

/** Outlook writes that only record their calls. */
export class FakeOutlookService extends FakeBase implements IOutlookService {
  public attachments = () => this.run('attachments', [], () => [] as { id: string; name: string; size: number }[]);
  public attach = () => this.run('attach', [], () => 'att-1');
  public appendToBody = () => this.run('appendToBody', [], () => true);
  public sendMail = () => this.run('sendMail', [], () => undefined);
  public ensureBucket = () => this.run('ensureBucket', [], () => 'bucket-1');
  public tasksInBucket = () => this.run('tasksInBucket', [], () => [] as { id: string; title: string }[]);
  public createTasks = () => this.run('createTasks', [], () => ({}));
  public linkTasks = () => this.run('linkTasks', [], () => ({}));
}

/** Publishing that marks the meeting Published and remembers the requests. */
export class FakePublisher extends FakeBase implements IMinutesPublisher {
  public requests: IPublishRequest[] = [];

  public publish(request: IPublishRequest): Promise<IPublishResult> {
    return this.run('publish', [request.meeting.id], () => {
      this.requests.push(request);
      return { meeting: { ...request.meeting, state: 'Published' as const } };
    });
  }
}

/** The decision log over entries a test gives; filters as the SharePoint query does (words in the title, project, dates). */
export class FakeDecisionLog extends FakeBase implements IDecisionLog {
  public entries: IDecisionEntry[] = [];
  public queries: IDecisionQuery[] = [];

  public find(q: IDecisionQuery): Promise<IDecisionEntry[]> {
    return this.run('find', [q], () => {
      this.queries.push(q);
      const words = (q.words || '').toLowerCase().split(/\s+/).filter(Boolean);
      return this.entries
        .filter((e) => (q.projectId === undefined || e.projectId === q.projectId) && words.every((w) => e.title.toLowerCase().includes(w)))
        .filter((e) => (!q.from || e.date.slice(0, 10) >= q.from) && (!q.to || e.date.slice(0, 10) <= q.to))
        .sort((a, b) => (a.date < b.date ? 1 : -1));
    });
  }
}
