import type { IRecord } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import type { IConflict, IConflictField } from './ConflictDialog';
import type { IStoredDraft } from './useDraft';

/** How one type of record is edited, in the model's terms: the part every editor of it shares. */
export interface IRecordType<TRecord extends IRecord, TValues> {
  /** Draft storage kind, e.g. 'raid' (part of the localStorage keys: keep it stable). */
  kind: string;
  /** Form values of a new record. */
  empty: () => TValues;
  /** Form values of a saved record. */
  toValues: (record: TRecord) => TValues;
  /** The model's validation of the form values (src/model). */
  validate: (values: TValues) => FieldErrors<TValues>;
  /** Every field the form edits, as the conflict dialog compares and shows them. */
  conflictFields: IConflictField<TValues>[];
}

/** Everything useRecordEditor needs: the record type, where it is written, and what follows a save. */
export interface IRecordEditorOptions<TRecord extends IRecord, TValues> extends IRecordType<TRecord, TValues> {
  /** Drafts of new records are kept per scope (e.g. 'project-12'); one new-record draft per kind without. */
  scope?: string;
  /** Values a new record gets from the server (e.g. the next free code); fill only fields still empty. */
  prefill?: () => Promise<Partial<TValues>>;
  /** Checks only the server can make (e.g. a unique code), after the model's validation, before the write. */
  check?: (values: TValues, editing: TRecord | undefined) => Promise<FieldErrors<TValues>>;
  /** Writes a new record. */
  create: (values: TValues) => Promise<TRecord>;
  /** Writes a change with the ETag it started from; rejects with ConflictError on 412. */
  update: (id: number, values: TValues, etag: string) => Promise<TRecord>;
  /** Called with the saved record, so the list can show it without a reload. */
  onSaved: (record: TRecord) => void;
}

/** A refused save (412) and the server's record behind it. */
export interface IRecordConflict<TRecord, TValues> extends IConflict<TValues> {
  current: TRecord;
}

/** State and handlers of a record's add/edit panel (RecordPanel shows it; a form binds to it with bindFields). */
export interface IRecordEditor<TRecord extends IRecord, TValues> {
  /** True while the panel is open. */
  isOpen: boolean;
  /** The saved record being edited; undefined for a new one. */
  editing: TRecord | undefined;
  /** The form's values as typed. */
  values: TValues;
  /** Validation messages to show now: fields the person touched, and every field after a save attempt. */
  errors: FieldErrors<TValues>;
  /** True after a save was refused by validation (shows the summary bar). */
  showSummary: boolean;
  /** True while a check or write is under way. */
  saving: boolean;
  /** Localized reason the last write failed; the values stay in the form. */
  saveError: string | undefined;
  /** A draft left from an earlier visit, offered back. */
  pendingDraft: IStoredDraft<TValues> | undefined;
  /** A refused save (412) to resolve in the ConflictDialog. */
  conflict: IRecordConflict<TRecord, TValues> | undefined;
  /** The fields the conflict dialog compares. */
  conflictFields: IConflictField<TValues>[];
  /** Opens the panel for a new record (optionally with some values set). */
  startNew: (initial?: Partial<TValues>) => void;
  /** Opens the panel on a saved record. */
  startEdit: (record: TRecord) => void;
  /** Changes some fields (marks them touched and keeps the draft). */
  change: (patch: Partial<TValues>) => void;
  /** Validates, then writes when valid; nothing is written while invalid. */
  save: () => void;
  /** Closes the panel; the draft stays in storage. */
  close: () => void;
  /** Takes the offered draft into the form. */
  restoreDraft: () => void;
  /** Drops the offered draft. */
  discardDraft: () => void;
  /** Saves the values chosen in the conflict dialog with the server's current ETag (no write when they equal theirs). */
  resolveConflict: (merged: TValues, etag: string) => Promise<void>;
  /** Closes the conflict dialog; the person's values stay in the form. */
  cancelConflict: () => void;
}

/** The autosave mode: a record that is always open and saves itself a pause after each change (useAutosave). */
export interface IAutosaveOptions<TRecord extends IRecord, TValues> {
  /** Names the record in logs, e.g. 'minutes'. */
  name: string;
  /** The draft's storage key for the record (undefined until it is first saved); see draftKey. */
  draftKey: (record: TRecord | undefined) => string;
  /** Form values of a saved record. */
  toValues: (record: TRecord) => TValues;
  /** Every field the conflict dialog compares. */
  conflictFields: IConflictField<TValues>[];
  /** Writes a new record. */
  create: (values: TValues) => Promise<TRecord>;
  /** Writes a change to `record` with IF-Match `etag`; rejects with ConflictError on 412. */
  update: (record: TRecord, values: TValues, etag: string) => Promise<TRecord>;
  /** Called with every saved version, so the list can show it without a reload. */
  onSaved: (record: TRecord) => void;
  /** The pause after the last change before the write; AUTOSAVE_MS by default. */
  delayMs?: number;
}

/** Where an autosaving record stands, for the "Saving…/Saved" line. */
export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** State and handlers of an autosaving record. */
export interface IAutosave<TRecord extends IRecord, TValues> {
  /** The saved record the values belong to; undefined until the first write of a new one. */
  record: TRecord | undefined;
  /** The values as typed; undefined until open() (e.g. while a prefilled agenda loads). */
  values: TValues | undefined;
  /** Starts editing from these values (once they are known). */
  open: (values: TValues) => void;
  /** Changes some fields: kept in the draft at once, written after the pause. */
  change: (patch: Partial<TValues>) => void;
  saveState: AutosaveState;
  /** Localized reason the last write failed; the values stay and the next change tries again. */
  saveError: string | undefined;
  /** Writes the unsaved changes now; the saved record, or undefined when the write failed or a conflict waits. */
  flush: () => Promise<TRecord | undefined>;
  /** Takes a version written by another part of the editor (e.g. publishing), so its ETag is sent from now on. */
  adopt: (record: TRecord) => void;
  /** A refused write (412), for the ConflictDialog. */
  conflict: IRecordConflict<TRecord, TValues> | undefined;
  conflictFields: IConflictField<TValues>[];
  /** Writes the values chosen in the conflict dialog with the server's ETag (no write when they equal theirs). */
  resolveConflict: (merged: TValues, etag: string) => Promise<void>;
  /** Closes the dialog; the values stay unsaved (the next write meets the conflict again). */
  cancelConflict: () => void;
  pendingDraft: IStoredDraft<TValues> | undefined;
  restoreDraft: () => void;
  discardDraft: () => void;
  /** Removes the stored draft (e.g. once published). */
  clearDraft: () => void;
}
