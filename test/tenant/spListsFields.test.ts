import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import type { SPFI } from '@pnp/sp';
import { errorOf, logSince, raw, spOf, digestOf } from './spHelpers';

describe('SharePoint lists and fields through PnPjs', () => {
  let tenant: RunningTenant;
  let sp: SPFI;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    sp = spOf(tenant);
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('lists.ensure creates once, then finds and updates the same list', async () => {
    const first = await sp.web.lists.ensure('PMO Projects', 'Projects register');
    expect(first.created).toBe(true);
    expect(first.data).toMatchObject({ Title: 'PMO Projects', BaseTemplate: 100, ListItemEntityTypeFullName: 'SP.Data.PMO_x0020_ProjectsListItem' });
    const second = await sp.web.lists.ensure('PMO Projects', 'Changed description');
    expect(second.created).toBe(false);
    const list = await second.list.select('Title', 'Description', 'ItemCount')();
    expect(list).toMatchObject({ Title: 'PMO Projects', Description: 'Changed description', ItemCount: 0 });
    expect(Object.keys(list)).not.toContain('BaseTemplate');
    const titles = (await sp.web.lists.select('Title')()).map((l) => l.Title);
    expect(titles.filter((t) => t === 'PMO Projects')).toHaveLength(1);
  });

  it("addresses a list by lists('id'), lists(guid'id') and getById, with path segments in any case", async () => {
    const { Id } = await sp.web.lists.getByTitle('PMO Projects').select('Id')();
    expect((await sp.web.lists.getById(Id).select('Title')()).Title).toBe('PMO Projects');
    for (const path of [`web/lists(guid'${Id as string}')`, `Web/Lists('${Id as string}')`, "WEB/LISTS/GETBYTITLE('PMO%20Projects')", "web/lists/getbytitle('pmo%20projects')"]) {
      const res = await raw(tenant, 'GET', `${path}?%24select=Title`);
      expect([path, res.status, res.json?.Title]).toEqual([path, 200, 'PMO Projects']);
    }
  });

  it('refuses a second list with the same title and a missing list by title and id', async () => {
    const dup = await errorOf(sp.web.lists.add('PMO Projects'));
    expect(dup.message).toContain('already exists');
    const missing = await errorOf(sp.web.lists.getByTitle('Nope')());
    expect(missing).toMatchObject({ status: 404, code: '-1, System.ArgumentException' });
    expect(missing.message).toBe(`List 'Nope' does not exist at site with URL '${tenant.siteUrl}'.`);
    expect((await errorOf(sp.web.lists.getById('00000000-0000-4000-8000-000000000000')())).status).toBe(404);
  });

  it('creates every fields.add* kind over verbose OData and reports them as SharePoint does', async () => {
    const fields = sp.web.lists.getByTitle('PMO Projects').fields;
    const seq = (await logSince(tenant)).pop()?.seq ?? 0;
    const text = await fields.addText('PmoCode', { MaxLength: 12, Group: 'PMO' });
    // PnPjs unwraps {"d": ...}; getting the entity back proves the verbose answer was understood.
    expect(text).toMatchObject({ InternalName: 'PmoCode', TypeAsString: 'Text', FieldTypeKind: 2, MaxLength: 12, Group: 'PMO' });
    // The verbose answer carries __metadata, which JSON light never does.
    expect((text as { __metadata?: { type: string } }).__metadata?.type).toBe('SP.FieldText');
    await fields.addChoice('Phase', { Choices: ['Proposal', 'Execution', 'Closed'], EditFormat: 0, FillInChoice: false });
    await fields.addDateTime('Start Date', { DisplayFormat: 0 });
    await fields.addNumber('PercentComplete', { MinimumValue: 0, MaximumValue: 100 });
    await fields.addCurrency('Budget', { CurrencyLocaleId: 1033 });
    await fields.addUser('ProjectManager', { SelectionMode: 0 });
    await fields.addMultilineText('Description', { RichText: false, NumberOfLines: 6 });
    await fields.addBoolean('IsActive');
    const writes = (await logSince(tenant, seq)).filter((e) => e.method === 'POST' && /\/fields$/.test(e.path));
    expect(writes.map((e) => e.status)).toEqual([201, 201, 201, 201, 201, 201, 201, 201]);

    const all = await fields.select('InternalName', 'TypeAsString', 'Choices', 'MinimumValue')();
    const byName = Object.fromEntries(all.map((f) => [f.InternalName, f]));
    expect(byName.Phase).toMatchObject({ TypeAsString: 'Choice', Choices: ['Proposal', 'Execution', 'Closed'] });
    expect(byName.Start_x0020_Date.TypeAsString).toBe('DateTime');
    expect((byName.PercentComplete as { MinimumValue?: number }).MinimumValue).toBe(0);
    expect(byName.Budget.TypeAsString).toBe('Currency');
    expect(byName.ProjectManager.TypeAsString).toBe('User');
    expect(byName.Description.TypeAsString).toBe('Note');
    expect(byName.IsActive.TypeAsString).toBe('Boolean');
    for (const system of ['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor']) expect(byName[system]).toBeDefined();
  });

  it('answers verbose requests in the {"d": ...} shape with __metadata, collections as results', async () => {
    const res = await raw(tenant, 'GET', "web/lists/getByTitle('PMO%20Projects')/fields/getByInternalNameOrTitle('Phase')", {
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const d = (res.json as { d: Record<string, unknown> }).d;
    expect(d.__metadata).toMatchObject({ type: 'SP.FieldChoice' });
    expect(d.Choices).toEqual({ results: ['Proposal', 'Execution', 'Closed'] });
    const err = await raw(tenant, 'GET', "web/lists/getByTitle('Missing')", { headers: { Accept: 'application/json;odata=verbose' } });
    expect(err.json).toHaveProperty('error.message.value');
    expect(err.json).not.toHaveProperty('odata.error');
  });

  it('finds fields by internal name or title and 404s an absent one', async () => {
    const fields = sp.web.lists.getByTitle('PMO Projects').fields;
    expect((await fields.getByInternalNameOrTitle('Start Date')()).InternalName).toBe('Start_x0020_Date');
    expect((await fields.getByInternalNameOrTitle('Start_x0020_Date')()).Title).toBe('Start Date');
    const missing = await errorOf(fields.getByInternalNameOrTitle('Nope')());
    expect(missing.status).toBe(404);
    expect(missing.message).toContain("Column 'Nope' does not exist");
  });

  it('createFieldAsXml honours Name only with AddFieldInternalNameHint and reads its attributes', async () => {
    const fields = sp.web.lists.getByTitle('PMO Projects').fields;
    const withHint = await fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="Choice" DisplayName="Health status" Name="Health" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>Green</CHOICE><CHOICE>Amber &amp; watch</CHOICE><CHOICE>Red</CHOICE></CHOICES><Default>Green</Default></Field>',
      Options: 8 | 16
    });
    expect(withHint).toMatchObject({ InternalName: 'Health', Title: 'Health status', Required: true, Indexed: true, Choices: ['Green', 'Amber & watch', 'Red'], DefaultValue: 'Green' });
    const noHint = await fields.createFieldAsXml('<Field Type="Text" DisplayName="Sponsor Name" Name="SponsorName" MaxLength="80" />');
    expect(noHint).toMatchObject({ InternalName: 'Sponsor_x0020_Name', MaxLength: 80 });
    const multi = await fields.createFieldAsXml({ SchemaXml: '<Field Type="UserMulti" DisplayName="Members" Name="Members" Mult="TRUE" UserSelectionMode="PeopleOnly" />', Options: 8 });
    expect(multi).toMatchObject({ InternalName: 'Members', TypeAsString: 'UserMulti', AllowMultipleValues: true, SelectionMode: 0 });
    const dup = await errorOf(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" DisplayName="Health" Name="Health" />', Options: 8 }));
    expect(dup.message).toContain('duplicate field name');
  });

  it('adds lookups with AddField and with XML, pointing at another list', async () => {
    const { data: programs } = await sp.web.lists.ensure('Programs');
    const projects = sp.web.lists.getByTitle('PMO Projects');
    const lookup = await projects.fields.addLookup('Program', { LookupListId: programs.Id, LookupFieldName: 'Title' });
    expect(lookup).toMatchObject({ InternalName: 'Program', TypeAsString: 'Lookup', LookupList: `{${programs.Id}}`, LookupField: 'Title' });
    const xml = await projects.fields.createFieldAsXml({
      SchemaXml: `<Field Type="LookupMulti" DisplayName="Related" Name="Related" List="{${programs.Id}}" ShowField="Title" Mult="TRUE" />`,
      Options: 8
    });
    expect(xml).toMatchObject({ TypeAsString: 'LookupMulti', AllowMultipleValues: true });
    const bad = await errorOf(projects.fields.addLookup('Broken', { LookupListId: '00000000-0000-4000-8000-000000000000', LookupFieldName: 'Title' }));
    expect(bad.status).toBe(400);
  });

  it('updates fields with MERGE (Indexed, Choices) and refuses unknown settings', async () => {
    const phase = sp.web.lists.getByTitle('PMO Projects').fields.getByInternalNameOrTitle('Phase');
    await phase.update({ Indexed: true, Choices: ['Proposal', 'Initiation', 'Execution', 'Closed'] }, 'SP.FieldChoice');
    expect(await phase.select('Indexed', 'Choices')()).toMatchObject({ Indexed: true, Choices: ['Proposal', 'Initiation', 'Execution', 'Closed'] });
    const unknown = await errorOf(phase.update({ Colour: 'blue' }, 'SP.FieldChoice'));
    expect(unknown).toMatchObject({ status: 400 });
    expect(unknown.message).toContain("The property 'Colour' does not exist on type 'SP.FieldChoice'");
  });

  it('expands Fields on the lists collection with only the selected properties, filtered by Title (the setup check)', async () => {
    type Info = { Id: string; Title: string; Fields: Record<string, unknown>[] };
    const lists: Info[] = await sp.web.lists
      .select('Id', 'Title', 'Fields/InternalName', 'Fields/Indexed')
      .expand('Fields')
      .filter("(Title eq 'PMO Projects' or Title eq 'programs') or Title eq 'Absent'")();
    // Title compares case-insensitively, as SharePoint does; a title no list has matches nothing.
    expect(lists.map((l) => l.Title).sort()).toEqual(['PMO Projects', 'Programs']);
    const projects = lists.filter((l) => l.Title === 'PMO Projects')[0];
    expect(Object.keys(projects).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Fields', 'Id', 'Title']);
    const phase = projects.Fields.filter((f) => f.InternalName === 'Phase')[0];
    expect(phase).toEqual({
      'odata.type': 'SP.FieldChoice',
      'odata.id': expect.stringMatching(/\/Web\/Lists\(guid'[0-9a-f-]+'\)\/Fields\(guid'[0-9a-f-]+'\)$/),
      'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Fields\(guid'[0-9a-f-]+'\)$/),
      InternalName: 'Phase',
      Indexed: true
    });
    // The same fields, in the same order, as the list's own fields collection answers.
    const direct = await sp.web.lists.getByTitle('PMO Projects').fields.select('InternalName', 'Indexed')();
    expect(projects.Fields.map((f) => [f.InternalName, f.Indexed])).toEqual(direct.map((f) => [f.InternalName, f.Indexed]));
  });

  it('answers $expand=Fields in every OData shape and refuses what SharePoint refuses', async () => {
    const filter = encodeURIComponent("Title eq 'Programs'");
    const all = await raw(tenant, 'GET', `web/lists?$expand=Fields&$filter=${filter}`);
    const full = (all.json as { value: { Title: string; Fields: Record<string, unknown>[] }[] }).value;
    // Without $select: every list property and every field property.
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ Title: 'Programs', BaseTemplate: 100 });
    expect(full[0].Fields.filter((f) => f.InternalName === 'Title')[0]).toMatchObject({ TypeAsString: 'Text', Required: true, MaxLength: 255 });

    const verbose = await raw(tenant, 'GET', `web/lists?$select=Title,Fields/InternalName&$expand=Fields&$filter=${filter}`, {
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const d = (verbose.json as { d: { results: { Title: string; Fields: { results: Record<string, unknown>[] } }[] } }).d;
    expect(d.results[0].Title).toBe('Programs');
    expect(d.results[0].Fields.results[0]).toEqual({ __metadata: expect.objectContaining({ type: expect.stringMatching(/^SP\.Field/) }), InternalName: expect.any(String) });

    // Selected alone, Fields/x leaves only the fields; a plain $select of the list leaves them out.
    const onlyFields = await raw(tenant, 'GET', `web/lists?$select=Fields/Title&$expand=Fields&$filter=${filter}`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(Object.keys((onlyFields.json as { value: object[] }).value[0])).toEqual(['Fields']);
    const noFields = await raw(tenant, 'GET', `web/lists?$select=Title&$expand=Fields&$filter=${filter}`);
    expect((noFields.json as { value: object[] }).value[0]).not.toHaveProperty('Fields');

    const notExpanded = await raw(tenant, 'GET', 'web/lists?$select=Title,Fields/InternalName');
    expect([notExpanded.status, JSON.stringify(notExpanded.json)]).toEqual([400, expect.stringContaining('the $expand query string must contains Fields')]);
    const unknown = await raw(tenant, 'GET', 'web/lists?$select=Fields/Colour&$expand=Fields');
    expect([unknown.status, JSON.stringify(unknown.json)]).toEqual([400, expect.stringContaining("'Colour' does not exist on type 'SP.Field'")]);
    expect((await raw(tenant, 'GET', 'web/lists?$expand=RootFolder')).status).toBe(501);
  });

  it('refuses writes without a digest and accepts them with an Authorization header instead', async () => {
    const body = { Title: 'NoDigest' };
    const denied = await raw(tenant, 'POST', 'web/lists', { body });
    expect(denied.status).toBe(403);
    expect(JSON.stringify(denied.json)).toContain('The security validation for this page is invalid');
    const forged = await raw(tenant, 'POST', 'web/lists', { body, digest: '0xABC,01 Jan 2020 00:00:00 -0000' });
    expect(forged.status).toBe(403);
    expect((await raw(tenant, 'POST', 'web/lists', { body, digest: await digestOf(tenant) })).status).toBe(201);
    const bearer = await raw(tenant, 'POST', 'web/lists', { body: { Title: 'ByBearer' }, headers: { Authorization: 'Bearer meganb@contoso.com' } });
    expect(bearer.status).toBe(201);
  });
});
