/** One field the conflict dialog compares and lets the person choose for. */
export interface IConflictField<T> {
  /** Property of the record. */
  key: keyof T & string;
  /** Localized field label. */
  label: string;
  /** Display text of a value; String(value) when omitted. Empty values show as "(empty)". */
  format?: (value: T[keyof T], record: T) => string;
  /** Equality of two values (e.g. people by id); JSON equality with '', null and undefined as one "empty" when omitted. */
  equals?: (a: T[keyof T], b: T[keyof T]) => boolean;
}

/** A refused save: what the edit started from, what the person wants, and what the server has now. */
export interface IConflict<T> {
  /** The values the person started editing from. */
  base: T;
  /** The values the person tried to save. */
  mine: T;
  /** The values on the server now (from ConflictError.current). */
  theirs: T;
  /** The server's current ETag: the resolved version is saved with it. */
  etag: string;
}

/** Which side a field's value is taken from. */
export type ConflictSide = 'mine' | 'theirs';

/** A field whose value differs between yours and theirs. */
export interface IConflictRow<T> {
  field: IConflictField<T>;
  /** The person changed it from the base. */
  changedByMe: boolean;
  /** Someone else changed it from the base. */
  changedByThem: boolean;
  /** The side chosen when the dialog opens: theirs for fields only they changed, yours otherwise. */
  defaultSide: ConflictSide;
}

export interface IConflictDialogProps<T> {
  /** The conflict to resolve; the dialog is hidden while undefined. A new etag resets the choices. */
  conflict: IConflict<T> | undefined;
  /** Every field the form edits (fields not listed keep the server's value). */
  fields: IConflictField<T>[];
  /**
   * Saves the resolved values with `etag` (the server's current one). Reject to show the error in the
   * dialog; on another conflict, pass a new `conflict` instead of rejecting.
   */
  onResolve: (merged: T, etag: string) => Promise<void>;
  /** Closes the dialog without saving; the person's edit stays in the form. */
  onCancel: () => void;
}
