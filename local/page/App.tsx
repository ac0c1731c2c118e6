import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { PmoRoot } from '../../src/webparts/common/PmoRoot';
import type { IPmoServices } from '../../src/services/types';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PersonSwitcher, type LocalPerson } from './PersonSwitcher';
import { routeHref, useRoute, VIEWS, type ViewKey } from './route';
import { PageStrings, fmt } from './strings';
import { TeamsMode } from './TeamsMode';
import { WebPartView } from './views';

export interface IAppProps {
  people: LocalPerson[];
  me?: LocalPerson;
  theme: ITheme;
  services?: IPmoServices;
  startError?: unknown;
}

const NAV_TEXT: Record<ViewKey, string> = {
  portfolio: PageStrings.NavPortfolio,
  register: PageStrings.NavRegister,
  project: PageStrings.NavProject,
  meetings: PageStrings.NavMeetings,
  proposals: PageStrings.NavProposals,
  teams: PageStrings.NavTeams
};

const css = mergeStyleSets({
  skip: {
    position: 'absolute',
    left: 8,
    top: -48,
    zIndex: 10,
    padding: '8px 12px',
    background: '#ffffff',
    color: '#004578',
    border: '2px solid #004578',
    selectors: { ':focus': { top: 8 } }
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16, padding: '8px 24px 12px', background: '#1b3a57', color: '#ffffff' },
  brand: { fontSize: 20, fontWeight: 600, margin: '0 auto 0 0', alignSelf: 'center' },
  badge: { marginLeft: 12, padding: '2px 8px', fontSize: 12, fontWeight: 400, borderRadius: 2, background: '#ffffff', color: '#1b3a57' },
  nav: { background: '#ffffff', borderBottom: '1px solid #edebe9', padding: '0 24px' },
  navList: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: 0, padding: 0 },
  navLink: {
    display: 'block',
    padding: '12px 12px 10px',
    color: '#323130',
    textDecoration: 'none',
    borderBottom: '2px solid transparent',
    selectors: {
      ':hover': { background: '#f3f2f1' },
      ':focus-visible': { outline: '2px solid #005a9e', outlineOffset: -2 },
      '&[aria-current="page"]': { borderBottomColor: '#005a9e', fontWeight: 600 }
    }
  },
  main: { padding: '16px 24px 32px', maxWidth: 1400, outline: 'none' }
});

async function resetDemo(): Promise<void> {
  if (!window.confirm(PageStrings.ResetDemoConfirm)) return;
  const res = await fetch('/__pmo/reset', { method: 'POST' });
  if (res.ok) window.location.reload();
}

/** The local PMO page: header with the person switcher, navigation between the four web parts, the chosen one. */
export const App: React.FC<IAppProps> = ({ people, me, theme, services, startError }) => {
  const route = useRoute();
  const title = NAV_TEXT[route.view];
  React.useEffect(() => {
    document.title = fmt(PageStrings.DocumentTitle, title);
  }, [title]);
  return (
    <>
      <a className={css.skip} href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {PageStrings.SkipToContent}
      </a>
      <header className={css.header}>
        {/* The page title, as a SharePoint page has one; each web part brings its own h2 title. */}
        <h1 className={css.brand} title={PageStrings.LocalTenantHint}>
          {PageStrings.Brand}
          <span className={css.badge}>{PageStrings.LocalTenantBadge}</span>
        </h1>
        <LanguageSwitcher />
        <PersonSwitcher people={people} current={me} />
        <DefaultButton text={PageStrings.ResetDemo} onClick={() => void resetDemo()} />
      </header>
      <nav className={css.nav} aria-label={PageStrings.NavLabel}>
        <ul className={css.navList}>
          {VIEWS.map((v) => (
            <li key={v}>
              <a className={css.navLink} href={routeHref({ view: v })} aria-current={route.view === v ? 'page' : undefined}>
                {NAV_TEXT[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={css.main} tabIndex={-1}>
        {/* One root per web part, each wrapped exactly as the SPFx web part wraps it; Teams mode hosts its own. */}
        {route.view === 'teams' ? (
          <TeamsMode route={route} services={services} startError={startError} />
        ) : (
          <PmoRoot key={route.view} name={`local-${route.view}`} theme={theme} services={services} startError={startError} needsLists>
            <WebPartView route={route} />
          </PmoRoot>
        )}
      </main>
    </>
  );
};
