import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { allocationToFormValues, emptyAllocationValues, toAllocationDraft, validateAllocation } from '../../model/allocations';
import type { Granularity, IAllocationFormValues } from '../../model/allocations';
import type { IAllocation } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useEditableRecords } from '../records/useEditableRecords';
import type { IRecordsTabState } from '../records/useEditableRecords';
import { useExport } from '../records/useExport';
import { useProjectTitles } from '../common/useProjectTitles';
import { allocationExportColumns } from './allocationExport';
import { RESOURCE_CONFLICT_FIELDS } from './resourceConflictFields';
import type { IPersonLoad, IResourcesTabProps } from './types';
import { usePersonLoads } from './usePersonLoads';

/** State of the Resources tab; its items are the project's allocations. */
export interface IResourcesState extends IRecordsTabState<IAllocation, IAllocationFormValues> {
  /** Each allocated person's load across every project. */
  loads: IPersonLoad[];
  /** The load of a person (undefined for role-only allocations). */
  loadOf: (a: IAllocation) => IPersonLoad | undefined;
  granularity: Granularity;
  setGranularity: (g: Granularity) => void;
  /** Project title by id, for the other projects a person works on. */
  projectTitle: (id: number) => string;
}

/** Loads the project's allocations and every allocated person's load across projects. */
export function useResources(props: IResourcesTabProps): IResourcesState {
  const { project } = props;
  const services = useServices();
  const records = useEditableRecords(services.allocations, project.id, {
    name: 'allocations',
    kind: 'allocation',
    empty: () => emptyAllocationValues(project.id),
    toValues: allocationToFormValues,
    validate: validateAllocation,
    conflictFields: RESOURCE_CONFLICT_FIELDS,
    toDraft: toAllocationDraft
  });
  const loads = usePersonLoads(project.id, records.items, services.allocations);
  const [granularity, setGranularity] = React.useState<Granularity>('month');

  const titles = useProjectTitles(props.projects);
  const projectTitle = React.useCallback((id: number): string => titles[id] || format(strings.ResourceOtherProject, id), [titles]);
  const loadOf = React.useCallback(
    (a: IAllocation): IPersonLoad | undefined => (a.person ? loads.filter((l) => l.person.id === a.person!.id)[0] : undefined),
    [loads]
  );
  const columns = React.useMemo(() => allocationExportColumns(loadOf), [loadOf]);
  const exports = useExport(records.items, columns, format(strings.ResourceExportFileName, project.code || project.id), strings.ResourceExportSheet);

  return { ...records, loads, loadOf, granularity, setGranularity, projectTitle, exports };
}
