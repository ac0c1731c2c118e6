/** The action sync wired to its clients (a chunk of its own with the meetings services). */
import type { IGraphLike, SPFI } from '../clients';
import { PlannerTaskSync } from '../graph/plannerService';
import { BatchWriter } from '../sharepoint/batchWrite';
import { actionMapping } from '../sharepoint/meetingMappers';
import { LISTS } from '../sharepoint/schema';
import type { IActionSyncService, IPeopleService } from '../types';
import { ActionSyncService } from './actionSync';

export function createActionSync(sp: SPFI, graph: IGraphLike, people: IPeopleService): IActionSyncService {
  return new ActionSyncService({ tasks: new PlannerTaskSync(graph), writer: new BatchWriter(sp, LISTS.actions, actionMapping), people });
}
