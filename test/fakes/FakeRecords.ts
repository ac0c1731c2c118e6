import type {
  AllocationDraft,
  CostDraft,
  IAllocation,
  ICostLine,
  IRaidItem,
  RaidDraft
} from '../../src/model/types';
import type {
  IAllocationRepository,
  ICostChanges,
  ICostRepository,
  IProvisioningReport,
  IProvisioningService,
  IRaidRepository
} from '../../src/services/types';
import { FakeBase } from './FakeBase';
import { FakeRecordRepository } from './FakeRecordRepository';

/** RAID items in memory; ownerId becomes a placeholder owner. */
export class FakeRaidRepository extends FakeRecordRepository<IRaidItem, RaidDraft> implements IRaidRepository {
  constructor(items: IRaidItem[] = []) {
    super(items, (draft, id, etag) => {
      const { ownerId, ...rest } = draft;
      return { ...rest, id, etag, owner: ownerId === undefined ? undefined : { id: ownerId, title: `User ${ownerId}`, email: `user${ownerId}@contoso.com` } };
    });
  }
}

/** Cost lines in memory; saveBatch applies creates, updates and removes in order and stops at a stale ETag. */
export class FakeCostRepository extends FakeRecordRepository<ICostLine, CostDraft> implements ICostRepository {
  constructor(items: ICostLine[] = []) {
    super(items, (draft, id, etag) => ({ ...draft, id, etag }));
  }

  public async saveBatch(changes: ICostChanges): Promise<ICostLine[]> {
    this.calls.push({ method: 'saveBatch', args: [changes] });
    const out: ICostLine[] = [];
    // Like a SharePoint $batch, earlier changes stand when a later one fails.
    for (const draft of changes.create || []) out.push(await this.create(draft));
    for (const u of changes.update || []) out.push(await this.update(u.id, u.draft, u.etag));
    for (const r of changes.remove || []) await this.remove(r.id, r.etag);
    return out;
  }
}

/** Allocations in memory; personId becomes a placeholder person. */
export class FakeAllocationRepository
  extends FakeRecordRepository<IAllocation, AllocationDraft>
  implements IAllocationRepository
{
  constructor(items: IAllocation[] = []) {
    super(items, (draft, id, etag) => {
      const { personId, ...rest } = draft;
      return { ...rest, id, etag, person: personId === undefined ? undefined : { id: personId, title: `User ${personId}`, email: `user${personId}@contoso.com` } };
    });
  }

  public listByPerson(personId: number): Promise<IAllocation[]> {
    return this.run('listByPerson', [personId], () => this.items.filter((a) => a.person && a.person.id === personId));
  }
}

/** Provisioning that reports what is missing and "creates" it. */
export class FakeProvisioningService extends FakeBase implements IProvisioningService {
  constructor(public missingLists: string[] = []) {
    super();
  }

  public missing(): Promise<string[]> {
    return this.run('missing', [], () => this.missingLists);
  }

  public ensure(): Promise<IProvisioningReport> {
    return this.run('ensure', [], () => {
      const steps = this.missingLists.map((list) => ({ list, action: 'createdList' as const }));
      this.missingLists = [];
      return { steps, changes: steps.length };
    });
  }
}
