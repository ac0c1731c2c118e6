/**
 * Shared by the sp-*.test.ts files: real PnPjs (SPBrowser: digest, retries, JSON light) pointed at a
 * spawned local tenant, and a few raw-fetch helpers for wire-level assertions PnPjs hides.
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/batching.js';
import '@pnp/sp/site-users/web.js';
import type { RunningTenant } from '../helpers/localTenant';

export function spOf(tenant: RunningTenant): SPFI {
  return spfi(tenant.siteUrl).using(SPBrowser());
}

/** A digest from the tenant, for raw writes. */
export async function digestOf(tenant: RunningTenant): Promise<string> {
  const res = await fetch(`${tenant.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** Raw call to the site's REST API; path is relative to /_api/. */
export async function raw(
  tenant: RunningTenant,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; digest?: string } = {}
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> | undefined; text: string }> {
  const res = await fetch(`${tenant.siteUrl}/_api/${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json;charset=utf-8',
      ...(opts.digest ? { 'X-RequestDigest': opts.digest } : {}),
      ...(opts.headers ?? {})
    },
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
  });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** The SharePoint error message of a rejected PnPjs call (HttpRequestError keeps the unread response). */
export async function errorOf(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response };
    const body = err.response ? ((await err.response.clone().json()) as { 'odata.error'?: { code: string; message: { value: string } } }) : {};
    return { status: err.status ?? 0, code: body['odata.error']?.code ?? '', message: body['odata.error']?.message.value ?? String(e) };
  }
  throw new Error('expected the call to fail');
}

export interface LogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
  inner?: boolean;
}

export async function logSince(tenant: RunningTenant, seq = 0): Promise<(LogEntry & { seq: number })[]> {
  return tenant.control('GET', `log?since=${seq}`);
}
