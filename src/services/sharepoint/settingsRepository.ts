/**
 * PMO Settings: one item per setting, Title its key and Value its JSON. The scoring weights live here
 * (key ScoringWeights) so the PMO changes them in the proposals board, for every page at once; a save
 * goes with the item's ETag, so two people changing the weights at the same time see the conflict.
 */
import { DEFAULT_WEIGHTS, parseWeights, type Weights } from '../../model/scoring';
import type { SPFI } from '../clients';
import { ConflictError } from '../errors';
import { guard, statusOf } from '../guard';
import { eq } from '../odata';
import type { ISettingsRepository, IStoredWeights } from '../types';
import type { SpItem } from './mappers';
import { LISTS } from './schema';
import { ITEM_FIELDS } from '../../model/fields';
import { SETTING_FIELDS as S } from '../../model/proposalFields';
import { etagOf } from './values';

/** The key of the scoring weights in PMO Settings. */
export const WEIGHTS_KEY = 'ScoringWeights';

export class SettingsRepository implements ISettingsRepository {
  constructor(private readonly sp: SPFI) {}

  private get items() {
    return this.sp.web.lists.getByTitle(LISTS.settings).items;
  }

  public weights(): Promise<IStoredWeights> {
    return guard('Reading the scoring weights', () => this.read());
  }

  private async read(): Promise<IStoredWeights> {
    const rows: SpItem[] = await this.items.select(ITEM_FIELDS.id, S.value).filter(eq(S.key, WEIGHTS_KEY)).top(1)();
    const row = rows[0];
    // Not saved yet: the documented defaults (docs/rules.md), id 0 until the first save creates the item.
    if (!row) return { id: 0, etag: '', weights: { ...DEFAULT_WEIGHTS }, isDefault: true };
    return { id: Number(row[ITEM_FIELDS.id]), etag: etagOf(row), weights: parseWeights(String(row[S.value] ?? '')), isDefault: false };
  }

  public createWeights(weights: Weights): Promise<IStoredWeights> {
    return guard('Saving the scoring weights', async () => {
      // Someone may have saved the first weights meanwhile: then this is a conflict with theirs, not a second item.
      const current = await this.read();
      if (!current.isDefault) throw new ConflictError<IStoredWeights>(current);
      await this.items.add({ [S.key]: WEIGHTS_KEY, [S.value]: JSON.stringify(weights) });
      return this.read();
    });
  }

  public updateWeights(id: number, weights: Weights, etag: string): Promise<IStoredWeights> {
    return guard('Saving the scoring weights', async () => {
      try {
        await this.items.getById(id).update({ [S.value]: JSON.stringify(weights) }, etag);
      } catch (e) {
        if (statusOf(e) !== 412) throw e;
        throw new ConflictError<IStoredWeights>(await this.read(), { cause: e });
      }
      return this.read();
    });
  }
}
