/**
 * Typed errors of the data layer. Every error keeps its cause; the UI maps `kind` to a localized
 * message (see src/components/common/errorMessage.ts) and logs the original once, at the boundary.
 */
import type { FieldErrors } from '../model/validate';

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
  /** For a refused Graph call: the permission (scope) PMO Hub relies on for it, e.g. 'Tasks.ReadWrite'. */
  public readonly permission?: string;

  constructor(kind: ErrorKind, message: string, options: { cause?: unknown; status?: number; permission?: string } = {}) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.status = options.status;
    this.cause = options.cause;
    this.permission = options.permission;
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

/**
 * A write of several steps that stopped part way: which steps are stored and which failed. Its kind,
 * status and permission are those of the first failure (its cause), so the message stays the usual one.
 */
export class StepsError<S extends string> extends AppError {
  constructor(public readonly done: S[], public readonly failed: S[], cause: AppError) {
    super(cause.kind, `${cause.message} (steps not done: ${failed.join(', ')})`, { cause, status: cause.status, permission: cause.permission });
    this.name = 'StepsError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * A write refused before any request because the record breaks the model's rules (a Required column
 * left empty, a value out of range). `fields` holds one message per field, as the form shows them.
 */
export class ValidationError extends AppError {
  public readonly fields: FieldErrors<Record<string, unknown>>;

  constructor(fields: FieldErrors<Record<string, unknown>>, intent: string, options: { cause?: unknown } = {}) {
    super('invalid', `${intent}: invalid ${Object.keys(fields).join(', ')}`, options);
    this.name = 'ValidationError';
    this.fields = fields;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

interface IHttpLikeError {
  status?: number;
  statusCode?: number;
  isHttpRequestError?: boolean;
  message?: string;
  name?: string;
  /** The Graph client's GraphError names the error it wrapped here (e.g. 'TypeError'). */
  code?: string | null;
  cause?: unknown;
  /** Set on a refused Graph call by src/services/graph/permissions.ts. */
  permission?: string;
}

// What fetch rejects with when no response came (Chromium, Node/undici, Firefox, Safari): a TypeError
// with one of these messages. Any other TypeError is a programming error, not the person's connection.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/fetch#exceptions
const FETCH_FAILED = /^(Failed to fetch|fetch failed|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)$/;

/**
 * True for a request that got no response at all: fetch's TypeError, as thrown (PnPjs) or wrapped by
 * the Graph client (a GraphError with statusCode -1 and code 'TypeError'), or a status of 0.
 */
export function isNetworkFailure(error: unknown): boolean {
  for (let e = error as IHttpLikeError | undefined, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as IHttpLikeError, depth++) {
    if (e.status === 0 || e.statusCode === 0) return true;
    const typeError = error instanceof TypeError || e.name === 'TypeError' || e.code === 'TypeError';
    if (typeError && FETCH_FAILED.test(String(e.message || '').trim())) return true;
  }
  return false;
}

function kindOf(status: number | undefined, message: string): ErrorKind | undefined {
  if (status === 429 || status === 503 || /Retry count exceeded/.test(message)) return 'throttled';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 412 || status === 409) return 'conflict';
  if (status === 400) return 'invalid';
  return undefined;
}

/** The permission a refused Graph call named, on the error or along its causes. */
function permissionIn(error: unknown): string | undefined {
  for (let e = error as IHttpLikeError | undefined, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as IHttpLikeError, depth++) {
    if (e.permission) return e.permission;
  }
  return undefined;
}

/**
 * Turns whatever PnPjs, the Graph client or our own code threw into an AppError, keeping the original as
 * cause. Only a request without a response is 'network'; anything else without an HTTP status (a bug,
 * a failed export) is 'unknown', shown as "something went wrong" with a reference to the log.
 */
export function toAppError(error: unknown, intent: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error || {}) as IHttpLikeError;
  const status = e.status ?? e.statusCode;
  const message = `${intent}: ${e.message ?? String(error)}`;
  if (isNetworkFailure(error)) return new AppError('network', message, { cause: error, status });
  const permission = permissionIn(error);
  // A Graph call refused for a missing consent has no status when no token could be had at all.
  const kind = kindOf(status, e.message ?? '') || (permission ? 'forbidden' : 'unknown');
  return new AppError(kind, message, { cause: error, status, permission: kind === 'forbidden' ? permission : undefined });
}
