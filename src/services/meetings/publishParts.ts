/**
 * The minutes publisher with its batch writers: one on-demand chunk (createServices), since only
 * publishing minutes needs it.
 */
import type { SPFI } from '../clients';
import { BatchWriter } from '../sharepoint/batchWrite';
import { actionMapping } from '../sharepoint/meetingMappers';
import { raidMapping } from '../sharepoint/mappers';
import { LISTS } from '../sharepoint/schema';
import type { IMinutesPublisher } from '../types';
import { PublishService, type IPublishDeps } from './publishService';

/** The publisher on the PMO site, over the repositories it records the outcome with. */
export function createPublisher(sp: SPFI, repos: Pick<IPublishDeps, 'meetings' | 'actions' | 'raid' | 'outlook'>): IMinutesPublisher {
  return new PublishService({
    ...repos,
    actionWriter: new BatchWriter(sp, LISTS.actions, actionMapping),
    raidWriter: new BatchWriter(sp, LISTS.raid, raidMapping)
  });
}
