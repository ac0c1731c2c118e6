/**
 * Reading Graph collections: follow @odata.nextLink until the end (or a cap), and encode filter
 * values ourselves, because the Graph client puts .filter()/.query() text on the URL unencoded
 * (wire-protocol.md §2.2: a '+' or '&' in user input would otherwise change the query).
 */
import type { IGraphLike } from '../clients';

/** A Graph collection page. */
export interface IGraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** Every row of the collection at `path`, page by page; stops once `max` rows are read. */
export async function getAllPages<T>(graph: IGraphLike, path: string, max?: number): Promise<T[]> {
  const out: T[] = [];
  let page: IGraphPage<T> = await graph.api(path).get();
  out.push(...(page.value || []));
  while (page['@odata.nextLink'] && (max === undefined || out.length < max)) {
    // The client accepts an absolute https nextLink and keeps its host and version.
    page = await graph.api(page['@odata.nextLink']).get();
    out.push(...(page.value || []));
  }
  return max === undefined ? out : out.slice(0, max);
}

/** A query string from parameters, each value percent-encoded (spaces as %20, never '+'). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const parts = Object.keys(params)
    .filter((k) => params[k] !== undefined && params[k] !== '')
    .map((k) => `${k}=${encodeURIComponent(String(params[k]))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A path segment (an id) encoded for use in a Graph URL. */
export function seg(id: string): string {
  return encodeURIComponent(id);
}

/** A nextLink (absolute) as a path relative to the version root, for use inside a JSON $batch. */
export function relativeToVersion(url: string): string {
  return url.replace(/^https?:\/\/[^/]+\/(v1\.0|beta)(?=\/)/i, '');
}
