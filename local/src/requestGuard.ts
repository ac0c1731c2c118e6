/**
 * What the local tenant checks before any module sees a request: that it was addressed to this
 * loopback server (Host), that it comes from the tenant's own origin (Origin, Sec-Fetch-Site), and that
 * its body stays within the limit of the service it is for. A developer's browser visits arbitrary web
 * pages; without these checks any of them could write to the tenant (plain-text POSTs need no CORS
 * preflight) or read it through DNS rebinding. Refusals use the error shape of the service addressed.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { graphError, json, spError, text, type LocalResponse } from './http.ts';

/** The names this server answers to: loopback only (main.ts binds 127.0.0.1). */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Largest body per service. SharePoint's client service (_api is client.svc) refuses messages over
 * 2,097,152 bytes ("The request message is too big. The server does not allow messages larger than
 * 2097152 bytes.", the CSOM/REST MaxReceivedMessageSize of SharePoint Online). Microsoft Graph limits a
 * request to 4 MB (https://learn.microsoft.com/en-us/graph/outlook-large-attachments: attachments under
 * 3 MB in one POST, whose base64 alone is 4 MiB, so the JSON around it gets 64 KiB here; the attachment,
 * sendMail and upload-range routes keep their own documented limits). Control routes carry seed rows
 * for benchmarks; the page takes no bodies.
 */
export const BODY_LIMITS: { prefix: RegExp; bytes: number; service: Service }[] = [
  { prefix: /^\/sites\/pmo\/_api(\/|$)/i, bytes: 2 * MiB, service: 'sharepoint' },
  { prefix: /^\/v1\.0(\/|$)/, bytes: 4 * MiB + 64 * KiB, service: 'graph' },
  { prefix: /^\/api\/v2\.0\//, bytes: 4 * MiB + 64 * KiB, service: 'graph' },
  { prefix: /^\/__pmo\//, bytes: 64 * MiB, service: 'control' }
];
const PAGE_BODY_LIMIT = 64 * KiB;

export type Service = 'sharepoint' | 'graph' | 'control' | 'page';

export function serviceOf(pathname: string): Service {
  return BODY_LIMITS.find((l) => l.prefix.test(pathname))?.service ?? 'page';
}

export function bodyLimitOf(pathname: string): number {
  return BODY_LIMITS.find((l) => l.prefix.test(pathname))?.bytes ?? PAGE_BODY_LIMIT;
}

/** A refusal in the addressed service's shape: SharePoint's odata.error, Graph's error, or {error} / text. */
export function refusal(service: Service, headers: IncomingHttpHeaders, status: number, sp: { code: string }, graphCode: string, message: string): LocalResponse {
  if (service === 'sharepoint') return spError({ headers }, status, sp.code, message);
  if (service === 'graph') return graphError(status, graphCode, message);
  if (service === 'control') return json(status, { error: message });
  return text(status, message);
}

const ACCESS_DENIED = { code: '-2147024891, System.UnauthorizedAccessException' };
const BAD_REQUEST = { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' };

/**
 * The Host header names this server: one of the loopback names with its own port. Anything else is
 * either malformed (400) or meant for another server (421 Misdirected Request, RFC 9110 §15.5.20), the
 * answer to a DNS-rebinding page whose host name now resolves to 127.0.0.1.
 */
export function checkHost(host: string | undefined, port: number): { ok: true; host: string } | { ok: false; status: 400 | 421; message: string } {
  if (!host) return { ok: false, status: 400, message: 'The request has no Host header.' };
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host);
  if (!m) return { ok: false, status: 400, message: 'The Host header is not a valid host name.' };
  const name = m[1].toLowerCase();
  if (!LOOPBACK_NAMES.includes(name) || Number(m[2]) !== port) {
    return { ok: false, status: 421, message: `This local tenant answers only to localhost, 127.0.0.1 or [::1] on port ${port}.` };
  }
  return { ok: true, host: `${name}:${port}` };
}

/**
 * Same origin only. Browsers send Origin on every non-GET request and on cross-origin fetches, and
 * Sec-Fetch-Site on all requests; a request from another origin (another port on localhost is another
 * origin, "same-site") is refused, whatever its method or content type. Navigations to the page
 * (a link, the address bar) stay allowed: they read nothing the navigating page could see.
 */
export function checkOrigin(headers: IncomingHttpHeaders, host: string): string | undefined {
  const origin = headers.origin;
  if (origin !== undefined && origin !== `https://${host}`) return `Cross-origin requests are refused: Origin ${String(origin)} is not https://${host}.`;
  const site = headers['sec-fetch-site'];
  const navigate = headers['sec-fetch-mode'] === 'navigate' && (headers['sec-fetch-dest'] === 'document' || headers['sec-fetch-dest'] === undefined);
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && !navigate) return `Cross-origin requests are refused (Sec-Fetch-Site: ${String(site)}).`;
  return undefined;
}

/** 403 in the addressed service's shape. */
export function forbidden(pathname: string, headers: IncomingHttpHeaders, message: string): LocalResponse {
  return refusal(serviceOf(pathname), headers, 403, ACCESS_DENIED, 'Authorization_RequestDenied', message);
}

/** 400 or 421 for a bad Host, in the addressed service's shape (the path is all that can be trusted). */
export function misdirected(pathname: string, headers: IncomingHttpHeaders, status: 400 | 421, message: string): LocalResponse {
  return refusal(serviceOf(pathname), headers, status, BAD_REQUEST, status === 421 ? 'MisdirectedRequest' : 'BadRequest', message);
}

/** 413 in the addressed service's shape. */
export function tooLarge(pathname: string, headers: IncomingHttpHeaders, limit: number): LocalResponse {
  const message = `The request message is too big. The server does not allow messages larger than ${limit} bytes.`;
  return refusal(serviceOf(pathname), headers, 413, { code: '-1, Microsoft.SharePoint.Client.ClientServiceException' }, 'ErrorRequestEntityTooLarge', message);
}

/** HTTP.sys, in front of SharePoint Online and Graph, refuses a request line plus headers over 16 KiB (MaxRequestBytes). */
export const MAX_HEAD_BYTES = 16 * KiB;
/** Node's parser gets room above that so the handler can answer in the service's shape. */
export const PARSER_HEAD_BYTES = 4 * MAX_HEAD_BYTES;

/** Size of the request line and headers as sent. */
export function headBytes(method: string, url: string, rawHeaders: string[]): number {
  let n = method.length + url.length + 12;
  for (let i = 0; i < rawHeaders.length; i += 2) n += rawHeaders[i].length + rawHeaders[i + 1].length + 4;
  return n;
}

/** 431 in the addressed service's shape. */
export function headTooLarge(pathname: string, headers: IncomingHttpHeaders): LocalResponse {
  return refusal(serviceOf(pathname), headers, 431, BAD_REQUEST, 'RequestHeaderFieldsTooLarge', `The request line and headers are larger than ${MAX_HEAD_BYTES} bytes.`);
}

/**
 * The raw answer to a request Node's HTTP parser refused (request line and headers over 16 KiB, which
 * HTTP.sys in front of SharePoint Online and Graph also refuses; or no valid HTTP at all): 431 or 400
 * with a body in the shape of the service the request line names, instead of Node's empty answer.
 */
export function parserRefusal(code: string | undefined, rawPacket: Buffer | undefined): string {
  const requestLine = rawPacket?.toString('latin1').split('\r\n', 1)[0] ?? '';
  const pathname = (/^[A-Z]+ (\S+)/.exec(requestLine)?.[1] ?? '/').split('?')[0];
  const headers = { accept: /^accept:.*odata=verbose/im.test(rawPacket?.toString('latin1') ?? '') ? 'application/json;odata=verbose' : '' };
  const tooLarge = code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const message = tooLarge ? `The request line and headers are larger than ${MAX_HEAD_BYTES} bytes.` : 'The request is not valid HTTP.';
  const res = refusal(serviceOf(pathname), headers, status, BAD_REQUEST, tooLarge ? 'RequestHeaderFieldsTooLarge' : 'BadRequest', message);
  const body = Buffer.from(String(res.body ?? ''), 'utf8');
  const head = Object.entries({ ...(res.headers ?? {}), 'Content-Length': String(body.length), Connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n${head.join('\r\n')}\r\n\r\n${body.toString('utf8')}`;
}
