import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IRecord } from '../../model/types';
import { RecordEditorPanel } from './RecordEditorPanel';
import { RecordsLoadError, RecordsToolbar } from './RecordsToolbar';
import type { IRecordsTabState } from './useEditableRecords';

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
 * The frame of a records tab: add/export/refresh toolbar, export and load errors (with retry), the
 * spinner, and the add/edit panel; the tab supplies its list and extras.
 */
export function RecordsTab<TRecord extends ITitledRecord, TValues>(props: IRecordsTabProps<TRecord, TValues>): React.ReactElement {
  const { tab, nameOf = (r: TRecord): string => r.title } = props;
  const { editor } = tab;
  return (
    <Stack tokens={{ childrenGap: props.gap === undefined ? 16 : props.gap }} style={{ paddingTop: 12 }}>
      <RecordsToolbar
        label={props.label}
        newText={props.newText}
        onNew={() => editor.startNew()}
        exports={tab.exports}
        onRefresh={tab.reload}
        loading={tab.loading}
      />
      {props.filters}
      {tab.loading && <Spinner label={strings.Loading} />}
      <RecordsLoadError error={tab.error} onRetry={tab.reload} />
      {!tab.loading && !tab.error && props.children}
      <RecordEditorPanel editor={editor} title={editor.editing ? format(strings.RecordEditNamed, nameOf(editor.editing)) : props.newTitle}>
        {props.form}
      </RecordEditorPanel>
    </Stack>
  );
}
