import type { IRecord } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import type { IProjectRecordRepository } from '../../services/types';
import type { IExportCommands } from './useExport';
import { useProjectRecords } from './useProjectRecords';
import type { IProjectRecords } from './useProjectRecords';
import { useRecordEditor } from './useRecordEditor';
import type { IRecordEditor } from './useRecordEditor';

/** How one kind of project record is loaded, edited and written, in the model's terms. */
export interface IRecordKind<TRecord extends IRecord, TValues, TDraft> {
  /** The records' name in logs, e.g. 'allocations'. */
  name: string;
  /** Draft storage kind, e.g. 'allocation' (part of the localStorage keys: keep it stable). */
  kind: string;
  /** Form values of a new record. */
  empty: () => TValues;
  /** Form values of a saved record. */
  toValues: (record: TRecord) => TValues;
  /** The model's validation of the form values. */
  validate: (values: TValues) => FieldErrors<TValues>;
  /** The draft to write, from valid form values. */
  toDraft: (values: TValues) => TDraft;
}

/** A project's records of one kind and their add/edit panel. */
export interface IEditableRecords<TRecord extends IRecord, TValues> extends IProjectRecords<TRecord> {
  editor: IRecordEditor<TRecord, TValues>;
}

/** What a records tab (RecordsTab) shows and does: the records, their editor and the exports. */
export interface IRecordsTabState<TRecord extends IRecord, TValues> extends IEditableRecords<TRecord, TValues> {
  exports: IExportCommands;
}

/** Loads a project's records from `repository` and edits them there; a saved record shows without a reload. */
export function useEditableRecords<TRecord extends IRecord, TValues, TDraft>(
  repository: IProjectRecordRepository<TRecord, TDraft>,
  projectId: number,
  kind: IRecordKind<TRecord, TValues, TDraft>
): IEditableRecords<TRecord, TValues> {
  const records = useProjectRecords(kind.name, projectId, (id) => repository.listByProject(id));
  const editor = useRecordEditor<TRecord, TValues>({
    kind: kind.kind,
    projectId,
    empty: kind.empty,
    toValues: kind.toValues,
    validate: kind.validate,
    create: (v) => repository.create(kind.toDraft(v)),
    update: (id, v, etag) => repository.update(id, kind.toDraft(v), etag),
    onSaved: records.upsert
  });
  return { ...records, editor };
}
