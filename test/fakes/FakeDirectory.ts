import type { IChannelRef, IGroupRef, IPerson, IPlanRef, IPlannerBucket, IPlannerTask } from '../../src/model/types';
import type { Settled } from '../../src/services/guard';
import type { IDirectoryService, IGroupMember, IPeopleService, IPlannerService } from '../../src/services/types';
import { FakeBase } from './FakeBase';

/** Directory people: search matches the start of a name part or the mail; ensure returns the site user. */
export class FakePeopleService extends FakeBase implements IPeopleService {
  constructor(public people: IPerson[] = [], public me: IPerson = { id: 1, title: 'Me', email: 'me@contoso.com' }, public pmo = true) {
    super();
  }

  public isPmoMember(): Promise<boolean> {
    return this.run('isPmoMember', [], () => this.pmo);
  }

  public pmoContacts(): Promise<IPerson[]> {
    return this.run('pmoContacts', [], () => this.contacts);
  }

  /** Whom pmoContacts() names. */
  public contacts: IPerson[] = [{ id: 7, title: 'Patricia Moreau', email: 'pmo.manager@contoso.com' }];

  public current(): Promise<IPerson> {
    return this.run('current', [], () => this.me);
  }

  public search(text: string): Promise<IPerson[]> {
    const t = text.toLowerCase();
    return this.run('search', [text], () =>
      this.people.filter(
        (p) => p.email.toLowerCase().indexOf(t) === 0 || p.title.toLowerCase().split(/\s+/).some((w) => w.indexOf(t) === 0)
      )
    );
  }

  public ensure(email: string): Promise<IPerson> {
    return this.run('ensure', [email], () => {
      const found = this.people.filter((p) => p.email.toLowerCase() === email.toLowerCase())[0];
      if (!found) throw new Error(`Unknown person ${email}`);
      return found;
    });
  }
}

/** Groups with their plans and channels, as Graph would list them. */
export class FakeDirectoryService extends FakeBase implements IDirectoryService {
  constructor(
    public groupList: IGroupRef[] = [],
    public planList: IPlanRef[] = [],
    public channelList: IChannelRef[] = []
  ) {
    super();
  }

  public groups(search?: string): Promise<IGroupRef[]> {
    const t = (search || '').toLowerCase();
    return this.run('groups', [search], () => this.groupList.filter((g) => g.displayName.toLowerCase().indexOf(t) >= 0));
  }

  public plans(groupId: string): Promise<IPlanRef[]> {
    return this.run('plans', [groupId], () => this.planList.filter((p) => p.groupId === groupId));
  }

  public channels(groupId: string): Promise<IChannelRef[]> {
    return this.run('channels', [groupId], () => this.channelList.filter((c) => c.teamId === groupId));
  }

  /** Members per group id, set by the test. */
  public memberList: Record<string, IGroupMember[]> = {};

  public members(groupId: string): Promise<IGroupMember[]> {
    return this.run('members', [groupId], () => this.memberList[groupId] ?? []);
  }
}

/** Planner tasks per plan. */
export class FakePlannerService extends FakeBase implements IPlannerService {
  constructor(public tasksByPlan: Record<string, IPlannerTask[]> = {}) {
    super();
  }

  public tasks(planId: string): Promise<IPlannerTask[]> {
    return this.run('tasks', [planId], () => this.tasksByPlan[planId] || []);
  }

  public tasksOfPlans(planIds: string[]): Promise<Map<string, IPlannerTask[]>> {
    return this.run('tasksOfPlans', [planIds], () => planIds.map((id) => [id, this.tasksByPlan[id] || []])).then(
      (pairs) => new Map(pairs as [string, IPlannerTask[]][])
    );
  }

  /** Plans that fail on their own in tasksOfPlansSettled, by plan id (e.g. a deleted plan's 404 AppError). */
  public planFailures: Record<string, unknown> = {};
  public bucketsByPlan: Record<string, IPlannerBucket[]> = {};

  public tasksOfPlansSettled(planIds: string[]): Promise<Map<string, Settled<IPlannerTask[]>>> {
    return this.run('tasksOfPlansSettled', [planIds], () => planIds.map((id) => [id, this.tasksByPlan[id] || []])).then(
      (pairs) =>
        new Map(
          (pairs as [string, IPlannerTask[]][]).map(([id, tasks]): [string, Settled<IPlannerTask[]>] =>
            id in this.planFailures ? [id, { ok: false, error: this.planFailures[id] }] : [id, { ok: true, value: tasks }]
          )
        )
    );
  }

  public buckets(planId: string): Promise<IPlannerBucket[]> {
    return this.run('buckets', [planId], () => this.bucketsByPlan[planId] || []);
  }
}
