import type { IRecord } from '../../model/types';
import type { IProjectRecordRepository } from '../../services/types';
import type { IRecordEditor, IRecordType } from './types';
import type { IExportCommands } from './useExport';
import { useRecords } from './useRecords';
import type { IRecords } from './useRecords';
import { useRecordEditor } from './useRecordEditor';

/** How one kind of project record is loaded, edited and written, in the model's terms. */
export interface IRecordKind<TRecord extends IRecord, TValues, TDraft> extends IRecordType<TRecord, TValues> {
  /** The records' name in logs, e.g. 'allocations'. */
  name: string;
  /** The draft to write, from valid form values. */
  toDraft: (values: TValues) => TDraft;
}

/** A project's records of one kind and their add/edit panel. */
export interface IEditableRecords<TRecord extends IRecord, TValues> extends IRecords<TRecord> {
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
  const records = useRecords(kind.name, projectId, (id) => repository.listByProject(id));
  const editor = useRecordEditor<TRecord, TValues>({
    ...kind,
    scope: `project-${projectId}`,
    create: (v) => repository.create(kind.toDraft(v)),
    update: (id, v, etag) => repository.update(id, kind.toDraft(v), etag),
    onSaved: records.upsert
  });
  return { ...records, editor };
}
