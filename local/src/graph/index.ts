import type { Handler } from '../http.ts';
import type { TenantContext } from '../server.ts';

/** Microsoft Graph v1.0 subset (placeholder until implemented). */
export function createGraph(_ctx: TenantContext): Handler {
  return () => undefined;
}
