import { setMeta } from '../store.ts';
import type { TenantContext } from '../server.ts';
import { seedPeople } from './people.ts';

/** none: the demo people only (an empty PMO site); demo: the whole demo portfolio. */
export type SeedKind = 'demo' | 'none';

/** Empties the store's data tables so the demo can be restored (placeholder: directory only). */
export function resetStore(ctx: TenantContext): void {
  ctx.db.exec("DELETE FROM meta WHERE key = 'seeded'");
}

/** Fills an empty store. */
export async function seed(ctx: TenantContext, _origin: string, kind: SeedKind): Promise<void> {
  seedPeople(ctx.db);
  setMeta(ctx.db, 'seeded', kind);
}
