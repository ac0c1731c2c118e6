import { clientContext, readHost, toTeamsTheme, type IPmoShellContext } from '../../../src/webparts/common/compositionRoot';

const factory = { getClient: jest.fn() };
function ctx(webUrl: string, over: Partial<IPmoShellContext> = {}): IPmoShellContext {
  return {
    pageContext: { web: { absoluteUrl: webUrl }, legacyPageContext: { formDigestValue: '0xPAGE,25 Nov 2026 10:00:00 -0000', formDigestTimeoutSeconds: 1800, groupId: 'site-group' } },
    msGraphClientFactory: factory,
    ...over
  };
}

describe('composition root (no SPFx runtime)', () => {
  it('keeps the page digest when the lists are on the page\'s own site', () => {
    const c = clientContext(ctx('https://contoso.sharepoint.com/sites/PMO/'), 'https://contoso.sharepoint.com/sites/pmo');
    expect(c.pageContext).toEqual({
      web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/PMO' },
      legacyPageContext: { formDigestValue: '0xPAGE,25 Nov 2026 10:00:00 -0000', formDigestTimeoutSeconds: 1800 }
    });
    expect(c.msGraphClientFactory).toBe(factory);
    // Nothing but the clients' slice reaches them (no group id, no Teams SDK).
    expect(Object.keys(c)).toEqual(['pageContext', 'msGraphClientFactory']);
  });

  it('drops the page digest when the PMO site is another site, and ignores an invalid configured URL', () => {
    expect(clientContext(ctx('https://contoso.sharepoint.com/sites/team-a'), 'https://contoso.sharepoint.com/sites/pmo').pageContext).toEqual({
      web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/pmo' },
      legacyPageContext: { formDigestValue: '', formDigestTimeoutSeconds: 0 }
    });
    expect(clientContext(ctx('https://contoso.sharepoint.com/sites/team-a'), 'sites/pmo').pageContext.web.absoluteUrl).toBe(
      'https://contoso.sharepoint.com/sites/team-a'
    );
  });

  it('reads the group of a group-connected site on a SharePoint page', async () => {
    await expect(readHost(ctx('https://contoso.sharepoint.com/sites/p1'))).resolves.toEqual({ host: 'SharePoint', groupId: 'site-group' });
    const noGroup = ctx('https://contoso.sharepoint.com/sites/pmo');
    noGroup.pageContext.legacyPageContext.groupId = '';
    await expect(readHost(noGroup)).resolves.toEqual({ host: 'SharePoint', groupId: undefined });
  });

  it('falls back to the page group and the default theme when the Teams context fails', async () => {
    const failing = ctx('https://contoso.sharepoint.com/sites/team-a', {
      sdks: { microsoftTeams: { teamsJs: { app: { getContext: () => Promise.reject(new Error('not in Teams after all')) } } } }
    });
    await expect(readHost(failing)).resolves.toEqual({ host: 'Teams', groupId: 'site-group', teamsTheme: 'default' });
  });

  it('prefers the team group over the site group in Teams', async () => {
    const teams = ctx('https://contoso.sharepoint.com/sites/team-a', {
      sdks: { microsoftTeams: { teamsJs: { app: { getContext: async () => ({ app: { theme: 'contrast' }, team: { groupId: 'team-group' } }) } } } }
    });
    await expect(readHost(teams)).resolves.toEqual({ host: 'Teams', groupId: 'team-group', teamsTheme: 'contrast' });
  });

  it("reads the tab's channel from the Teams context", async () => {
    const teams = ctx('https://contoso.sharepoint.com/sites/team-a', {
      sdks: { microsoftTeams: { teamsJs: { app: { getContext: async () => ({ team: { groupId: 'team-group' }, channel: { id: '19:abc@thread.tacv2' } }) } } } }
    });
    await expect(readHost(teams)).resolves.toEqual({ host: 'Teams', groupId: 'team-group', channelId: '19:abc@thread.tacv2', teamsTheme: 'default' });
  });

  it('treats unknown Teams theme names as the default theme', () => {
    expect(['default', 'dark', 'contrast', 'glass', undefined].map(toTeamsTheme)).toEqual(['default', 'dark', 'contrast', 'default', 'default']);
  });
});
