import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { IPerson } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import { validationText } from '../common/fields/labels';
import { choiceOptions } from './labels';

/** The part of a record editor (useRecordEditor) a form's fields read and write. */
export interface IFieldSource<TValues> {
  values: TValues;
  errors: FieldErrors<TValues>;
  change: (patch: Partial<TValues>) => void;
}

/** The form fields whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];

/** Value, change handler and validation message of one field, ready to spread on a Fluent field. */
export interface IFieldBindings<TValues> {
  /** The localized validation message of a field the form binds itself (e.g. a composite or numeric-key field). */
  error: (key: keyof TValues) => string | undefined;
  /** A TextField: typed text (a cleared field is ''). */
  text: <K extends KeysOf<TValues, string>>(key: K) => {
    value: string;
    onChange: (event: unknown, text?: string) => void;
    errorMessage: string | undefined;
  };
  /** A single-choice Dropdown of choice values with their localized labels; unset shows the placeholder. */
  choice: <K extends KeysOf<TValues, string>, C extends string>(
    key: K,
    values: C[],
    toLabel: (v: C | '' | undefined) => string
  ) => {
    selectedKey: string | null;
    options: IDropdownOption[];
    onChange: (event: unknown, option?: IDropdownOption) => void;
    errorMessage: string | undefined;
  };
  /** A DateField (ISO date, '' when empty). */
  date: <K extends KeysOf<TValues, string>>(key: K) => {
    value: string;
    onChange: (value: string) => void;
    errorMessage: string | undefined;
  };
  /** A PeoplePickerField. */
  person: <K extends KeysOf<TValues, IPerson | undefined>>(key: K) => {
    value: IPerson | undefined;
    onChange: (person: IPerson | undefined) => void;
    errorMessage: string | undefined;
  };
}

/**
 * Binds a record form's fields to its editor, so each form says only which field, label and extras
 * (required, hint, rows) it shows, and every field validates and keeps the draft the same way.
 */
export function bindFields<TValues>(editor: IFieldSource<TValues>): IFieldBindings<TValues> {
  const message = (key: keyof TValues): string | undefined => validationText(editor.errors[key]);
  const set = <K extends keyof TValues>(key: K, value: unknown): void => {
    const patch: Partial<TValues> = {};
    patch[key] = value as TValues[K];
    editor.change(patch);
  };
  const read = <K extends keyof TValues, V>(key: K): V => editor.values[key] as unknown as V;
  return {
    error: message,
    text: (key) => ({ value: read<typeof key, string>(key), onChange: (_e, t) => set(key, t || ''), errorMessage: message(key) }),
    choice: (key, values, toLabel) => ({
      selectedKey: read<typeof key, string>(key) || null,
      options: choiceOptions(values, toLabel),
      onChange: (_e, o) => o && set(key, o.key),
      errorMessage: message(key)
    }),
    date: (key) => ({ value: read<typeof key, string>(key), onChange: (v) => set(key, v), errorMessage: message(key) }),
    person: (key) => ({ value: read<typeof key, IPerson | undefined>(key), onChange: (p) => set(key, p), errorMessage: message(key) })
  };
}
