/**
 * What the fault drills read from the local tenant, outside the page: the request log (GET /__pmo/log)
 * and the SharePoint store (REST, as a person of its own, so these reads never count as the page's).
 */
import type { RunningTenant } from '../helpers/localTenant';
import type { LogEntry } from '../../local/src/log';

/** The demo person the page acts as in the drills (the tenant's default signed-in person). */
export const PAGE_USER = 'pmo.manager@contoso.com';
/** Who the drills read the store as: their requests are told apart from the page's in the log. */
export const AUDITOR = 'isaiahl@contoso.com';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A request that a drill's own fault rules may throttle: retried on 429/503 after the Retry-After
 * the tenant sent (nothing is done by a throttled request, so a retry cannot double anything).
 */
export async function throttledFetch(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, init);
    if ((res.status !== 429 && res.status !== 503) || attempt >= 20) return res;
    await sleep(Number(res.headers.get('Retry-After') ?? 1) * 1000);
  }
}

/** Items of a PMO list as SharePoint REST stores them. */
export async function storedItems<T>(tenant: RunningTenant, list: string, filter: string, select: string, expand?: string): Promise<T[]> {
  const query = `$select=${select}&$filter=${encodeURIComponent(filter)}&$top=5000${expand ? `&$expand=${expand}` : ''}`;
  const url = `${tenant.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?${query}`;
  const res = await throttledFetch(url, { headers: { Accept: 'application/json;odata=nometadata', 'X-PMO-User': AUDITOR } });
  if (!res.ok) throw new Error(`${list} ${filter}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { value: T[] }).value;
}

/** Titles of the site's lists. */
export async function storedLists(tenant: RunningTenant): Promise<string[]> {
  const res = await throttledFetch(`${tenant.siteUrl}/_api/web/lists?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata', 'X-PMO-User': AUDITOR } });
  if (!res.ok) throw new Error(`lists: ${res.status}`);
  return ((await res.json()) as { value: { Title: string }[] }).value.map((l) => l.Title);
}

/** Deletes a list (the drills empty the site this way before the list-setup journey). */
export async function deleteList(tenant: RunningTenant, title: string): Promise<void> {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-PMO-User': AUDITOR };
  const info = await throttledFetch(`${tenant.siteUrl}/_api/contextinfo`, { method: 'POST', headers });
  const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
  const res = await throttledFetch(`${tenant.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')`, {
    method: 'POST',
    headers: { ...headers, 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*', 'X-RequestDigest': digest }
  });
  if (!res.ok) throw new Error(`delete list ${title}: ${res.status} ${await res.text()}`);
}

/** The tenant's request log after `since` (a seq number). */
export function requestLog(tenant: RunningTenant, since = 0): Promise<LogEntry[]> {
  return tenant.control<LogEntry[]>('GET', `log?since=${since}`);
}

/** The last seq number of the log (what `requestLog` takes to read only later requests). */
export async function logMark(tenant: RunningTenant): Promise<number> {
  const all = await requestLog(tenant);
  return all.length ? all[all.length - 1].seq : 0;
}
