import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { Toolbar } from './Toolbar';
import type { IExportCommands } from './useExport';

export interface IRecordsToolbarProps {
  /** Localized name of the records (the toolbar's accessible name). */
  label: string;
  /** Localized text of the add command. */
  newText: string;
  onNew: () => void;
  exports: IExportCommands;
  onRefresh: () => void;
  /** Exports are off while the records load (there is nothing complete to export). */
  loading: boolean;
}

/** The commands of a records view (add, export CSV and Excel, refresh) and the last export's error. */
export function RecordsToolbar(props: IRecordsToolbarProps): React.ReactElement {
  const { exports, loading } = props;
  return (
    <>
      <Toolbar
        label={props.label}
        commands={[
          { key: 'new', text: props.newText, icon: 'Add', onClick: props.onNew },
          { key: 'csv', text: strings.RecordExportCsv, icon: 'Download', onClick: exports.csv, disabled: loading },
          { key: 'xlsx', text: strings.RecordExportExcel, icon: 'ExcelDocument', onClick: exports.xlsx, disabled: loading },
          { key: 'refresh', text: strings.RecordRefresh, icon: 'Refresh', onClick: props.onRefresh }
        ]}
      />
      {exports.error && (
        <MessageBar messageBarType={MessageBarType.error} onDismiss={exports.dismiss}>
          {format(strings.RecordExportFailed, exports.error)}
        </MessageBar>
      )}
    </>
  );
}

/** Why the records could not be loaded, with Retry. */
export function RecordsLoadError({ error, onRetry }: { error: string | undefined; onRetry: () => void }): React.ReactElement | null {
  if (!error) return null;
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.Retry} onClick={onRetry} />}>
      {format(strings.RecordLoadFailed, error)}
    </MessageBar>
  );
}
