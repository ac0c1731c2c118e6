import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { DetailsList, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { RecordPanel } from '../ProjectWorkspace/RecordPanel';
import { Toolbar } from '../ProjectWorkspace/Toolbar';
import { allocationColumns, allocationName } from './allocationColumns';
import { PersonLoads } from './PersonLoads';
import { RESOURCE_CONFLICT_FIELDS } from './resourceConflictFields';
import { ResourceForm } from './ResourceForm';
import type { IResourcesTabProps } from './types';
import { useResources } from './useResources';

/** The project's allocations and each allocated person's load across all projects. */
export function ResourcesTab(props: IResourcesTabProps): React.ReactElement {
  const r = useResources(props);
  const { editor, exports } = r;
  return (
    <Stack tokens={{ childrenGap: 16 }} style={{ paddingTop: 12 }}>
      <Toolbar
        label={strings.WorkspaceTabResources}
        commands={[
          { key: 'new', text: strings.ResourceNew, icon: 'Add', onClick: () => editor.startNew() },
          { key: 'csv', text: strings.WorkspaceExportCsv, icon: 'Download', onClick: exports.csv },
          { key: 'xlsx', text: strings.WorkspaceExportExcel, icon: 'ExcelDocument', onClick: exports.xlsx },
          { key: 'refresh', text: strings.WorkspaceRefresh, icon: 'Refresh', onClick: r.reload }
        ]}
      />
      {exports.error && (
        <MessageBar messageBarType={MessageBarType.error} onDismiss={exports.dismiss}>
          {format(strings.WorkspaceExportFailed, exports.error)}
        </MessageBar>
      )}
      {r.loading && <Spinner label={strings.Loading} />}
      {r.error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.Retry} onClick={r.reload} />}>
          {format(strings.WorkspaceRecordsFailed, r.error)}
        </MessageBar>
      )}
      {!r.loading && !r.error && (
        <>
          {r.allocations.length ? (
            <DetailsList
              items={r.allocations}
              columns={allocationColumns(editor.startEdit, r.loadOf)}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              getKey={(a: { id: number }) => String(a.id)}
              onItemInvoked={editor.startEdit}
            />
          ) : (
            <Text block>{strings.ResourceEmpty}</Text>
          )}
          <PersonLoads loads={r.loads} granularity={r.granularity} onGranularity={r.setGranularity} projectTitle={r.projectTitle} />
        </>
      )}
      <RecordPanel
        editor={editor}
        title={editor.editing ? format(strings.WorkspaceEditNamed, allocationName(editor.editing)) : strings.ResourcePanelNew}
        conflictFields={RESOURCE_CONFLICT_FIELDS}
      >
        <ResourceForm editor={editor} />
      </RecordPanel>
    </Stack>
  );
}
