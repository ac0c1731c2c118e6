/**
 * Shared set-up for the Graph tests: the real Graph client pointed at a local tenant (seed 'none':
 * people only) and the fixture control route that builds groups, events and plans through api.ts.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import type { RunningTenant } from '../helpers/localTenant';

/** Graph user ids of demo people (local/src/seed/people.ts). */
export const PEOPLE = {
  pmo: '3f6b2a10-0000-4000-8000-000000000001',
  megan: '3f6b2a10-0000-4000-8000-000000000002',
  adele: '3f6b2a10-0000-4000-8000-000000000003',
  lee: '3f6b2a10-0000-4000-8000-000000000004',
  alex: '3f6b2a10-0000-4000-8000-000000000005',
  grady: '3f6b2a10-0000-4000-8000-000000000008'
};

/** A Graph client acting as `user` (the local tenant takes a known person's mail as bearer token). */
export function graphClient(tenant: RunningTenant, user = 'pmo.manager@contoso.com'): Client {
  return Client.initWithMiddleware({
    baseUrl: tenant.origin,
    customHosts: new Set(['localhost']),
    authProvider: { getAccessToken: async () => user }
  });
}

export async function fixture<T = string>(tenant: RunningTenant, op: string, args: unknown): Promise<T> {
  const r = await tenant.control<{ result: T }>('POST', 'graph/fixture', { op, args });
  return r.result;
}

export interface LogEntry {
  seq: number;
  method: string;
  path: string;
  status: number;
  inner?: boolean;
}

export async function logSince(tenant: RunningTenant, seq: number): Promise<LogEntry[]> {
  return tenant.control<LogEntry[]>('GET', `log?since=${seq}`);
}

export async function lastSeq(tenant: RunningTenant): Promise<number> {
  const log = await tenant.control<LogEntry[]>('GET', 'log');
  return log.length ? log[log.length - 1].seq : 0;
}

/** What a thrown GraphError carries. */
export interface GraphErrorLike {
  statusCode: number;
  code: string | null;
  message: string;
  headers?: Headers;
}

export async function graphFailure(p: Promise<unknown>): Promise<GraphErrorLike> {
  try {
    await p;
  } catch (e) {
    return e as GraphErrorLike;
  }
  throw new Error('expected the Graph call to fail');
}
