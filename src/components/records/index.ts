// The records framework's light parts. RecordPanel and ConflictDialog are not exported here: they load
// on demand (RecordEditorPanel, RecordsTab), so a view that imports this index does not pay for them.
export type { IRecordType, IRecordEditorOptions, IRecordEditor, IRecordConflict, IAutosave, IAutosaveOptions, AutosaveState } from './types';
export { useRecordEditor } from './useRecordEditor';
export { useRecords, upsertById } from './useRecords';
export type { IRecords } from './useRecords';
export { useEditableRecords } from './useEditableRecords';
export type { IRecordKind, IEditableRecords, IRecordsTabState } from './useEditableRecords';
export { useExport } from './useExport';
export type { IExportCommands } from './useExport';
export { bindFields } from './bindFields';
export type { IFieldBindings, IFieldSource } from './bindFields';
export { RecordsTab } from './RecordsTab';
export type { IRecordsTabProps } from './RecordsTab';
export { RecordEditorPanel } from './RecordEditorPanel';
export { RecordsToolbar, RecordsLoadError } from './RecordsToolbar';
export { RecordList } from './RecordList';
export { Toolbar } from './Toolbar';
export type { IToolbarCommand } from './Toolbar';
export { draftKey } from './useDraft';
export { useAutosave, AUTOSAVE_MS } from './useAutosave';
