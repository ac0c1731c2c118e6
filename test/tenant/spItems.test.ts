import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import type { SPFI } from '@pnp/sp';
import { errorOf, raw, spOf } from './spHelpers';

describe('SharePoint list items through PnPjs', () => {
  let tenant: RunningTenant;
  let sp: SPFI;
  let programId: number;
  let megan: number;
  let adele: number;
  const projects = () => sp.web.lists.getByTitle('PMO Projects');

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    sp = spOf(tenant);
    const { list: programs, data } = await sp.web.lists.ensure('Programs');
    const { list } = await sp.web.lists.ensure('PMO Projects');
    await list.fields.addText('PmoCode', { MaxLength: 12 });
    await list.fields.addChoice('Phase', { Choices: ['Proposal', 'Execution', 'Closed'] });
    await list.fields.addCurrency('Budget');
    await list.fields.addDateTime('StartDate');
    await list.fields.addBoolean('IsActive');
    await list.fields.addUser('ProjectManager');
    await list.fields.addMultilineText('Notes');
    await list.fields.addLookup('Program', { LookupListId: data.Id, LookupFieldName: 'Title' });
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="UserMulti" DisplayName="Members" Name="Members" Mult="TRUE" />', Options: 8 });
    programId = (await programs.items.add({ Title: 'Digital Workplace' })).Id;
    megan = (await sp.web.ensureUser('i:0#.f|membership|meganb@contoso.com')).Id;
    adele = (await sp.web.ensureUser('adelev@contoso.com')).Id;
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('adds an item (201, JSON light, ETag "<guid>,1") and reads it back with its typed values', async () => {
    const res = await raw(tenant, 'POST', "web/lists/getByTitle('PMO%20Projects')/items", {
      body: { Title: 'Intranet', PmoCode: 'PRJ-0001', Phase: 'Execution', Budget: 125000.5, StartDate: '2025-03-01T00:00:00.000Z', IsActive: true, ProjectManagerId: megan, ProgramId: programId, MembersId: [megan, adele] },
      headers: { Authorization: 'Bearer pmo.manager@contoso.com' }
    });
    expect(res.status).toBe(201);
    const body = res.json as Record<string, unknown>;
    expect(res.headers.get('etag')).toBe(`"${body.GUID as string},1"`);
    expect(body).toMatchObject({ 'odata.etag': '"1"', 'odata.type': 'SP.Data.PMO_x0020_ProjectsListItem', Title: 'Intranet', StartDate: '2025-03-01T00:00:00Z', IsActive: true });
    expect(body).toMatchObject({ ProjectManagerId: megan, ProjectManagerStringId: String(megan), ProgramId: programId, MembersId: [megan, adele], Budget: 125000.5 });
    const item = await projects().items.getById(body.Id as number)();
    expect(item).toMatchObject({ PmoCode: 'PRJ-0001', Phase: 'Execution', Notes: null, AuthorId: 1, EditorId: 1 });
  });

  it('returns only $select-ed columns and expands a person and a lookup', async () => {
    await projects().items.add({ Title: 'ERP upgrade', PmoCode: 'PRJ-0002', Phase: 'Proposal', Budget: 90000, ProjectManagerId: adele });
    const rows = await projects()
      .items.select('Id', 'Title', 'ProjectManager/Title', 'ProjectManager/EMail', 'ProjectManager/Id', 'Program/Title', 'Program/Id')
      .expand('ProjectManager', 'Program')
      .orderBy('Id')();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Title: 'Intranet', ProjectManager: { Title: 'Megan Bowen', EMail: 'meganb@contoso.com', Id: megan }, Program: { Title: 'Digital Workplace', Id: programId } });
    expect(rows[0]).not.toHaveProperty('Budget');
    expect(rows[1].Program).toBeNull();
    const multi = await projects().items.select('Members/Title').expand('Members').filter(`Id eq ${rows[0].Id as number}`)();
    expect((multi[0].Members as { Title: string }[]).map((m) => m.Title)).toEqual(['Megan Bowen', 'Adele Vance']);
    const author = await projects().items.select('Author/Name').expand('Author').top(1)();
    expect(author[0].Author).toMatchObject({ Name: 'i:0#.f|membership|pmo.manager@contoso.com' });
  });

  it('filters with escaped quotes, functions, dates, booleans, null and lookup/person paths', async () => {
    await projects().items.add({ Title: "O'Brien's rollout", PmoCode: 'PRJ-0003', Phase: 'Closed', Budget: 5000, IsActive: false, StartDate: '2024-06-15T00:00:00Z' });
    const titles = async (f: string) => (await projects().items.select('Title').filter(f).orderBy('Title')()).map((i) => i.Title as string);
    expect(await titles("Title eq 'O''Brien''s rollout'")).toEqual(["O'Brien's rollout"]);
    expect(await titles("substringof('''Brien', Title)")).toEqual(["O'Brien's rollout"]);
    expect(await titles("startswith(PmoCode, 'PRJ-000') and Budget gt 10000")).toEqual(['ERP upgrade', 'Intranet']);
    expect(await titles("StartDate lt datetime'2025-01-01T00:00:00Z'")).toEqual(["O'Brien's rollout"]);
    expect(await titles("StartDate ge '2025-01-01T00:00:00.000Z'")).toEqual(['Intranet']);
    expect(await titles('IsActive eq 1')).toEqual(['Intranet']);
    expect(await titles('IsActive eq false')).toEqual(["O'Brien's rollout"]);
    expect(await titles('StartDate eq null')).toEqual(['ERP upgrade']);
    expect(await titles(`ProgramId eq ${programId} or (Phase eq 'proposal' and not (Budget lt 1000))`)).toEqual(['ERP upgrade', 'Intranet']);
    expect(await titles(`Program/Id eq ${programId}`)).toEqual(['Intranet']);
    expect(await titles("Program/Title eq 'Digital Workplace'")).toEqual(['Intranet']);
    expect(await titles("ProjectManager/EMail eq 'adelev@contoso.com'")).toEqual(['ERP upgrade']);
    expect(await titles(`MembersId eq ${adele}`)).toEqual(['Intranet']);
    expect(await titles("Phase ne 'Closed'")).toEqual(['ERP upgrade', 'Intranet']);
  });

  it('answers verbose item queries with d.results and d.__next', async () => {
    const res = await raw(tenant, 'GET', "web/lists/getByTitle('PMO%20Projects')/items?%24select=Id,MembersId&%24top=1", {
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const d = (res.json as { d: { results: Record<string, unknown>[]; __next: string } }).d;
    expect(d.results).toHaveLength(1);
    expect(d.results[0]).toMatchObject({ __metadata: { type: 'SP.Data.PMO_x0020_ProjectsListItem', etag: '"1"' }, MembersId: { results: [megan, adele] } });
    expect(new URL(d.__next).searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${d.results[0].Id as number}`);
  });

  it('orders by several keys, empty values first ascending and last descending', async () => {
    await projects().items.add({ Title: 'Tie', PmoCode: 'PRJ-0005', Phase: 'Proposal', Budget: 1 });
    const rows = await projects().items.select('Title').orderBy('Phase', true).orderBy('Budget', false)();
    expect(rows.map((r) => r.Title)).toEqual(["O'Brien's rollout", 'Intranet', 'ERP upgrade', 'Tie']);
    const byFlag = await projects().items.select('Title').orderBy('IsActive', false).orderBy('Id')();
    expect(byFlag.map((r) => r.Title)).toEqual(['Intranet', "O'Brien's rollout", 'ERP upgrade', 'Tie']);
    const byManager = await projects().items.select('Title').filter('ProjectManagerId ne null').orderBy('ProjectManager/Title')();
    expect(byManager.map((r) => r.Title)).toEqual(['ERP upgrade', 'Intranet']);
  });

  it('bulk-adds through the seed API route with the same validation, all rows or none', async () => {
    const count = async () => (await projects().select('ItemCount')()).ItemCount as number;
    const before = await count();
    const ok = await tenant.control<{ ids: number[] }>('POST', 'sp/items', {
      list: 'PMO Projects',
      rows: [{ Title: 'Seeded 1', Created: '2024-01-02T03:04:05Z', AuthorId: megan }, { Title: 'Seeded 2' }]
    });
    expect(ok.ids).toHaveLength(2);
    expect(await projects().items.getById(ok.ids[0]).select('Created', 'AuthorId')()).toMatchObject({ Created: '2024-01-02T03:04:05Z', AuthorId: megan });
    await expect(tenant.control('POST', 'sp/items', { list: 'PMO Projects', rows: [{ Title: 'fine' }, { Title: 'bad', Phase: 'Nope' }] })).rejects.toThrow(/Row 1.*not one of the choices/);
    expect(await count()).toBe(before + 2);
  });

  it('answers 400 naming the column for unknown columns in $select, $filter and $orderby', async () => {
    for (const call of [projects().items.select('Nope')(), projects().items.filter("Nope eq 'x'")(), projects().items.orderBy('Nope')()]) {
      const e = await errorOf(call);
      expect(e).toMatchObject({ status: 400, message: "Column 'Nope' does not exist. It may have been deleted by another user." });
    }
    const noExpand = await errorOf(projects().items.select('ProjectManager/Title')());
    expect(noExpand.status).toBe(400);
    expect(noExpand.message).toContain('$expand');
    expect((await errorOf(projects().items.filter('Title eq')())).status).toBe(400);
  });

  it('validates item bodies like SharePoint: unknown property, type, choice, length, person and lookup ids', async () => {
    const add = (body: Record<string, unknown>) => errorOf(projects().items.add(body));
    expect(await add({ Title: 'x', Colour: 'red' })).toMatchObject({
      status: 400,
      message: "The property 'Colour' does not exist on type 'SP.Data.PMO_x0020_ProjectsListItem'. Make sure to only use property names that are defined by the type."
    });
    expect((await add({ Title: 'x', Budget: '100' })).message).toContain("'Edm.Double'");
    expect((await add({ Title: 'x', PmoCode: 'PRJ-000000000001' })).message).toContain('at most 12');
    expect((await add({ Title: 'x', ProjectManagerId: 999 })).status).toBe(400);
    expect((await add({ Title: 'x', ProgramId: 999 })).message).toContain('Invalid lookup value');
    expect((await add({ Title: 'x', ProjectManager: megan })).message).toContain('ProjectManagerId');
    expect((await add({ Title: 'x', StartDate: 'next tuesday' })).message).toContain('Edm.DateTime');
    expect((await add({ __metadata: { type: 'SP.Data.PMO_x0020_ProjectsListItem' }, Title: 'x' })).message).toContain("'__metadata' does not exist");
    const verbose = (type: string) =>
      raw(tenant, 'POST', "web/lists/getByTitle('PMO%20Projects')/items", {
        body: { __metadata: { type }, Title: 'verbose', MembersId: { results: [megan] } },
        headers: { 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose', Authorization: 'Bearer pmo.manager@contoso.com' }
      });
    expect((await verbose('SP.Data.OtherListItem')).status).toBe(400);
    expect(await verbose('SP.Data.PMO_x0020_ProjectsListItem')).toMatchObject({ status: 201, json: { d: { Title: 'verbose', MembersId: { results: [megan] } } } });
  });

  it('updates with ETags: stale → 412 with the SharePoint message, fresh and * accepted, missing IF-Match refused', async () => {
    const added = await projects().items.add({ Title: 'Versioned', PmoCode: 'PRJ-0004' });
    const item = projects().items.getById(added.Id as number);
    const first = await item.update({ Title: 'v2' }, '"1"');
    expect(first.etag).toBe(`"${added.GUID as string},2"`);
    const stale = await errorOf(item.update({ Title: 'v3' }, '"1"'));
    expect(stale).toMatchObject({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"${added.GUID as string},2"'.`
    });
    await item.update({ Title: 'v3' }, first.etag);
    await item.update({ Title: 'v4' });
    expect(await item.select('Title')()).toMatchObject({ Title: 'v4', 'odata.etag': '"4"' });
    const noMatch = await raw(tenant, 'POST', `web/lists/getByTitle('PMO%20Projects')/items(${added.Id as number})`, {
      body: { Title: 'v5' },
      headers: { 'X-HTTP-Method': 'MERGE', Authorization: 'Bearer pmo.manager@contoso.com' }
    });
    expect(noMatch.status).toBe(412);
  });

  it('deletes (200, empty), recycles (guid), and 404s missing items in SharePoint shape', async () => {
    const a = await projects().items.add({ Title: 'Delete me' });
    const b = await projects().items.add({ Title: 'Recycle me' });
    const res = await raw(tenant, 'POST', `web/lists/getByTitle('PMO%20Projects')/items(${a.Id as number})`, {
      headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*', Authorization: 'Bearer pmo.manager@contoso.com' }
    });
    expect(res).toMatchObject({ status: 200, text: '' });
    const binId = await projects().items.getById(b.Id as number).recycle();
    expect(binId).toMatch(/^[0-9a-f-]{36}$/);
    for (const id of [a.Id, b.Id] as number[]) {
      expect(await errorOf(projects().items.getById(id)())).toEqual({
        status: 404,
        code: '-2130575338, System.ArgumentException',
        message: 'Item does not exist. It may have been deleted by another user.'
      });
    }
    expect((await errorOf(projects().items.getById(a.Id as number).delete())).status).toBe(404);
  });

  it('knows the current user and site users, and refuses to ensure an unknown person', async () => {
    expect(await sp.web.currentUser()).toMatchObject({ Id: 1, Email: 'pmo.manager@contoso.com', IsSiteAdmin: true, LoginName: 'i:0#.f|membership|pmo.manager@contoso.com' });
    expect(await sp.web.siteUsers.getById(megan)()).toMatchObject({ Title: 'Megan Bowen', Email: 'meganb@contoso.com' });
    expect((await sp.web.siteUsers.getByEmail('adelev@contoso.com')()).Id).toBe(adele);
    expect((await sp.web.siteUsers.filter("startswith(Title, 'Megan')")()).map((u) => u.Id)).toEqual([megan]);
    expect((await errorOf(sp.web.ensureUser('nobody@contoso.com'))).message).toContain('could not be found');
    expect((await errorOf(sp.web.siteUsers.getById(9999)())).status).toBe(404);
  });
});
