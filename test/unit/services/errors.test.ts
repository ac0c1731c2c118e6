import * as strings from 'PmoHubStrings';
import { AppError, isNetworkFailure, toAppError } from '../../../src/services/errors';
import { errorMessage, errorReference, logError } from '../../../src/components/common/errorMessage';

/** What the Graph client throws when fetch itself failed: a GraphError (statusCode -1) naming the TypeError. */
const graphWrapped = (message: string): Error => Object.assign(new Error(message), { statusCode: -1, code: 'TypeError' });

describe('errors: only a request without a response is a network error', () => {
  it.each([
    ['fetch in Chromium', new TypeError('Failed to fetch')],
    ['fetch in Node (undici)', new TypeError('fetch failed')],
    ['fetch in Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    ['fetch wrapped by the Graph client', graphWrapped('fetch failed')],
    ['a response status of 0', Object.assign(new Error('no response'), { status: 0 })],
    ['fetch failure as the cause', Object.assign(new Error('request failed'), { cause: new TypeError('Failed to fetch') })]
  ])('%s is a network error', (_name, error) => {
    expect(isNetworkFailure(error)).toBe(true);
    expect(toAppError(error, 'Read').kind).toBe('network');
    expect(errorMessage(error)).toBe(strings.ErrorNetwork);
  });

  it.each([
    ['a programming TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a plain Error without a status', new Error('Workbook could not be written')],
    ['a programming TypeError inside the Graph client', graphWrapped("Cannot read properties of null (reading 'value')")],
    ['a thrown string', 'boom']
  ])('%s is unknown, with a reference', (_name, error) => {
    expect(isNetworkFailure(error)).toBe(false);
    const e = toAppError(error, 'Export');
    expect(e.kind).toBe('unknown');
    expect(e.cause).toBe(error);
    expect(errorMessage(error)).toBe(strings.ErrorUnknown.replace('{0}', errorReference(error)));
    expect(errorMessage(error)).not.toBe(strings.ErrorNetwork);
  });

  it('keeps the HTTP kinds', () => {
    expect(toAppError({ status: 429, message: 'slow down' }, 'x').kind).toBe('throttled');
    expect(toAppError({ statusCode: 403 }, 'x').kind).toBe('forbidden');
    expect(toAppError({ status: 404 }, 'x').kind).toBe('notFound');
    expect(toAppError({ status: 412 }, 'x').kind).toBe('conflict');
    expect(toAppError({ status: 400 }, 'x').kind).toBe('invalid');
    expect(toAppError({ status: 500 }, 'x').kind).toBe('unknown');
  });

  it('logs once with the cause and the reference the person was shown', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const cause = new TypeError("Cannot read properties of undefined (reading 'title')");
    const error = new AppError('unknown', 'Export: failed', { cause });
    const shown = errorMessage(error);
    logError('Export', error);
    expect(logged).toHaveBeenCalledTimes(1);
    const [line, original, logCause] = logged.mock.calls[0] as [string, unknown, unknown];
    expect(shown).toContain(errorReference(error));
    expect(line).toContain(errorReference(error));
    expect([original, logCause]).toEqual([error, cause]);
    logged.mockRestore();
  });

  it('gives different errors different references, and one error always the same', () => {
    const a = new Error('a');
    const b = new Error('a');
    expect(errorReference(a)).toBe(errorReference(a));
    expect(errorReference(a)).not.toBe(errorReference(b));
  });
});
