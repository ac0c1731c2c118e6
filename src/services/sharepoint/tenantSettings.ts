/**
 * Tenant-wide settings PMO Hub reads: tenant properties (storage entities) an admin sets on the app
 * catalog (`m365 spo storageentity set`, see README "PMO Portfolio in Teams"). A Teams personal app has
 * no property pane, so this is where it learns the PMO site.
 */
import type { SPFI } from '../clients';

/** The tenant property that names the PMO site (an absolute https URL). */
export const PMO_SITE_SETTING = 'PmoHubSiteUrl';

/**
 * The PMO site URL from the tenant property, read through any site's
 * _api/web/GetStorageEntity('PmoHubSiteUrl'); undefined when it is not set or not an https URL.
 */
export async function readPmoSiteSetting(sp: SPFI): Promise<string | undefined> {
  const entity = (await sp.web.getStorageEntity(PMO_SITE_SETTING)) as { Value?: string | null } | null;
  const value = (entity?.Value ?? '').trim().replace(/\/+$/, '');
  return /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(value) ? value : undefined;
}
