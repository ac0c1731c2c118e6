/**
 * Typed errors of the data layer. Every error keeps its cause; the UI maps `kind` to a localized
 * message (see src/components/common/errorMessage.ts) and logs the original once, at the boundary.
 */
export type ErrorKind =
  | 'network'
  | 'throttled'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'invalid'
  | 'unknown';

export class AppError extends Error {
  public readonly kind: ErrorKind;
  public readonly status?: number;
  public readonly cause?: unknown;

  constructor(kind: ErrorKind, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.status = options.status;
    this.cause = options.cause;
    // Keep instanceof working when compiled to ES5 (SPFx targets es5).
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A save refused because someone else changed the item first (HTTP 412). Carries the server's version. */
export class ConflictError<T> extends AppError {
  public readonly current: T;

  constructor(current: T, options: { cause?: unknown } = {}) {
    super('conflict', 'The item was changed by someone else.', { ...options, status: 412 });
    this.name = 'ConflictError';
    this.current = current;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

interface IHttpLikeError {
  status?: number;
  statusCode?: number;
  isHttpRequestError?: boolean;
  message?: string;
}

/** Turns whatever PnPjs or the Graph client threw into an AppError, keeping the original as cause. */
export function toAppError(error: unknown, intent: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error || {}) as IHttpLikeError;
  const status = e.status ?? e.statusCode;
  const message = `${intent}: ${e.message ?? String(error)}`;
  if (status === 429 || status === 503 || /Retry count exceeded/.test(e.message ?? '')) {
    return new AppError('throttled', message, { cause: error, status });
  }
  if (status === 401 || status === 403) return new AppError('forbidden', message, { cause: error, status });
  if (status === 404) return new AppError('notFound', message, { cause: error, status });
  if (status === 412 || status === 409) return new AppError('conflict', message, { cause: error, status });
  if (status === 400) return new AppError('invalid', message, { cause: error, status });
  if (status === undefined || status === 0 || error instanceof TypeError) {
    return new AppError('network', message, { cause: error, status });
  }
  return new AppError('unknown', message, { cause: error, status });
}
