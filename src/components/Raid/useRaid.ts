import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { emptyRaidValues, raidToFormValues, riskMatrix, toRaidDraft, validateRaid } from '../../model/raid';
import type { IRaidFormValues, IRiskMatrix } from '../../model/raid';
import type { IRaidItem } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useExport } from '../ProjectWorkspace/useExport';
import type { IExportCommands } from '../ProjectWorkspace/useExport';
import { useProjectRecords } from '../ProjectWorkspace/useProjectRecords';
import { useRecordEditor } from '../ProjectWorkspace/useRecordEditor';
import type { IRecordEditor } from '../ProjectWorkspace/useRecordEditor';
import { raidExportColumns } from './raidExport';
import type { IRaidFilters, IRaidTabProps } from './types';

/** State of the RAID tab. */
export interface IRaidState {
  items: IRaidItem[];
  /** The items the filters let through, in list order. */
  visible: IRaidItem[];
  loading: boolean;
  error: string | undefined;
  reload: () => void;
  filters: IRaidFilters;
  setFilters: (filters: IRaidFilters) => void;
  /** Open risks of the whole log (not filtered), by probability and impact. */
  matrix: IRiskMatrix;
  editor: IRecordEditor<IRaidItem, IRaidFormValues>;
  exports: IExportCommands;
  /** Project title by id, for dependency targets. */
  projectTitle: (id: number | undefined) => string;
}

/** Loads the project's RAID log and holds its filters, matrix, editor and exports. */
export function useRaid(props: IRaidTabProps): IRaidState {
  const { project, projects } = props;
  const services = useServices();
  const records = useProjectRecords('raid', project.id, (id) => services.raid.listByProject(id));
  const [filters, setFilters] = React.useState<IRaidFilters>({});

  const editor = useRecordEditor<IRaidItem, IRaidFormValues>({
    kind: 'raid',
    projectId: project.id,
    empty: () => emptyRaidValues(project.id),
    toValues: raidToFormValues,
    validate: validateRaid,
    create: (v) => services.raid.create(toRaidDraft(v)),
    update: (id, v, etag) => services.raid.update(id, toRaidDraft(v), etag),
    onSaved: records.upsert
  });

  const visible = React.useMemo(
    () => records.items.filter((i) => (!filters.kind || i.kind === filters.kind) && (!filters.status || i.status === filters.status)),
    [records.items, filters]
  );
  const matrix = React.useMemo(() => riskMatrix(records.items), [records.items]);
  const titles = React.useMemo(() => {
    const map: { [id: number]: string } = {};
    for (const p of projects) map[p.id] = p.title;
    return map;
  }, [projects]);
  const projectTitle = React.useCallback((id: number | undefined): string => (id === undefined ? '' : titles[id] || String(id)), [titles]);
  const columns = React.useMemo(() => raidExportColumns(projectTitle), [projectTitle]);
  const exports = useExport(visible, columns, format(strings.RaidExportFileName, project.code || project.id), strings.RaidExportSheet);

  return {
    items: records.items,
    visible,
    loading: records.loading,
    error: records.error,
    reload: records.reload,
    filters,
    setFilters,
    matrix,
    editor,
    exports,
    projectTitle
  };
}
