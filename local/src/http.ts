/** The request and response shapes shared by the local tenant's SharePoint, Graph and page modules. */
import type { IncomingHttpHeaders } from 'node:http';

export interface LocalRequest {
  method: string;
  /** Full URL as the client used it (scheme, host and port from the Host header). */
  url: URL;
  /** Lower-cased header names. */
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** `https://host:port` as the client addressed us; absolute links (nextLink) are built from it. */
  origin: string;
  /** Mail/UPN of the person the request acts as (Bearer token, pmo_user cookie, or the default). */
  user: string;
}

export interface LocalResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A module's request handler; `undefined` means "not mine" and lets the next module try. */
export type Handler = (req: LocalRequest) => Promise<LocalResponse | undefined> | LocalResponse | undefined;

export function json(status: number, value: unknown, headers: Record<string, string> = {}): LocalResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json;charset=utf-8', ...headers },
    body: JSON.stringify(value)
  };
}

export function text(status: number, value: string, contentType = 'text/plain;charset=utf-8'): LocalResponse {
  return { status, headers: { 'Content-Type': contentType }, body: value };
}

/** Graph's error envelope. */
export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): LocalResponse {
  const date = new Date().toISOString().slice(0, 19);
  return {
    status,
    headers: {
      'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
      ...headers
    },
    body: JSON.stringify({
      error: { code, message, innerError: { date, 'request-id': crypto.randomUUID(), 'client-request-id': crypto.randomUUID() } }
    })
  };
}

/** SharePoint's error envelope, JSON light or verbose as the client asked. */
export function spError(
  req: Pick<LocalRequest, 'headers'>,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {}
): LocalResponse {
  const verbose = /odata=verbose/i.test(String(req.headers.accept ?? ''));
  const inner = { code, message: { lang: 'en-US', value: message } };
  return {
    status,
    headers: {
      'Content-Type': verbose
        ? 'application/json;odata=verbose;charset=utf-8'
        : 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
      ...headers
    },
    body: JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner })
  };
}
