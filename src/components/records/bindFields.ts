import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { IPerson } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import { choiceOptions, validationText } from '../common/fields/labels';

/** The part of a record editor (useRecordEditor) a form's fields read and write. */
export interface IFieldSource<TValues> {
  values: TValues;
  errors: FieldErrors<TValues>;
  change: (patch: Partial<TValues>) => void;
  /** Fields are off while a save is under way, so nothing typed meanwhile is lost. */
  saving: boolean;
}

/** The form fields whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];

/** What every bound field gets: its validation message (next to it) and whether it is off. */
interface IBound {
  errorMessage: string | undefined;
  disabled: boolean;
}

/** Value, change handler and validation message of one field, ready to spread on a Fluent field. */
export interface IFieldBindings<TValues> {
  /** The localized validation message of a field the form binds itself (e.g. a composite or numeric-key field). */
  error: (key: keyof TValues) => string | undefined;
  /** True while a save is under way (for fields the form binds itself). */
  disabled: boolean;
  /** A TextField: typed text (a cleared field is ''). */
  text: <K extends KeysOf<TValues, string>>(key: K) => IBound & { value: string; onChange: (event: unknown, text?: string) => void };
  /** A single-choice Dropdown of choice values with their localized labels; unset shows the placeholder. */
  choice: <K extends KeysOf<TValues, string>, C extends string>(
    key: K,
    values: readonly C[],
    toLabel: (v: C | '' | undefined) => string
  ) => IBound & { selectedKey: string | null; options: IDropdownOption[]; onChange: (event: unknown, option?: IDropdownOption) => void };
  /** A DateField (ISO date, '' when empty). */
  date: <K extends KeysOf<TValues, string>>(key: K) => IBound & { value: string; onChange: (value: string) => void };
  /** A PeoplePickerField. */
  person: <K extends KeysOf<TValues, IPerson | undefined>>(key: K) => IBound & {
    value: IPerson | undefined;
    onChange: (person: IPerson | undefined) => void;
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
  const bound = (key: keyof TValues): IBound => ({ errorMessage: message(key), disabled: editor.saving });
  return {
    error: message,
    disabled: editor.saving,
    text: (key) => ({ ...bound(key), value: read<typeof key, string>(key), onChange: (_e, t) => set(key, t || '') }),
    choice: (key, values, toLabel) => ({
      ...bound(key),
      selectedKey: read<typeof key, string>(key) || null,
      options: choiceOptions(values, toLabel),
      onChange: (_e, o) => o && set(key, o.key)
    }),
    date: (key) => ({ ...bound(key), value: read<typeof key, string>(key), onChange: (v) => set(key, v) }),
    person: (key) => ({ ...bound(key), value: read<typeof key, IPerson | undefined>(key), onChange: (p) => set(key, p) })
  };
}
