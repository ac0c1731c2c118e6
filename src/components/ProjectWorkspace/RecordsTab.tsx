import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IRecord } from '../../model/types';
import type { IConflictField } from '../common/ConflictDialog';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import type { IRecordPanelProps } from './RecordPanel';
import { Toolbar } from './Toolbar';
import type { IRecordsTabState } from './useEditableRecords';

// The add/edit panel (with the conflict dialog) is its own chunk, loaded when a panel first opens; the
// tabs' forms load with it (same chunk name).
const LazyRecordPanel = lazyPart(() =>
  import(/* webpackChunkName: 'pmo-record-panel' */ './RecordPanel').then(
    (m) => m.RecordPanel as unknown as React.ComponentType<IRecordPanelProps<IRecord, unknown>>
  )
);

/** The records the tabs edit all carry a Title (the lists' required column). */
type ITitledRecord = IRecord & { title: string };

export interface IRecordsTabProps<TRecord extends ITitledRecord, TValues> {
  /** The tab's records, editor and exports (the tab's hook). */
  tab: IRecordsTabState<TRecord, TValues>;
  /** Localized tab name: the toolbar's accessible name. */
  label: string;
  /** Localized text of the add command. */
  newText: string;
  /** Localized panel title for a new record. */
  newTitle: string;
  /** The record's name in the edit panel's title; its title when omitted. */
  nameOf?: (record: TRecord) => string;
  /** Fields the conflict dialog compares (every field the form edits). */
  conflictFields: IConflictField<TValues>[];
  /** The add/edit panel's fields. */
  form: React.ReactNode;
  /** Controls between the toolbar and the records (e.g. filters), shown while loading too. */
  filters?: React.ReactNode;
  /** Space between the tab's blocks. */
  gap?: number;
  /** What the tab shows once its records are loaded. */
  children: React.ReactNode;
}

/**
 * The frame every records tab of the workspace shares: add/export/refresh toolbar, export and load
 * errors (with retry), the spinner, and the add/edit panel; the tab supplies its list and extras.
 */
export function RecordsTab<TRecord extends ITitledRecord, TValues>(props: IRecordsTabProps<TRecord, TValues>): React.ReactElement {
  const RecordPanel = LazyRecordPanel as unknown as React.ComponentType<IRecordPanelProps<TRecord, TValues>>;
  const { tab, nameOf = (r: TRecord): string => r.title } = props;
  const { editor, exports } = tab;
  return (
    <Stack tokens={{ childrenGap: props.gap === undefined ? 16 : props.gap }} style={{ paddingTop: 12 }}>
      <Toolbar
        label={props.label}
        commands={[
          { key: 'new', text: props.newText, icon: 'Add', onClick: () => editor.startNew() },
          { key: 'csv', text: strings.WorkspaceExportCsv, icon: 'Download', onClick: exports.csv },
          { key: 'xlsx', text: strings.WorkspaceExportExcel, icon: 'ExcelDocument', onClick: exports.xlsx },
          { key: 'refresh', text: strings.WorkspaceRefresh, icon: 'Refresh', onClick: tab.reload }
        ]}
      />
      {exports.error && (
        <MessageBar messageBarType={MessageBarType.error} onDismiss={exports.dismiss}>
          {format(strings.WorkspaceExportFailed, exports.error)}
        </MessageBar>
      )}
      {props.filters}
      {tab.loading && <Spinner label={strings.Loading} />}
      {tab.error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.Retry} onClick={tab.reload} />}>
          {format(strings.WorkspaceRecordsFailed, tab.error)}
        </MessageBar>
      )}
      {!tab.loading && !tab.error && props.children}
      <LazyBoundary name="RecordPanel" overlay active={editor.isOpen} onDismiss={editor.close}>
        <RecordPanel
          editor={editor}
          title={editor.editing ? format(strings.WorkspaceEditNamed, nameOf(editor.editing)) : props.newTitle}
          conflictFields={props.conflictFields}
        >
          {props.form}
        </RecordPanel>
      </LazyBoundary>
    </Stack>
  );
}
