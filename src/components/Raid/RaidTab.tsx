import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { RAID_KINDS, RAID_STATUSES } from '../../model/types';
import type { RaidKind, RaidStatus } from '../../model/types';
import { choiceOptions, raidKindLabel, raidStatusLabel } from '../ProjectWorkspace/labels';
import { RecordPanel } from '../ProjectWorkspace/RecordPanel';
import { Toolbar } from '../ProjectWorkspace/Toolbar';
import { raidColumns } from './raidColumns';
import { raidConflictFields } from './raidConflictFields';
import { RaidForm } from './RaidForm';
import { RiskMatrix } from './RiskMatrix';
import type { IRaidTabProps } from './types';
import { useRaid } from './useRaid';

const ALL = '*';
const withAll = (options: IDropdownOption[]): IDropdownOption[] => [{ key: ALL, text: strings.WorkspaceFilterAll } as IDropdownOption].concat(options);

/** The project's RAID log: filterable list, the open-risk matrix, the add/edit panel and exports. */
export function RaidTab(props: IRaidTabProps): React.ReactElement {
  const raid = useRaid(props);
  const { editor, filters, exports } = raid;
  const columns = raidColumns(editor.startEdit, raid.projectTitle, props.today || new Date());
  const conflictFields = React.useMemo(() => raidConflictFields(raid.projectTitle), [raid.projectTitle]);

  return (
    <Stack tokens={{ childrenGap: 12 }} style={{ paddingTop: 12 }}>
      <Toolbar
        label={strings.WorkspaceTabRaid}
        commands={[
          { key: 'new', text: strings.RaidNew, icon: 'Add', onClick: () => editor.startNew() },
          { key: 'csv', text: strings.WorkspaceExportCsv, icon: 'Download', onClick: exports.csv },
          { key: 'xlsx', text: strings.WorkspaceExportExcel, icon: 'ExcelDocument', onClick: exports.xlsx },
          { key: 'refresh', text: strings.WorkspaceRefresh, icon: 'Refresh', onClick: raid.reload }
        ]}
      />
      {exports.error && (
        <MessageBar messageBarType={MessageBarType.error} onDismiss={exports.dismiss}>
          {format(strings.WorkspaceExportFailed, exports.error)}
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Dropdown
          label={strings.RaidFilterKind}
          selectedKey={filters.kind || ALL}
          options={withAll(choiceOptions(RAID_KINDS, raidKindLabel))}
          onChange={(_e, o) => o && raid.setFilters({ ...filters, kind: o.key === ALL ? undefined : (o.key as RaidKind) })}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          label={strings.RaidFilterStatus}
          selectedKey={filters.status || ALL}
          options={withAll(choiceOptions(RAID_STATUSES, raidStatusLabel))}
          onChange={(_e, o) => o && raid.setFilters({ ...filters, status: o.key === ALL ? undefined : (o.key as RaidStatus) })}
          styles={{ root: { minWidth: 160 } }}
        />
      </Stack>
      {raid.loading && <Spinner label={strings.Loading} />}
      {raid.error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.Retry} onClick={raid.reload} />}>
          {format(strings.WorkspaceRecordsFailed, raid.error)}
        </MessageBar>
      )}
      {!raid.loading && !raid.error && (
        <Stack horizontal wrap tokens={{ childrenGap: 24 }}>
          <Stack.Item grow styles={{ root: { minWidth: 320 } }}>
            <Text role="status" variant="small">
              {format(strings.RaidCount, raid.visible.length, raid.items.length)}
            </Text>
            {raid.visible.length ? (
              <DetailsList
                items={raid.visible}
                columns={columns}
                selectionMode={SelectionMode.none}
                layoutMode={DetailsListLayoutMode.justified}
                getKey={(i: { id: number }) => String(i.id)}
                onItemInvoked={editor.startEdit}
              />
            ) : (
              <Text block>{raid.items.length ? strings.RaidNoMatches : strings.RaidEmpty}</Text>
            )}
          </Stack.Item>
          <RiskMatrix matrix={raid.matrix} />
        </Stack>
      )}
      <RecordPanel
        editor={editor}
        title={editor.editing ? format(strings.WorkspaceEditNamed, editor.editing.title) : strings.RaidPanelNew}
        conflictFields={conflictFields}
      >
        <RaidForm editor={editor} projects={props.projects} />
      </RecordPanel>
    </Stack>
  );
}
