import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import { AppError, toAppError } from '../../services/errors';

// One reference per error object, so the sentence a person reads and the log line name the same error.
const references = new WeakMap<object, string>();
let sequence = 0;

/** A short reference for an error, shown with "something went wrong" and written in the log. */
export function errorReference(error: unknown): string {
  if (error && typeof error === 'object') {
    let ref = references.get(error);
    if (!ref) {
      sequence += 1;
      ref = `${Date.now().toString(36).slice(-4)}-${sequence.toString(36)}`.toUpperCase();
      references.set(error, ref);
    }
    return ref;
  }
  // A thrown primitive: the same text gives the same reference.
  let hash = 5381;
  for (const c of String(error)) hash = ((hash * 33) ^ c.charCodeAt(0)) >>> 0;
  return hash.toString(36).toUpperCase();
}

/** The localized sentence a person sees for an error of the data layer (or any other failure). */
export function errorMessage(error: unknown): string {
  const e = error instanceof AppError ? error : toAppError(error, 'request');
  switch (e.kind) {
    case 'network':
      return strings.ErrorNetwork;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'forbidden':
      return e.permission ? format(strings.ErrorPermissionMissing, e.permission) : strings.ErrorForbidden;
    case 'notFound':
      return strings.ErrorNotFound;
    case 'conflict':
      return strings.ErrorConflict;
    case 'invalid':
      return strings.ErrorInvalid;
    default:
      return format(strings.ErrorUnknown, errorReference(error));
  }
}

/** Logs an error once, at the UI boundary, with its cause chain and the reference the person was shown. */
export function logError(where: string, error: unknown): void {
  // eslint-disable-next-line no-console -- reason: the one place errors are logged, with their cause
  console.error(`[PMO Hub] ${where} (reference ${errorReference(error)})`, error, error instanceof AppError ? error.cause : undefined);
}
