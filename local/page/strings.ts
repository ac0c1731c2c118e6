/**
 * Text of the local page's own chrome (header, person switcher, navigation). The web parts' text
 * comes from src/loc (PmoHubStrings) as in SharePoint; this page exists only on the local tenant.
 */
export const PageStrings = {
  /** Shown (and announced) from first paint until the first view renders; build.mjs writes it into index.html. */
  BootLoading: 'Loading PMO Hub…',
  DocumentTitle: 'PMO Hub – {0} – local tenant',
  SkipToContent: 'Skip to main content',
  Brand: 'PMO Hub',
  LocalTenantBadge: 'Local tenant',
  LocalTenantHint: 'Everything here runs against the local tenant on this machine; no Microsoft 365 tenant is used.',
  NavLabel: 'PMO Hub web parts',
  NavPortfolio: 'Portfolio',
  NavRegister: 'Project register',
  NavProject: 'Project',
  NavMeetings: 'Meetings',
  NavProposals: 'Proposals',
  PersonSwitcherLabel: 'Acting as',
  PersonSwitcherHint: 'Choose a demo person: the page reloads as them (Microsoft Graph /me and the SharePoint current user).',
  PersonOption: '{0} – {1}',
  PeopleLoadFailed: 'The demo people could not be loaded from the local tenant.',
  ProjectChooserLabel: 'Project',
  ProjectChooserPlaceholder: 'Choose a project',
  ProjectChooserLoading: 'Loading projects…',
  ProjectChooserEmpty: 'There are no projects in the register yet.',
  ProjectChooserPrompt: 'Choose a project to see its RAID log, costs and resources.',
  ProjectOption: '{0} {1}',
  ResetDemo: 'Restore demo data',
  ResetDemoConfirm: 'Restore the demo portfolio? Every change made on the local tenant is lost.',
  ResetDemoRunning: 'Restoring…',
  NavTeams: 'Teams tab',
  TeamsIntro: 'PMO Project as a tab in a project team\'s channel, hosted as Teams hosts it: the tab reads the team and channel from the Teams context, not from a choice on the page.',
  TeamsTeamLabel: 'Team (Teams context)',
  TeamsTeamPlaceholder: 'Choose one of your teams',
  TeamsChannelLabel: 'Channel',
  TeamsThemeLabel: 'Teams theme',
  TeamsThemeDefault: 'Default',
  TeamsThemeDark: 'Dark',
  TeamsThemeContrast: 'High contrast',
  TeamsWidthLabel: 'Window',
  TeamsWidthDesktop: 'Desktop',
  TeamsWidthPhone: 'Phone (360 px)',
  TeamsLoading: 'Loading your teams…',
  TeamsNone: 'You are not a member of any team.',
  TeamsPrompt: 'Choose a team to open its channel tab.',
  TeamsTabLabel: 'Teams channel tab: {0} › {1}',
  StartFailed: 'The local PMO page could not start: {0}'
};

/** Replaces {0}, {1}… with the arguments. */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
