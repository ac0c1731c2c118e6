/**
 * Composition root of the local PMO page (bundled by local/page/build.mjs). It does what the SPFx
 * web parts do in SharePoint — build the clients and services, wrap each root in PmoRoot — but from
 * the local tenant's URLs on this origin instead of an SPFx context.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { spfxTheme } from '../../src/webparts/common/theme';
import { createClientsFromUrls } from '../../src/services/clients';
import { createServices } from '../../src/services';
import type { IPmoServices } from '../../src/services/types';
import { App } from './App';
import type { LocalPerson } from './PersonSwitcher';
import { PageStrings, fmt } from './strings';
import { cultureName, pageLanguage } from './language';
import { setFormatLocale } from '../../src/model/locale';

// SharePoint pages ship the MDL2 icon font; here build.mjs copies it from @fluentui/font-icons-mdl2 (no CDN).
initializeIcons('/assets/fonts/');

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function boot(root: HTMLElement): Promise<void> {
  // As SPFx: the loc module follows the UI culture, formats the culture (here both come from ?lang=).
  const culture = cultureName(pageLanguage());
  document.documentElement.lang = culture;
  setFormatLocale(culture);
  const origin = window.location.origin;
  const [people, me] = await Promise.all([getJson<LocalPerson[]>('/__pmo/people'), getJson<LocalPerson | null>('/__pmo/whoami')]);
  let services: IPmoServices | undefined;
  let startError: unknown;
  try {
    // The pmo_user cookie says who is signed in, as SharePoint's auth cookie does; no user is passed.
    services = createServices(createClientsFromUrls({ siteUrl: `${origin}/sites/pmo`, graphBaseUrl: origin, signedInAs: me?.mail }));
  } catch (e) {
    startError = e;
  }
  ReactDom.render(<App people={people} me={me ?? undefined} theme={spfxTheme(undefined)} services={services} startError={startError} />, root);
}

const root = document.getElementById('root')!;
boot(root).catch((e: unknown) => {
  // Nothing rendered yet: say why in plain text rather than leave the page blank.
  root.textContent = fmt(PageStrings.StartFailed, e instanceof Error ? e.message : String(e));
  console.error(e);
});
