import type { Handler } from '../http.ts';
import type { TenantContext } from '../server.ts';

/** SharePoint REST of the PMO site (placeholder until implemented). */
export function createSharePoint(_ctx: TenantContext): Handler {
  return () => undefined;
}
