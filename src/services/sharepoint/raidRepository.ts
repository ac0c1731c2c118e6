/** The RAID log (PMO RAID Log): risks, assumptions, issues, dependencies and decisions of a project. */
import { validateRaidDraft } from '../../model/draftValidation';
import type { IRaidItem, RaidDraft } from '../../model/types';
import type { SPFI } from '../clients';
import type { IRaidRepository } from '../types';
import { ProjectRecordRepository } from './listRepository';
import { raidMapping } from './mappers';
import { LISTS } from './schema';

export class RaidRepository extends ProjectRecordRepository<IRaidItem, RaidDraft> implements IRaidRepository {
  constructor(sp: SPFI) {
    super(sp, LISTS.raid, raidMapping, validateRaidDraft);
  }
}
