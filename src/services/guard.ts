/**
 * Small helpers shared by the services: every public data-layer call runs inside guard(), so what
 * escapes is always an AppError that keeps the original error as its cause (style rule 6).
 */
import { toAppError } from './errors';

/** Runs the call and converts any failure into an AppError describing the intent. */
export async function guard<T>(intent: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toAppError(e, intent);
  }
}

/** The HTTP status of a PnPjs HttpRequestError or Graph GraphError, if any. */
export function statusOf(error: unknown): number | undefined {
  const e = (error || {}) as { status?: number; statusCode?: number };
  return e.status ?? e.statusCode;
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Promise.allSettled for the ES5 lib SPFx compiles against. */
export function settle<T>(promises: Promise<T>[]): Promise<Settled<T>[]> {
  return Promise.all(
    promises.map((p) =>
      p.then(
        (value): Settled<T> => ({ ok: true, value }),
        (error): Settled<T> => ({ ok: false, error })
      )
    )
  );
}

/** Resolves after ms milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
