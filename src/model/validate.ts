/**
 * Pure field checks shared by every form. Each returns undefined when the value is fine, or the KEY
 * of a string in the strings module (src/loc/mystrings.d.ts) with the values that fill its {0}, {1}.
 * The UI turns it into text with validationText() (src/components/common/fields); nothing here
 * touches the strings module, so the model stays free of UI code.
 */

/** Keys of the strings module that name a validation message. */
export type ValidationKey = Extract<keyof IPmoHubStrings, `Validation${string}`>;

/** A validation message: a strings key plus the values formatted into it. */
export interface IValidationMessage {
  key: ValidationKey;
  values?: (string | number)[];
}

/** Errors of a form, one message per field. */
export type FieldErrors<T> = Partial<Record<keyof T, IValidationMessage>>;

const msg = (key: ValidationKey, ...values: (string | number)[]): IValidationMessage =>
  values.length ? { key, values } : { key };

/** Text that is empty or only whitespace; numbers and other values count as given. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The value must be given (not empty, not only spaces). */
export function required(value: unknown): IValidationMessage | undefined {
  return isBlank(value) ? msg('ValidationRequired') : undefined;
}

/** The text may have at most `max` characters (a SharePoint column limit). */
export function maxLength(value: string | undefined, max: number): IValidationMessage | undefined {
  return value !== undefined && value.length > max ? msg('ValidationMaxLength', max, value.length) : undefined;
}

/**
 * Parses a number as typed: '1250', '1250.5', '1250,5' and '1,250.50'. Empty gives undefined; text
 * that is not a number gives NaN (so it can be reported instead of silently dropped).
 */
export function parseNumber(text: string | number | undefined | null): number | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'number') return text;
  const t = text.replace(/[\s\u00a0']/g, '');
  if (t === '') return undefined;
  if (/^[-+]?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[-+]?\.\d+$/.test(t)) return Number(t);
  return NaN;
}

/** The value, when given, must be a number. */
export function number(value: string | number | undefined): IValidationMessage | undefined {
  const n = parseNumber(value);
  return n !== undefined && !isFinite(n) ? msg('ValidationNumber') : undefined;
}

/** The value, when given, must be a number of zero or more. */
export function nonNegative(value: string | number | undefined): IValidationMessage | undefined {
  const n = parseNumber(value);
  if (n === undefined) return undefined;
  if (!isFinite(n)) return msg('ValidationNumber');
  return n < 0 ? msg('ValidationNonNegative') : undefined;
}

/** The value, when given, must be a number from min to max (inclusive). */
export function range(value: string | number | undefined, min: number, max: number): IValidationMessage | undefined {
  const n = parseNumber(value);
  if (n === undefined) return undefined;
  if (!isFinite(n)) return msg('ValidationNumber');
  return n < min || n > max ? msg('ValidationRange', min, max) : undefined;
}

/** The value, when given, must be a percentage from 0 to 100. */
export function percent(value: string | number | undefined): IValidationMessage | undefined {
  const n = parseNumber(value);
  if (n === undefined) return undefined;
  if (!isFinite(n)) return msg('ValidationNumber');
  return n < 0 || n > 100 ? msg('ValidationPercent') : undefined;
}

/** The value, when given, must be a whole number from min to max (1–5 for probability and impact). */
export function integerScale(
  value: string | number | undefined,
  min: number = 1,
  max: number = 5
): IValidationMessage | undefined {
  const n = parseNumber(value);
  if (n === undefined) return undefined;
  return !isFinite(n) || n !== Math.floor(n) || n < min || n > max ? msg('ValidationScale', min, max) : undefined;
}

/** True for a real calendar day written yyyy-mm-dd (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The value, when given, must be a date yyyy-mm-dd. */
export function date(value: string | undefined): IValidationMessage | undefined {
  return value && !isIsoDate(value) ? msg('ValidationDate') : undefined;
}

/** The end, when both are given, must not be before the start (ISO dates compare as text). */
export function dateOrder(start: string | undefined, end: string | undefined): IValidationMessage | undefined {
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end)) return undefined;
  return end < start ? msg('ValidationDateOrder', start) : undefined;
}

/** The first message of several checks of one field (checks run in order: required first). */
export function first(...messages: (IValidationMessage | undefined)[]): IValidationMessage | undefined {
  for (const m of messages) if (m) return m;
  return undefined;
}

/** True when the errors object holds at least one message. */
export function hasErrors<T>(errors: FieldErrors<T>): boolean {
  return Object.keys(errors).some((k) => errors[k as keyof T] !== undefined);
}

/** A value outside the allowed choices (e.g. a stale draft's old choice) must be chosen again; '' passes. */
export function oneOf<T extends string>(value: string, allowed: readonly T[]): IValidationMessage | undefined {
  return value && allowed.indexOf(value as T) < 0 ? { key: 'ValidationRequired' } : undefined;
}

/** A required choice among the allowed values. */
export function requiredOneOf<T extends string>(value: string, allowed: readonly T[]): IValidationMessage | undefined {
  return first(required(value), oneOf(value, allowed));
}

/** The messages of a validation without the fields that passed (an empty object means valid). */
export function dropEmpty<T>(errors: FieldErrors<T>): FieldErrors<T> {
  const out: FieldErrors<T> = {};
  for (const k of Object.keys(errors) as (keyof T)[]) if (errors[k]) out[k] = errors[k];
  return out;
}
