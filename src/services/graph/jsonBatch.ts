/**
 * Many Graph GETs in few round trips: a JSON $batch body built by hand (the SDK's BatchRequestContent
 * keeps "/v1.0" in inner URLs, which Graph rejects — wire-protocol.md §2.8), at most 20 requests a
 * batch and 4 batches in flight. The SDK's retry handler only sees the 200 envelope, so throttled
 * inner requests (429/503/504) are retried here after their Retry-After; each inner @odata.nextLink
 * becomes a request of the next round.
 */
import type { IGraphLike } from '../clients';
import { sleep } from '../guard';
import { relativeToVersion } from './paging';
import { withPermission } from './permissions';

export interface IBatchGetOptions {
  /** Requests per $batch (Graph allows 20). */
  batchSize?: number;
  /** $batch requests in flight at once (Outlook serves 4 per mailbox concurrently). */
  concurrency?: number;
  /** Tries per inner request before a throttled one fails. */
  maxAttempts?: number;
  /** Upper bound for one wait, in seconds. */
  maxDelaySeconds?: number;
}

interface IPending {
  key: string;
  url: string;
  attempt: number;
  /** Inner request headers (e.g. Prefer: outlook.timezone), kept for the next pages too. */
  headers?: Record<string, string>;
}

interface IInnerResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { value?: unknown[]; '@odata.nextLink'?: string; error?: { code?: string; message?: string } };
}

const RETRYABLE = [429, 503, 504];

/** Seconds to wait from a Retry-After header (seconds or HTTP date), or undefined when absent. */
export function retryAfterSeconds(headers: Record<string, string> | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const name = Object.keys(headers).filter((h) => h.toLowerCase() === 'retry-after')[0];
  if (!name) return undefined;
  const raw = String(headers[name]).trim();
  const seconds = Number(raw);
  if (raw !== '' && isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(raw);
  return isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** Runs the tasks with at most `limit` at a time; rejects on the first failure. */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]();
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, tasks.length); i++) workers.push(worker());
  await Promise.all(workers);
}

/** An inner failure shaped like a GraphError, so toAppError maps its status. */
function innerError(p: IPending, r: IInnerResponse): Error {
  const err = r.body && r.body.error;
  const e = new Error(`GET ${p.url} failed in $batch: ${r.status} ${(err && err.message) || ''}`.trim());
  return withPermission(Object.assign(e, { statusCode: r.status, code: err && err.code, body: r.body }), 'GET', p.url);
}

/** One key's outcome: all its rows, or why it could not be read. */
export type BatchOutcome<T> = { ok: true; value: T[] } | { ok: false; error: Error };

/**
 * GETs every request's URL (relative to the version root, e.g. /planner/plans/{id}/tasks) through JSON
 * $batch and returns all `value` rows per key, following paging. Keys must be unique. The first
 * failure of any key rejects the whole call; batchGetSettled keeps the others.
 */
export async function batchGetAll<T>(
  graph: IGraphLike,
  requests: { key: string; url: string; headers?: Record<string, string> }[],
  options: IBatchGetOptions = {}
): Promise<Record<string, T[]>> {
  const settled = await batchGetSettled<T>(graph, requests, options);
  const rows: Record<string, T[]> = {};
  for (const r of requests) {
    const o = settled[r.key];
    if (!o.ok) throw o.error;
    rows[r.key] = o.value;
  }
  return rows;
}

/**
 * As batchGetAll, but each key settles on its own: a 404, a 403 or a request still throttled after
 * `maxAttempts` fails that key only (and a $batch request that fails as a whole fails its keys only).
 */
export async function batchGetSettled<T>(
  graph: IGraphLike,
  requests: { key: string; url: string; headers?: Record<string, string> }[],
  options: IBatchGetOptions = {}
): Promise<Record<string, BatchOutcome<T>>> {
  const { batchSize = 20, concurrency = 4, maxAttempts = 5, maxDelaySeconds = 60 } = options;
  const rows: Record<string, T[]> = {};
  const failed: Record<string, Error> = {};
  for (const r of requests) rows[r.key] = [];
  let queue: IPending[] = requests.map((r) => ({ key: r.key, url: r.url, attempt: 1, headers: r.headers }));

  while (queue.length) {
    const round = queue;
    queue = [];
    let waitSeconds = 0;
    const chunks: IPending[][] = [];
    for (let i = 0; i < round.length; i += batchSize) chunks.push(round.slice(i, i + batchSize));

    const answer = (p: IPending, r: IInnerResponse): void => {
      if (r.status >= 200 && r.status < 300) {
        const value = (r.body && r.body.value) || [];
        for (const v of value) rows[p.key].push(v as T);
        const next = r.body && r.body['@odata.nextLink'];
        if (next) queue.push({ key: p.key, url: relativeToVersion(next), attempt: 1, headers: p.headers });
      } else if (RETRYABLE.indexOf(r.status) >= 0 && p.attempt < maxAttempts) {
        // No Retry-After: back off exponentially (1 s, 2 s, 4 s …), as Graph's own handler does.
        const wait = retryAfterSeconds(r.headers) ?? Math.pow(2, p.attempt - 1);
        waitSeconds = Math.max(waitSeconds, Math.min(wait, maxDelaySeconds));
        queue.push({ key: p.key, url: p.url, attempt: p.attempt + 1, headers: p.headers });
      } else {
        failed[p.key] = innerError(p, r);
      }
    };

    await pool(
      chunks.map((chunk) => async () => {
        const body = { requests: chunk.map((p, i) => ({ id: String(i + 1), method: 'GET', url: p.url, ...(p.headers ? { headers: p.headers } : {}) })) };
        let res: { responses?: IInnerResponse[] };
        try {
          res = await graph.api('/$batch').post(body);
        } catch (e) {
          for (const p of chunk) failed[p.key] = e instanceof Error ? e : new Error(String(e));
          return;
        }
        const answered: Record<string, true> = {};
        for (const r of res.responses || []) {
          const p = chunk[Number(r.id) - 1];
          if (!p) continue;
          answered[r.id] = true;
          answer(p, r);
        }
        chunk.forEach((p, i) => {
          if (!answered[String(i + 1)]) failed[p.key] = innerError(p, { id: String(i + 1), status: 500 });
        });
      }),
      concurrency
    );
    // A key that failed reads no further pages.
    queue = queue.filter((p) => !failed[p.key]);
    if (queue.length && waitSeconds > 0) await sleep(waitSeconds * 1000);
  }
  const out: Record<string, BatchOutcome<T>> = {};
  for (const r of requests) out[r.key] = failed[r.key] ? { ok: false, error: failed[r.key] } : { ok: true, value: rows[r.key] };
  return out;
}
