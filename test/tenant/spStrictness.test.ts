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

  // FillInChoice only decides whether the form offers a text box for another value; REST and CSOM
  // writes store a value outside the choices (SPFieldMultiChoice.FillInChoice, ms476319;
  // Aymkdn/SharepointPlus#65; local/src/sharepoint/itemInput.ts cites them). PMO Hub's model refuses
  // such values itself (test/integration/repositoryValidation.test.ts).
  it('stores a choice outside the choices (FillInChoice false) on add and update, as SharePoint does', async () => {
    const field = await risks().fields.getByInternalNameOrTitle('Status').select('FillInChoice', 'Choices')();
    expect(field).toMatchObject({ FillInChoice: false, Choices: ['Open'] });
    const added = await risks().items.add({ Title: 'Off-list', Status: 'Parked' });
    expect(added).toMatchObject({ Status: 'Parked' });
    await risks().items.getById(added.Id as number).update({ Status: 'Someday' });
    expect(await risks().items.getById(added.Id as number).select('Status')()).toMatchObject({ Status: 'Someday' });
    // The value's type is still checked.
    expect((await errorOf(risks().items.add({ Title: 'x', Status: 7 }))).message).toContain("'Edm.String'");
  });

  // "A max of 5,000 items at a single time" with $top, to a caller who had used $top=1000000 without an
  // error (SharePoint/sp-dev-docs#7138): a larger $top is capped, not refused.
  it('caps $top above 5,000 at 5,000 a page with a next link, on a small list and on a large one', async () => {
    await sp.web.lists.ensure('Bulk');
    const small = await raw(tenant, 'GET', "web/lists/getByTitle('Risks')/items?$select=Id&$top=6000");
    expect(small.status).toBe(200);
    expect((small.json!.value as unknown[]).length).toBeGreaterThan(0);
    const rows = Array.from({ length: 5002 }, (_v, i) => ({ Title: `Row ${i}` }));
    await tenant.control('POST', 'sp/items', { list: 'Bulk', rows });
    const page = await raw(tenant, 'GET', "web/lists/getByTitle('Bulk')/items?$select=Id&$filter=Id gt 0&$top=1000000");
    expect(page.status).toBe(200);
    expect((page.json!.value as unknown[]).length).toBe(5000);
    expect(decodeURIComponent(String(page.json!['odata.nextLink']))).toContain('$skiptoken=Paged=TRUE&p_ID=5000');
  }, 120_000);

  // Writing Created/Modified through REST answers success and leaves them as the write sets them
  // (vgrem/office365-rest-python-client#330); Author is kept as written on list items, Editor is the
  // person writing (MicrosoftDocs/office-docs-powershell#6870; pnp/PnP-PowerShell#1413).
  it('ignores Created, Modified and EditorId on add and update, keeps AuthorId, checks their types', async () => {
    const megan = (await sp.web.ensureUser('meganb@contoso.com')).Id as number;
    const me = (await sp.web.currentUser.select('Id')()).Id as number;
    const before = Date.now();
    const added = await risks().items.add({ Title: 'Dated', Created: '2001-01-01T00:00:00Z', Modified: '2001-01-02T00:00:00Z', AuthorId: megan, EditorId: megan });
    const item = () => risks().items.getById(added.Id as number).select('Created', 'Modified', 'AuthorId', 'EditorId', 'Title')();
    const first = await item();
    expect(Date.parse(first.Created)).toBeGreaterThanOrEqual(before - 2000);
    expect(Date.parse(first.Modified)).toBeGreaterThanOrEqual(before - 2000);
    expect(first).toMatchObject({ AuthorId: megan, EditorId: me, Title: 'Dated' });

    await risks().items.getById(added.Id as number).update({ Title: 'Dated again', Created: '2002-02-02T00:00:00Z', Modified: '2002-02-03T00:00:00Z', EditorId: megan });
    const second = await item();
    expect(second).toMatchObject({ Created: first.Created, AuthorId: megan, EditorId: me, Title: 'Dated again' });
    expect(Date.parse(second.Modified)).toBeGreaterThanOrEqual(Date.parse(first.Modified));

    expect((await errorOf(risks().items.add({ Title: 'x', Created: 'yesterday' }))).message).toContain("'Edm.DateTime'");
    expect((await errorOf(risks().items.add({ Title: 'x', AuthorId: 'megan' }))).message).toContain("'Edm.Int32'");
    expect((await errorOf(risks().items.add({ Title: 'x', AuthorId: 99999 }))).status).toBe(400);
  });
});
