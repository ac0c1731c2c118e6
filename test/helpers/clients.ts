/**
 * The production data layer wired to a running local tenant, for integration tests: the same
 * createClientsFromUrls the local PMO page uses, acting as `user` (the PMO manager when omitted).
 */
import { createClientsFromUrls, type IPmoClients } from '../../src/services/clients';
import { createServices } from '../../src/services';
import type { IPmoServices } from '../../src/services/types';
import type { RunningTenant } from './localTenant';

/** One entry of the local tenant's request log (GET /__pmo/log). */
export interface LogEntry {
  seq: number;
  method: string;
  path: string;
  status: number;
  inner?: boolean;
}

/** PnPjs and Graph clients against the tenant, acting as `user` (a demo person's mail). */
export function clientsFor(tenant: RunningTenant, user?: string): IPmoClients {
  return createClientsFromUrls({ siteUrl: tenant.siteUrl, graphBaseUrl: tenant.origin, user });
}

/** Every service of the data layer against the tenant. */
export function servicesFor(tenant: RunningTenant, user?: string): IPmoServices {
  return createServices(clientsFor(tenant, user));
}

/** Sequence number of the newest log entry, to read only what a step caused. */
export async function logMark(tenant: RunningTenant): Promise<number> {
  const log = await tenant.control<LogEntry[]>('GET', 'log');
  return log.length ? log[log.length - 1].seq : 0;
}

/** Log entries after `mark` (outer requests and, flagged inner, those inside a $batch). */
export async function logSince(tenant: RunningTenant, mark: number): Promise<LogEntry[]> {
  return tenant.control<LogEntry[]>('GET', `log?since=${mark}`);
}
