/**
 * The one module that imports PnPjs and the Microsoft Graph client (style rule 1). It builds the two
 * clients the data layer runs on, either from the SPFx context (SharePoint, Teams) or from base URLs
 * (local tenant, tests, the local PMO page). Everything else in src/ receives an IPmoClients.
 *
 * Imports name files, not folders: PnPjs v4 is ESM-only and plain Node ESM (the local tenant's seed)
 * rejects directory imports, while SPFx webpack and jest accept both.
 */
import { spfi, SPFx, SPBrowser, type SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/site-users/index.js';
import '@pnp/sp/batching.js';
import { BrowserFetchWithRetry, InjectHeaders } from '@pnp/queryable/index.js';
import type { TimelinePipe } from '@pnp/core/index.js';
import { Client, MiddlewareFactory, type GraphRequest, type Middleware } from '@microsoft/microsoft-graph-client';
import { namingPermissions } from './graph/permissions';

export type { SPFI };

/** The part of a Graph client the data layer uses; both SPFx MSGraphClientV3 and Client satisfy it. */
export interface IGraphLike {
  /** Starts a request for a Graph path relative to the version root (e.g. "/me") or an absolute nextLink. */
  api(path: string): GraphRequest;
}

/** What every service is built from. */
export interface IPmoClients {
  /** PnPjs root bound to the PMO site. */
  sp: SPFI;
  /** Microsoft Graph v1.0. */
  graph: IGraphLike;
  /** Login of the signed-in person, when the host says it (drafts belong to them: src/components/records/useDraft). */
  person?: string;
}

/** The narrow slice of an SPFx web part context the clients need (style rule 4). */
export interface IPmoSpfxContext {
  pageContext: {
    /** The PMO site the web part runs on. */
    web: { absoluteUrl: string };
    /** The signed-in person (SPFx PageContext.user); keys their drafts. */
    user?: { loginName: string };
    /** Supplies the request digest, so the first write needs no contextinfo round trip. */
    legacyPageContext: { formDigestValue: string; formDigestTimeoutSeconds: number };
  };
  /** SPFx Graph client factory; version 3 is the Graph JS client v3 the data layer is written against. */
  msGraphClientFactory: { getClient(version: '3'): Promise<IGraphLike> };
}

/**
 * Attempts PnPjs makes for a SharePoint request answered 429, 503 or 504, waiting Retry-After between them.
 * PnPjs's default of 3 counts the first try, so only two retries: at the fault drills' 30 % throttling about
 * 1 request in 37 still failed, and a person saw "the service is busy" several times per journey. Microsoft asks
 * clients to honour Retry-After and retry rather than give up
 * (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online#how-to-handle-throttling);
 * five attempts fail about 1 request in 400 at that rate. The Graph client's RetryHandler already makes four.
 */
export const SP_ATTEMPTS = 5;

/** Replaces the send step of SPFx() and SPBrowser() (both use BrowserFetchWithRetry with PnPjs's 3 attempts). */
const spRetries = (): TimelinePipe => BrowserFetchWithRetry({ retries: SP_ATTEMPTS });

/** Production composition: PnPjs with the SPFx behaviour and the framework's Graph client. */
export async function createClientsFromContext(ctx: IPmoSpfxContext): Promise<IPmoClients> {
  const sp = spfi().using(SPFx(ctx), spRetries());
  const graph = namingPermissions(await ctx.msGraphClientFactory.getClient('3'));
  return { sp, graph, person: ctx.pageContext.user?.loginName };
}

export interface IUrlClientOptions {
  /** Absolute URL of the PMO site, e.g. https://localhost:4321/sites/pmo. */
  siteUrl: string;
  /** Graph origin without the version, e.g. https://localhost:4321 (the client adds /v1.0). */
  graphBaseUrl: string;
  /** Mail of the person to act as on the local tenant; omitted in the browser, where a cookie says who. */
  user?: string;
  /** Who is signed in when a cookie says it to the tenant (the browser page): only keys their drafts, sends nothing. */
  signedInAs?: string;
  /** Extra PnPjs behaviours (request counting, caching) applied to every SharePoint request. */
  spBehaviors?: TimelinePipe[];
  /** Extra Graph middleware, run just before the request goes on the wire (after auth and retry). */
  graphMiddleware?: Middleware[];
}

/** Local composition: the same data layer against the local tenant (or any SharePoint/Graph lookalike). */
export function createClientsFromUrls(opts: IUrlClientOptions): IPmoClients {
  const behaviors: TimelinePipe[] = [SPBrowser(), spRetries(), ...(opts.spBehaviors ?? [])];
  // The local tenant reads who is calling from this header (the browser sends a cookie instead).
  if (opts.user) behaviors.push(InjectHeaders({ 'X-PMO-User': opts.user }));
  const sp = spfi(opts.siteUrl).using(...behaviors);

  const host = new URL(opts.graphBaseUrl).hostname;
  // The local tenant treats a bearer token that is a person's mail as that person.
  const authProvider = { getAccessToken: async (): Promise<string> => opts.user ?? '' };
  const extra = opts.graphMiddleware ?? [];
  const graph = extra.length
    ? Client.initWithMiddleware({
        baseUrl: opts.graphBaseUrl,
        customHosts: new Set([host]),
        middleware: withExtra(MiddlewareFactory.getDefaultMiddlewareChain(authProvider), extra)
      })
    : Client.initWithMiddleware({ baseUrl: opts.graphBaseUrl, customHosts: new Set([host]), authProvider });
  return { sp, graph: namingPermissions(graph), person: opts.signedInAs ?? opts.user };
}

/** The default chain with the extra handlers just before the last one (the HTTP handler). */
function withExtra(chain: Middleware[], extra: Middleware[]): Middleware[] {
  return chain.slice(0, -1).concat(extra, chain.slice(-1));
}
