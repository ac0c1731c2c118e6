import * as React from 'react';
import * as strings from 'PmoHubStrings';
import {
  distinctDepartments,
  distinctManagers,
  filterProjects,
  groupProjects,
  IProjectGroup,
  IRegisterFilters,
  sortProjects
} from '../../model/project';
import type { IPerson, IProject } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useProjectEditor } from '../ProjectForm/useProjectEditor';
import type { IProjectEditor } from '../ProjectForm/types';
import { useExport } from '../records/useExport';
import type { IExportCommands } from '../records/useExport';
import { useRecords } from '../records/useRecords';
import type { IRecords } from '../records/useRecords';
import { exportColumns, resolveColumns } from './columns';
import type { IProjectRegisterProps, IRegisterColumn, IRegisterSort, RegisterGrouping } from './types';

/** How long the search box waits after the last key before asking the server. */
export const SEARCH_DEBOUNCE_MS = 350;

/** Everything the register view shows and does; `items` of the records are what the server returned. */
export interface IProjectRegisterState {
  columns: IRegisterColumn[];
  /** All projects the server returned for the current search, with loading, error and reload. */
  loaded: IRecords<IProject>;
  /** Filtered, sorted and (when grouping) group-ordered rows. */
  items: IProject[];
  groups: IProjectGroup[] | undefined;
  search: string;
  filters: IRegisterFilters;
  sort: IRegisterSort;
  groupBy: RegisterGrouping;
  departments: string[];
  managers: IPerson[];
  /** The add/edit panel of a project. */
  editor: IProjectEditor;
  exports: IExportCommands;
  setSearch: (text: string) => void;
  setFilters: (filters: IRegisterFilters) => void;
  sortBy: (key: string) => void;
  setGroupBy: (groupBy: RegisterGrouping) => void;
}

/** The search text the server is asked for: the box's text once the person stops typing. */
function useDebounced(text: string, ms: number): string {
  const [settled, setSettled] = React.useState(text);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** State and effects of the project register: server search (debounced), client filters, sort, group, export, edit. */
export function useProjectRegister(props: IProjectRegisterProps): IProjectRegisterState {
  const { projects } = useServices();
  const columns = React.useMemo(() => resolveColumns(props.columns), [props.columns]);
  const [search, setSearch] = React.useState('');
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const loaded = useRecords('projects', query, (q) => projects.list(q ? { search: q } : {}));
  const [filters, setFilters] = React.useState<IRegisterFilters>({});
  const [sort, setSort] = React.useState<IRegisterSort>({ key: 'code', descending: false });
  const [groupBy, setGroupBy] = React.useState<RegisterGrouping>('');
  const editor = useProjectEditor(projects, loaded.upsert);

  const view = React.useMemo(() => {
    const sorted = sortProjects(filterProjects(loaded.items, filters), sort.key, sort.descending);
    return groupBy ? groupProjects(sorted, groupBy) : { items: sorted, groups: undefined };
  }, [loaded.items, filters, sort, groupBy]);

  const sortBy = React.useCallback((key: string) => {
    setSort((s) => ({ key: key as IRegisterSort['key'], descending: s.key === key ? !s.descending : false }));
  }, []);
  const cols = React.useMemo(() => exportColumns(columns), [columns]);
  // Not named `exports`: in the CommonJS build that name is the module's own exports object.
  const exportCommands = useExport(view.items, cols, strings.ExportProjectsFileName, strings.ExportProjectsSheet);

  return {
    columns,
    loaded,
    items: view.items,
    groups: view.groups,
    search,
    filters,
    sort,
    groupBy,
    departments: React.useMemo(() => distinctDepartments(loaded.items), [loaded.items]),
    managers: React.useMemo(() => distinctManagers(loaded.items), [loaded.items]),
    editor,
    exports: exportCommands,
    setSearch,
    setFilters,
    sortBy,
    setGroupBy
  };
}
