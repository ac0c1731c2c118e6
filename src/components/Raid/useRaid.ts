import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { emptyRaidValues, raidToFormValues, riskMatrix, toRaidDraft, validateRaid } from '../../model/raid';
import type { IRaidFormValues, IRiskMatrix } from '../../model/raid';
import type { IRaidItem } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useEditableRecords } from '../records/useEditableRecords';
import type { IRecordsTabState } from '../records/useEditableRecords';
import { useExport } from '../records/useExport';
import { useProjectTitles } from '../common/useProjectTitles';
import { raidConflictFields } from './raidConflictFields';
import { raidExportColumns } from './raidExport';
import type { IRaidFilters, IRaidTabProps } from './types';

/** State of the RAID tab. */
export interface IRaidState extends IRecordsTabState<IRaidItem, IRaidFormValues> {
  /** The items the filters let through, in list order. */
  visible: IRaidItem[];
  filters: IRaidFilters;
  setFilters: (filters: IRaidFilters) => void;
  /** Open risks of the whole log (not filtered), by probability and impact. */
  matrix: IRiskMatrix;
  /** Project title by id, for dependency targets. */
  projectTitle: (id: number | undefined) => string;
}

/** Loads the project's RAID log and holds its filters, matrix, editor and exports. */
export function useRaid(props: IRaidTabProps): IRaidState {
  const { project } = props;
  const services = useServices();
  const titles = useProjectTitles(props.projects);
  const projectTitle = React.useCallback((id: number | undefined): string => (id === undefined ? '' : titles[id] || String(id)), [titles]);
  const conflictFields = React.useMemo(() => raidConflictFields(projectTitle), [projectTitle]);
  const records = useEditableRecords(services.raid, project.id, {
    name: 'raid',
    kind: 'raid',
    empty: () => emptyRaidValues(project.id),
    toValues: raidToFormValues,
    validate: validateRaid,
    conflictFields,
    toDraft: toRaidDraft
  });
  const { items } = records;
  const [filters, setFilters] = React.useState<IRaidFilters>({});

  const visible = React.useMemo(
    () => items.filter((i) => (!filters.kind || i.kind === filters.kind) && (!filters.status || i.status === filters.status)),
    [items, filters]
  );
  const matrix = React.useMemo(() => riskMatrix(items), [items]);
  const columns = React.useMemo(() => raidExportColumns(projectTitle), [projectTitle]);
  const exports = useExport(visible, columns, format(strings.RaidExportFileName, project.code || project.id), strings.RaidExportSheet);

  return { ...records, visible, filters, setFilters, matrix, exports, projectTitle };
}
