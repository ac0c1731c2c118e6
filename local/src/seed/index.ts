import { setMeta } from '../store.ts';
import type { TenantContext } from '../server.ts';

export type SeedKind = 'demo' | 'none';

/** Empties every table but meta's schema (placeholder). */
export function resetStore(ctx: TenantContext): void {
  ctx.db.exec("DELETE FROM meta WHERE key = 'seeded'");
}

/** Fills an empty store (placeholder). */
export async function seed(ctx: TenantContext, _origin: string, kind: SeedKind): Promise<void> {
  setMeta(ctx.db, 'seeded', kind);
}
