import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { fixture, graphClient, graphFailure, PEOPLE } from './graphSupport';

describe('Graph directory: users, groups, teams and channels', () => {
  let tenant: RunningTenant;
  let alpha: string;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    alpha = await fixture(tenant, 'addGroup', {
      displayName: 'PRJ-0042 Alpha ERP',
      mail: 'alpha-erp@contoso.com',
      description: 'ERP replacement',
      ownerIds: [PEOPLE.megan],
      memberIds: [PEOPLE.pmo, PEOPLE.grady],
      channels: ['Steering']
    });
    await fixture(tenant, 'addGroup', { displayName: 'PRJ-0043 Beta CRM', mail: 'beta-crm@contoso.com', memberIds: [PEOPLE.adele], team: false });
    await fixture(tenant, 'addGroup', { displayName: 'Finance', mail: 'finance@contoso.com', memberIds: [PEOPLE.lee] });
  });
  afterAll(async () => {
    await tenant.stop();
  });

  it('answers /me for the person whose mail is the bearer token', async () => {
    const me = await graphClient(tenant, 'meganb@contoso.com').api('/me').get();
    expect(me).toMatchObject({ id: PEOPLE.megan, displayName: 'Megan Bowen', mail: 'meganb@contoso.com', userPrincipalName: 'meganb@contoso.com' });
    expect(me['@odata.context']).toBe(`${tenant.origin}/v1.0/$metadata#users/$entity`);
    // v1.0 leaves department out of the default property set: code that needs it must $select it.
    expect(me).not.toHaveProperty('department');
    const selected = await graphClient(tenant).api('/me').select('displayName,department').get();
    expect(selected).toEqual({ '@odata.context': expect.any(String), displayName: 'Patricia Moreau', department: 'PMO' });
  });

  it('filters users with startswith on displayName or mail', async () => {
    const res = await graphClient(tenant).api('/users').filter("startswith(displayName,'meg') or startswith(mail,'adel')").select('id,displayName').get();
    expect(res.value.map((u: { id: string }) => u.id).sort()).toEqual([PEOPLE.megan, PEOPLE.adele].sort());
    const none = await graphClient(tenant).api('/users').filter("startswith(displayName,'zz')").get();
    expect(none.value).toEqual([]);
  });

  it('needs ConsistencyLevel: eventual for $search, and then matches word prefixes', async () => {
    const err = await graphFailure(graphClient(tenant).api('/users').search('"displayName:gu"').get());
    expect(err.statusCode).toBe(400);
    const res = await graphClient(tenant).api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:gu"').count(true).get();
    expect(res.value.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['Lee Gu', 'Pradeep Gupta']);
    expect(res['@odata.count']).toBe(2);
  });

  it('pages /users with $top and an absolute https nextLink that PageIterator follows', async () => {
    const client = graphClient(tenant);
    const first: PageCollection = await client.api('/users').top(5).select('id').get();
    expect(first.value).toHaveLength(5);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.origin}/v1\\.0/users\\?`));
    const ids: string[] = [];
    await new PageIterator(client, first, (u: { id: string }) => {
      ids.push(u.id);
      return true;
    }).iterate();
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('reads a user by id or UPN and answers 404 for an unknown one', async () => {
    const byUpn = await graphClient(tenant).api('/users/adelev@contoso.com').get();
    expect(byUpn.id).toBe(PEOPLE.adele);
    const err = await graphFailure(graphClient(tenant).api('/users/nobody@contoso.com').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
  });

  it('lists Microsoft 365 groups filtered by name prefix, selected and typed as Unified', async () => {
    const res = await graphClient(tenant)
      .api('/groups')
      .filter("groupTypes/any(c:c eq 'Unified') and startswith(displayName,'PRJ-')")
      .select('id,displayName,mail,resourceProvisioningOptions')
      .get();
    expect(res.value).toEqual([
      { id: alpha, displayName: 'PRJ-0042 Alpha ERP', mail: 'alpha-erp@contoso.com', resourceProvisioningOptions: ['Team'] },
      { id: expect.any(String), displayName: 'PRJ-0043 Beta CRM', mail: 'beta-crm@contoso.com', resourceProvisioningOptions: [] }
    ]);
    const paged = await graphClient(tenant).api('/groups').top(2).get();
    expect(paged.value).toHaveLength(2);
    expect(paged['@odata.nextLink']).toContain('$skiptoken=');
    const rest = await graphClient(tenant).api(paged['@odata.nextLink']).get();
    expect(rest.value.map((g: { displayName: string }) => g.displayName)).toEqual(['Finance']);
  });

  it('answers 501 naming a $filter it does not implement rather than guessing', async () => {
    const err = await graphFailure(graphClient(tenant).api('/groups').filter("createdDateTime ge 2020-01-01").get());
    expect(err.statusCode).toBe(501);
    expect(err.message).toContain('createdDateTime ge 2020-01-01');
  });

  it('gives the members, owners and the groups and teams of the signed-in user', async () => {
    const members = await graphClient(tenant).api(`/groups/${alpha}/members`).select('id,displayName').get();
    expect(members.value.map((m: { id: string }) => m.id).sort()).toEqual([PEOPLE.pmo, PEOPLE.megan, PEOPLE.grady].sort());
    expect(members.value[0]['@odata.type']).toBe('#microsoft.graph.user');
    const owners = await graphClient(tenant).api(`/groups/${alpha}/owners`).get();
    expect(owners.value.map((m: { id: string }) => m.id)).toEqual([PEOPLE.megan]);
    const memberOf = await graphClient(tenant).api('/me/memberOf').get();
    expect(memberOf.value.map((g: { displayName: string }) => g.displayName)).toEqual(['PRJ-0042 Alpha ERP']);
    const adeleTeams = await graphClient(tenant, 'adelev@contoso.com').api('/me/joinedTeams').get();
    // Beta CRM has no team, so Adele is in a group but in no team.
    expect(adeleTeams.value).toEqual([]);
    const teams = await graphClient(tenant).api('/me/joinedTeams').get();
    expect(teams.value).toEqual([expect.objectContaining({ id: alpha, displayName: 'PRJ-0042 Alpha ERP', isArchived: false })]);
  });

  it('lists a team’s channels with Teams-shaped ids, General first', async () => {
    const res = await graphClient(tenant).api(`/teams/${alpha}/channels`).get();
    expect(res.value.map((c: { displayName: string }) => c.displayName)).toEqual(['General', 'Steering']);
    for (const c of res.value) expect(c.id).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2$/);
    const one = await graphClient(tenant).api(`/teams/${alpha}/channels/${encodeURIComponent(res.value[1].id)}`).get();
    expect(one.displayName).toBe('Steering');
    const noTeam = await graphFailure(graphClient(tenant).api('/groups').get().then((g) => graphClient(tenant).api(`/teams/${g.value[1].id}/channels`).get()));
    expect(noTeam.statusCode).toBe(404);
  });
});
