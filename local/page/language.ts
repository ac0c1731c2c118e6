/**
 * The local page's UI language, as SharePoint's UI culture would pick it: `?lang=de-de` in the address
 * (kept across the hash routes and the reload after switching person). It chooses the web parts' loc
 * module (build.mjs embeds every src/loc language), the page's own strings and the format locale.
 */

/** The languages of src/loc, by their loc file name (SPFx's lower-case culture). */
export const PAGE_LANGUAGES = ['en-us', 'de-de'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** The query parameter that names the language. */
export const LANGUAGE_PARAM = 'lang';

/** The language the address asks for; English when it names none we have. */
export function pageLanguage(search: string = typeof location === 'undefined' ? '' : location.search): PageLanguage {
  const asked = (new URLSearchParams(search).get(LANGUAGE_PARAM) ?? '').toLowerCase();
  return (PAGE_LANGUAGES as readonly string[]).includes(asked) ? (asked as PageLanguage) : 'en-us';
}

/** The culture name SharePoint would report for the language (de-de → de-DE). */
export function cultureName(lang: PageLanguage): string {
  const [l, r] = lang.split('-');
  return `${l}-${r.toUpperCase()}`;
}

/** Reloads the page in another language, keeping the view (hash) and every other parameter. */
export function switchLanguage(lang: PageLanguage): void {
  const url = new URL(window.location.href);
  if (lang === 'en-us') url.searchParams.delete(LANGUAGE_PARAM);
  else url.searchParams.set(LANGUAGE_PARAM, lang);
  window.location.assign(url.toString());
}
