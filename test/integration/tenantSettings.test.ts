/**
 * The PMO site as a tenant property (issue 14, PMO Portfolio as a Teams personal app): the real
 * PnPjs client reads GET _api/web/GetStorageEntity('PmoHubSiteUrl') from the local tenant, which
 * answers in SharePoint's shapes (the entity, or {"odata.null":true} for a key never set).
 */
import { readPmoSiteSetting, PMO_SITE_SETTING } from '../../src/services/sharepoint/tenantSettings';
import { clientsFor } from '../helpers/clients';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';

jest.setTimeout(120_000);

let tenant: RunningTenant;
beforeAll(async () => {
  tenant = await startLocalTenant();
});
afterAll(() => tenant?.stop());

const getEntity = async (key: string, accept: string): Promise<unknown> => {
  const res = await fetch(`${tenant.siteUrl}/_api/web/GetStorageEntity('${key}')`, { headers: { Accept: accept } });
  expect(res.status).toBe(200);
  return res.json();
};

describe('tenant properties (storage entities)', () => {
  it('answers odata.null for a key never set, and PnPjs reads that as no PMO site', async () => {
    expect(await getEntity('NeverSet', 'application/json;odata=nometadata')).toEqual({ 'odata.null': true });
    await expect(readPmoSiteSetting(clientsFor(tenant).sp)).resolves.toBeUndefined();
  });

  it('returns the value an admin set, with its description and comment, through the real PnPjs client', async () => {
    await tenant.control('POST', 'storage-entity', { key: PMO_SITE_SETTING, value: `${tenant.siteUrl}/`, description: 'PMO Hub site', comment: 'Used by the PMO Portfolio personal app' });
    expect(await getEntity(PMO_SITE_SETTING, 'application/json;odata=nometadata')).toEqual({
      Value: `${tenant.siteUrl}/`,
      Description: 'PMO Hub site',
      Comment: 'Used by the PMO Portfolio personal app'
    });
    const verbose = (await getEntity(PMO_SITE_SETTING, 'application/json;odata=verbose')) as { d: { Value: string } };
    expect(verbose.d.Value).toBe(`${tenant.siteUrl}/`);
    await expect(readPmoSiteSetting(clientsFor(tenant).sp)).resolves.toBe(tenant.siteUrl);
  });

  it('ignores a value that is not an https URL', async () => {
    await tenant.control('POST', 'storage-entity', { key: PMO_SITE_SETTING, value: 'javascript:alert(1)' });
    await expect(readPmoSiteSetting(clientsFor(tenant).sp)).resolves.toBeUndefined();
  });
});
