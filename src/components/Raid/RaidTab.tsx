import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { RecordList } from '../records/RecordList';
import { RecordsTab } from '../records/RecordsTab';
import { raidColumns } from './raidColumns';
import { RaidFilters } from './RaidFilters';
import { lazyPart } from '../common/LazyPart';
import { RiskMatrix } from './RiskMatrix';
import type { IRaidTabProps } from './types';
import { useRaid } from './useRaid';

// Loaded with the add/edit panel (same chunk) when it first opens.
const RaidForm = lazyPart(() => import(/* webpackChunkName: 'pmo-record-panel' */ './RaidForm').then((m) => m.RaidForm));

/** The project's RAID log: filterable list, the open-risk matrix, the add/edit panel and exports. */
export function RaidTab(props: IRaidTabProps): React.ReactElement {
  const raid = useRaid(props);
  const { editor } = raid;
  const columns = raidColumns(editor.startEdit, raid.projectTitle, props.today || new Date());

  return (
    <RecordsTab
      tab={raid}
      label={strings.WorkspaceTabRaid}
      newText={strings.RaidNew}
      newTitle={strings.RaidPanelNew}
      form={<RaidForm editor={editor} projects={props.projects} />}
      gap={12}
      filters={<RaidFilters filters={raid.filters} onChange={raid.setFilters} />}
    >
      <Stack horizontal wrap tokens={{ childrenGap: 24 }}>
        <Stack.Item grow styles={{ root: { minWidth: 320 } }}>
          <Text role="status" variant="small">
            {format(strings.RaidCount, raid.visible.length, raid.items.length)}
          </Text>
          <RecordList items={raid.visible} columns={columns} onOpen={editor.startEdit} empty={raid.items.length ? strings.RaidNoMatches : strings.RaidEmpty} />
        </Stack.Item>
        <RiskMatrix matrix={raid.matrix} />
      </Stack>
    </RecordsTab>
  );
}
