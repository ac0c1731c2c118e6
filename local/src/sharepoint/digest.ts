/**
 * Request digests (POST _api/contextinfo) and their check on writes. A digest is an HMAC of its
 * issue time with a secret kept in the store, so digests stay valid across restarts for their
 * lifetime, as SharePoint's do, without keeping a table of issued values.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { LocalRequest, LocalResponse } from '../http.ts';
import type { Db } from '../store.ts';
import { getMeta, setMeta } from '../store.ts';
import { fail } from './spErrors.ts';

export const DIGEST_TIMEOUT_SECONDS = 1800;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function secret(db: Db): string {
  let s = getMeta(db, 'sp_digest_secret');
  if (!s) {
    s = randomBytes(32).toString('hex');
    setMeta(db, 'sp_digest_secret', s);
  }
  return s;
}

/** SharePoint's digest date form: `21 Apr 2026 10:06:12 -0000`. */
function digestDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

const sign = (db: Db, date: string): string => `0x${createHmac('sha256', secret(db)).update(date).digest('hex').toUpperCase()}`;

export function issueDigest(db: Db, now = new Date()): string {
  const date = digestDate(now);
  return `${sign(db, date)},${date}`;
}

export function digestValid(db: Db, value: string, now = Date.now()): boolean {
  const comma = value.indexOf(',');
  if (comma < 0) return false;
  const date = value.slice(comma + 1).trim();
  if (value.slice(0, comma) !== sign(db, date)) return false;
  const issued = Date.parse(date.replace(' -0000', ' GMT'));
  return Number.isFinite(issued) && now - issued <= DIGEST_TIMEOUT_SECONDS * 1000 && issued - now < 60_000;
}

/** Writes need a valid X-RequestDigest unless they carry Authorization (app-style bearer calls). */
export function checkDigest(db: Db, req: LocalRequest): void {
  if (req.method === 'GET' || req.headers.authorization) return;
  const digest = req.headers['x-requestdigest'];
  if (typeof digest !== 'string' || !digestValid(db, digest)) throw fail.digest();
}

export function contextInfo(db: Db, req: LocalRequest, webUrl: string): LocalResponse {
  const info = {
    'odata.metadata': `${webUrl}/_api/$metadata#SP.ContextWebInformation`,
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(db),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: webUrl
  };
  if (/odata=verbose/i.test(String(req.headers.accept ?? ''))) {
    const { 'odata.metadata': _m, ...rest } = info;
    void _m;
    const d = { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...rest, SupportedSchemaVersions: { results: rest.SupportedSchemaVersions } } };
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify({ d }) };
  }
  // PnPjs asks with Accept: application/json and reads FormDigestValue at the top level.
  return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }, body: JSON.stringify(info) };
}
