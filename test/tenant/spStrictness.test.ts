/**
 * Places where the local tenant must behave exactly as SharePoint Online does, neither stricter nor
 * looser (issue 13): each case names the source it was checked against.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import type { SPFI } from '@pnp/sp';
import { errorOf, raw, spOf } from './spHelpers';

describe('SharePoint strictness as SharePoint Online has it', () => {
  let tenant: RunningTenant;
  let sp: SPFI;
  const risks = () => sp.web.lists.getByTitle('Risks');

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    sp = spOf(tenant);
    const { list } = await sp.web.lists.ensure('Risks');
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" DisplayName="Country/Region" Name="CountryRegion" Required="TRUE" />', Options: 8 });
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" DisplayName="Status" Name="Status" Required="TRUE"><CHOICES><CHOICE>Open</CHOICE></CHOICES></Field>', Options: 8 });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  // REST and CSOM never enforced Required (only the forms do): SharePoint/PnP-JS-Core#376,
  // "Client object model always allowed to ignore required fields".
  it('accepts items that leave Required fields (Title included) empty, on add and on update', async () => {
    const added = await risks().items.add({ CountryRegion: 'Norway' });
    expect(added).toMatchObject({ Title: null, CountryRegion: 'Norway', Status: null });
    await risks().items.getById(added.Id as number).update({ CountryRegion: null, Title: '' });
    expect(await risks().items.getById(added.Id as number).select('Title', 'CountryRegion')()).toMatchObject({ CountryRegion: null });
  });

  // SP.List.title / ListCreationInformation.title: "Its length must be equal to or less than 255."
  // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee545356(v=office.15)
  it('refuses list titles over 255 characters on create and on rename, accepts 255', async () => {
    const long = 'L'.repeat(256);
    const created = await errorOf(sp.web.lists.add(long));
    expect(created.status).toBe(400);
    expect(created.message).toContain('255');
    expect((await sp.web.lists.add('L'.repeat(255))).Title).toHaveLength(255);
    expect((await errorOf(risks().update({ Title: long }))).status).toBe(400);
    expect((await risks().select('Title')()).Title).toBe('Risks');
  });

  // ListItem.ParentList is a navigation property of SP.ListItem
  // (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee545021(v=office.15)), not a
  // column: the tenant does not expand it, so it says so (501) instead of a misleading "Column does not exist".
  it('answers 501 naming $expand=ParentList (and other item navigation properties), never a misleading 400', async () => {
    const added = await risks().items.add({ Title: 'Expand me' });
    const parent = await errorOf(risks().items.getById(added.Id as number).select('Title', 'ParentList/Title').expand('ParentList')());
    expect(parent.status).toBe(501);
    expect(parent.message).toContain('ParentList');
    expect((await errorOf(risks().items.expand('FieldValuesAsText')())).status).toBe(501);
    const unexpanded = await errorOf(risks().items.select('ParentList/Title')());
    expect(unexpanded).toMatchObject({ status: 400 });
    expect(unexpanded.message).toContain('$expand query string must contains ParentList');
    expect((await errorOf(risks().items.expand('NoSuchColumn')())).message).toContain("Column 'NoSuchColumn' does not exist");
  });

  // PnPjs's fields.getByTitle()/getByInternalNameOrTitle() put the name in the path unencoded; SharePoint
  // parses the quoted literal, so a '/' inside it is part of the name.
  it("resolves a '/' and doubled quotes inside quoted path arguments", async () => {
    expect(await risks().fields.getByTitle('Country/Region').select('InternalName')()).toMatchObject({ InternalName: 'CountryRegion' });
    expect(await risks().fields.getByInternalNameOrTitle('Country/Region').select('InternalName')()).toMatchObject({ InternalName: 'CountryRegion' });
    await sp.web.lists.add("O'Brien/Plans");
    expect((await sp.web.lists.getByTitle("O'Brien/Plans")()).Title).toBe("O'Brien/Plans");
    const encodedQuote = await raw(tenant, 'GET', "web/lists/getByTitle(%27O%27%27Brien%2FPlans%27)?$select=Title");
    expect(encodedQuote).toMatchObject({ status: 200, json: { Title: "O'Brien/Plans" } });
    const unbalanced = await raw(tenant, 'GET', "web/lists/getByTitle('Risks)/items");
    expect(unbalanced.status).toBe(400);
  });
});
