import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { RecordList } from '../records/RecordList';
import { RecordsTab } from '../records/RecordsTab';
import { allocationColumns, allocationName } from './allocationColumns';
import { PersonLoads } from './PersonLoads';
import { lazyPart } from '../common/LazyPart';
import type { IResourcesTabProps } from './types';
import { useResources } from './useResources';

// Loaded with the add/edit panel (same chunk) when it first opens.
const ResourceForm = lazyPart(() => import(/* webpackChunkName: 'pmo-record-panel' */ './ResourceForm').then((m) => m.ResourceForm));

/** The project's allocations and each allocated person's load across all projects. */
export function ResourcesTab(props: IResourcesTabProps): React.ReactElement {
  const r = useResources(props);
  return (
    <RecordsTab
      tab={r}
      label={strings.WorkspaceTabResources}
      newText={strings.ResourceNew}
      newTitle={strings.ResourcePanelNew}
      nameOf={allocationName}
      form={<ResourceForm editor={r.editor} />}
    >
      <RecordList items={r.items} columns={allocationColumns(r.editor.startEdit, r.loadOf)} onOpen={r.editor.startEdit} empty={strings.ResourceEmpty} />
      <PersonLoads loads={r.loads} granularity={r.granularity} onGranularity={r.setGranularity} projectTitle={r.projectTitle} />
    </RecordsTab>
  );
}
