/**
 * Text of the local page's own chrome (header, person switcher, navigation). The web parts' text
 * comes from src/loc (PmoHubStrings) as in SharePoint; this page exists only on the local tenant.
 */
import { pageLanguage } from './language';

const en = {
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
  StartFailed: 'The local PMO page could not start: {0}',
  LanguageLabel: 'Language',
  LanguageEnglish: 'English',
  LanguageGerman: 'Deutsch (German)'
};

const de: typeof en = {
  BootLoading: 'PMO Hub wird geladen…',
  DocumentTitle: 'PMO Hub – {0} – lokaler Mandant',
  SkipToContent: 'Zum Hauptinhalt springen',
  Brand: 'PMO Hub',
  LocalTenantBadge: 'Lokaler Mandant',
  LocalTenantHint: 'Alles hier läuft gegen den lokalen Mandanten auf diesem Rechner; es wird kein Microsoft 365-Mandant verwendet.',
  NavLabel: 'PMO Hub-Webparts',
  NavPortfolio: 'Portfolio',
  NavRegister: 'Projektregister',
  NavProject: 'Projekt',
  NavMeetings: 'Besprechungen',
  NavProposals: 'Projektanträge',
  PersonSwitcherLabel: 'Angemeldet als',
  PersonSwitcherHint: 'Wählen Sie eine Demo-Person: die Seite wird als diese Person neu geladen (Microsoft Graph /me und der aktuelle SharePoint-Benutzer).',
  PersonOption: '{0} – {1}',
  PeopleLoadFailed: 'Die Demo-Personen konnten nicht vom lokalen Mandanten geladen werden.',
  ProjectChooserLabel: 'Projekt',
  ProjectChooserPlaceholder: 'Projekt auswählen',
  ProjectChooserLoading: 'Projekte werden geladen…',
  ProjectChooserEmpty: 'Im Projektregister gibt es noch keine Projekte.',
  ProjectChooserPrompt: 'Wählen Sie ein Projekt, um sein RAID-Protokoll, seine Kosten und Ressourcen zu sehen.',
  ProjectOption: '{0} {1}',
  ResetDemo: 'Demodaten wiederherstellen',
  ResetDemoConfirm: 'Das Demo-Portfolio wiederherstellen? Alle Änderungen auf dem lokalen Mandanten gehen verloren.',
  ResetDemoRunning: 'Wird wiederhergestellt…',
  NavTeams: 'Teams-Registerkarte',
  TeamsIntro: 'PMO Project als Registerkarte im Kanal eines Projektteams, gehostet wie in Teams: die Registerkarte liest Team und Kanal aus dem Teams-Kontext, nicht aus einer Auswahl auf der Seite.',
  TeamsTeamLabel: 'Team (Teams-Kontext)',
  TeamsTeamPlaceholder: 'Eines Ihrer Teams auswählen',
  TeamsChannelLabel: 'Kanal',
  TeamsThemeLabel: 'Teams-Design',
  TeamsThemeDefault: 'Standard',
  TeamsThemeDark: 'Dunkel',
  TeamsThemeContrast: 'Hoher Kontrast',
  TeamsWidthLabel: 'Fenster',
  TeamsWidthDesktop: 'Desktop',
  TeamsWidthPhone: 'Telefon (360 px)',
  TeamsLoading: 'Ihre Teams werden geladen…',
  TeamsNone: 'Sie sind in keinem Team Mitglied.',
  TeamsPrompt: 'Wählen Sie ein Team, um seine Kanal-Registerkarte zu öffnen.',
  TeamsTabLabel: 'Teams-Kanal-Registerkarte: {0} › {1}',
  StartFailed: 'Die lokale PMO-Seite konnte nicht starten: {0}',
  LanguageLabel: 'Sprache',
  LanguageEnglish: 'English (Englisch)',
  LanguageGerman: 'Deutsch'
};

/** The page's strings in each language of src/loc (test/unit/loc/languages.test.ts checks they match). */
export const PageStringsByLanguage = { 'en-us': en, 'de-de': de };

/** The page's strings in the language the address asks for (language.ts). */
export const PageStrings: typeof en = PageStringsByLanguage[pageLanguage()];

/** Replaces {0}, {1}… with the arguments. */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
