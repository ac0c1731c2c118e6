/**
 * Writes (and single GETs) through Graph JSON $batch: up to 20 requests a batch, batches in parallel,
 * throttled inner requests (429/503/504) sent again after their Retry-After. Returns each request's
 * response by its key, so callers decide what an inner failure means (it never throws for one).
 * Graph runs the requests of one batch in any order, so callers only batch independent requests.
 */
import type { IGraphLike } from '../clients';
import { sleep } from '../guard';
import { retryAfterSeconds } from './jsonBatch';

export interface IBatchRequest {
  key: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. /planner/tasks. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface IBatchResponse {
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code?: string; message?: string } } & Record<string, unknown>;
}

const RETRYABLE = [429, 503, 504];

export async function batchSend(graph: IGraphLike, requests: IBatchRequest[], opts: { batchSize?: number; maxAttempts?: number; maxDelaySeconds?: number } = {}): Promise<Record<string, IBatchResponse>> {
  const { batchSize = 20, maxAttempts = 4, maxDelaySeconds = 30 } = opts;
  const out: Record<string, IBatchResponse> = {};
  let queue = requests.slice();
  for (let attempt = 1; queue.length; attempt++) {
    const round = queue;
    queue = [];
    let wait = 0;
    const chunks: IBatchRequest[][] = [];
    for (let i = 0; i < round.length; i += batchSize) chunks.push(round.slice(i, i + batchSize));
    await Promise.all(
      chunks.map(async (chunk) => {
        const body = {
          requests: chunk.map((r, i) => ({
            id: String(i + 1),
            method: r.method,
            url: r.url,
            ...(r.body !== undefined ? { body: r.body, headers: { 'Content-Type': 'application/json', ...(r.headers || {}) } } : r.headers ? { headers: r.headers } : {})
          }))
        };
        const res: { responses?: ({ id: string } & IBatchResponse)[] } = await graph.api('/$batch').post(body);
        for (const r of res.responses || []) {
          const req = chunk[Number(r.id) - 1];
          if (!req) continue;
          if (RETRYABLE.indexOf(r.status) >= 0 && attempt < maxAttempts) {
            wait = Math.max(wait, Math.min(retryAfterSeconds(r.headers) ?? Math.pow(2, attempt - 1), maxDelaySeconds));
            queue.push(req);
          } else {
            out[req.key] = { status: r.status, headers: r.headers || {}, body: r.body };
          }
        }
      })
    );
    if (queue.length && wait > 0) await sleep(wait * 1000);
  }
  return out;
}

/** An inner failure shaped like a GraphError (statusCode, code), so toAppError maps it. */
export function batchError(intent: string, r: IBatchResponse): Error {
  const err = r.body && r.body.error;
  return Object.assign(new Error(`${intent}: ${r.status} ${(err && err.message) || ''}`.trim()), { statusCode: r.status, code: err && err.code, body: r.body });
}
