import * as strings from 'PmoHubStrings';
import { AppError, toAppError } from '../../services/errors';

/** The localized sentence a person sees for an error of the data layer. */
export function errorMessage(error: unknown): string {
  const e = error instanceof AppError ? error : toAppError(error, 'request');
  switch (e.kind) {
    case 'network':
      return strings.ErrorNetwork;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'forbidden':
      return strings.ErrorForbidden;
    case 'notFound':
      return strings.ErrorNotFound;
    case 'conflict':
      return strings.ErrorConflict;
    case 'invalid':
      return strings.ErrorInvalid;
    default:
      return strings.ErrorUnknown;
  }
}

/** Logs an error once, at the UI boundary, with its cause chain. */
export function logError(where: string, error: unknown): void {
  // eslint-disable-next-line no-console -- reason: the one place errors are logged, with their cause
  console.error(`[PMO Hub] ${where}`, error, error instanceof AppError ? error.cause : undefined);
}
