import type { Handler } from '../http.ts';
import type { TenantContext } from '../server.ts';

/** The local PMO page (placeholder until implemented). */
export function createPage(_ctx: TenantContext): Handler {
  return () => undefined;
}
