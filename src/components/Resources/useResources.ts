import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { allocationToFormValues, emptyAllocationValues, toAllocationDraft, validateAllocation } from '../../model/allocations';
import type { Granularity, IAllocationFormValues } from '../../model/allocations';
import type { IAllocation } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useExport } from '../ProjectWorkspace/useExport';
import type { IExportCommands } from '../ProjectWorkspace/useExport';
import { useProjectRecords } from '../ProjectWorkspace/useProjectRecords';
import { useRecordEditor } from '../ProjectWorkspace/useRecordEditor';
import type { IRecordEditor } from '../ProjectWorkspace/useRecordEditor';
import { allocationExportColumns } from './allocationExport';
import type { IPersonLoad, IResourcesTabProps } from './types';
import { usePersonLoads } from './usePersonLoads';

/** State of the Resources tab. */
export interface IResourcesState {
  allocations: IAllocation[];
  loading: boolean;
  error: string | undefined;
  reload: () => void;
  /** Each allocated person's load across every project. */
  loads: IPersonLoad[];
  /** The load of a person (undefined for role-only allocations). */
  loadOf: (a: IAllocation) => IPersonLoad | undefined;
  granularity: Granularity;
  setGranularity: (g: Granularity) => void;
  /** Project title by id, for the other projects a person works on. */
  projectTitle: (id: number) => string;
  editor: IRecordEditor<IAllocation, IAllocationFormValues>;
  exports: IExportCommands;
}

/** Loads the project's allocations and every allocated person's load across projects. */
export function useResources(props: IResourcesTabProps): IResourcesState {
  const { project, projects } = props;
  const services = useServices();
  const records = useProjectRecords('allocations', project.id, (id) => services.allocations.listByProject(id));
  const loads = usePersonLoads(project.id, records.items, services.allocations);
  const [granularity, setGranularity] = React.useState<Granularity>('month');

  const editor = useRecordEditor<IAllocation, IAllocationFormValues>({
    kind: 'allocation',
    projectId: project.id,
    empty: () => emptyAllocationValues(project.id),
    toValues: allocationToFormValues,
    validate: validateAllocation,
    create: (v) => services.allocations.create(toAllocationDraft(v)),
    update: (id, v, etag) => services.allocations.update(id, toAllocationDraft(v), etag),
    onSaved: records.upsert
  });

  const titles = React.useMemo(() => {
    const map: { [id: number]: string } = {};
    for (const p of projects) map[p.id] = p.title;
    return map;
  }, [projects]);
  const projectTitle = React.useCallback((id: number): string => titles[id] || format(strings.ResourceOtherProject, id), [titles]);
  const loadOf = React.useCallback(
    (a: IAllocation): IPersonLoad | undefined => (a.person ? loads.filter((l) => l.person.id === a.person!.id)[0] : undefined),
    [loads]
  );
  const columns = React.useMemo(() => allocationExportColumns(loadOf), [loadOf]);
  const exports = useExport(records.items, columns, format(strings.ResourceExportFileName, project.code || project.id), strings.ResourceExportSheet);

  return {
    allocations: records.items,
    loading: records.loading,
    error: records.error,
    reload: records.reload,
    loads,
    loadOf,
    granularity,
    setGranularity,
    projectTitle,
    editor,
    exports
  };
}
