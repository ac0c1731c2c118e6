/** Resource allocations (PMO Allocations): who or which role works on a project, how much, when. */
import { validateAllocationDraft } from '../../model/draftValidation';
import type { AllocationDraft, IAllocation } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import type { IAllocationRepository } from '../types';
import { ProjectRecordRepository } from './listRepository';
import { allocationMapping } from './mappers';
import { eq } from '../odata';
import { LISTS } from './schema';

export class AllocationRepository extends ProjectRecordRepository<IAllocation, AllocationDraft> implements IAllocationRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.allocations, allocationMapping, validateAllocationDraft);
  }

  public listByPerson(personId: number): Promise<IAllocation[]> {
    // Person is an indexed column, so this stays within the list view threshold on large lists.
    return guard(`Reading the allocations of person ${personId}`, () => this.query(eq('PersonId', personId)));
  }
}
