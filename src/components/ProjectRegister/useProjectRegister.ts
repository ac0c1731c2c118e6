import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
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
import { errorMessage, logError } from '../common/errorMessage';
import { exportCsvOnDemand } from '../common/export/onDemand';
import { exportXlsx } from '../common/export/xlsx';
import { useServices } from '../common/ServicesContext';
import { exportColumns, resolveColumns } from './columns';
import type { IProjectRegisterProps, IRegisterColumn, IRegisterSort, RegisterGrouping } from './types';

/** How long the search box waits after the last key before asking the server. */
export const SEARCH_DEBOUNCE_MS = 350;

/** Everything the register view shows and does. */
export interface IProjectRegisterState {
  columns: IRegisterColumn[];
  /** All projects the server returned for the current search. */
  loaded: IProject[];
  /** Filtered, sorted and (when grouping) group-ordered rows. */
  items: IProject[];
  groups: IProjectGroup[] | undefined;
  loading: boolean;
  error: string | undefined;
  search: string;
  filters: IRegisterFilters;
  sort: IRegisterSort;
  groupBy: RegisterGrouping;
  departments: string[];
  managers: IPerson[];
  /** The project in the form: undefined = closed, null = new project. */
  editing: IProject | null | undefined;
  setSearch: (text: string) => void;
  setFilters: (filters: IRegisterFilters) => void;
  sortBy: (key: string) => void;
  setGroupBy: (groupBy: RegisterGrouping) => void;
  refresh: () => void;
  openNew: () => void;
  openEdit: (project: IProject) => void;
  closeForm: () => void;
  onSaved: (project: IProject) => void;
  exportToCsv: () => void;
  exportToExcel: () => void;
  dismissError: () => void;
}

/** State and effects of the project register: server search (debounced), client filters, sort, group, export. */
export function useProjectRegister(props: IProjectRegisterProps): IProjectRegisterState {
  const { projects } = useServices();
  const columns = React.useMemo(() => resolveColumns(props.columns), [props.columns]);
  const [loaded, setLoaded] = React.useState<IProject[]>([]);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [search, setSearch] = React.useState('');
  const [query, setQuery] = React.useState('');
  const [reloads, setReloads] = React.useState(0);
  const [filters, setFilters] = React.useState<IRegisterFilters>({});
  const [sort, setSort] = React.useState<IRegisterSort>({ key: 'code', descending: false });
  const [groupBy, setGroupBy] = React.useState<RegisterGrouping>('');
  const [editing, setEditing] = React.useState<IProject | null | undefined>(undefined);

  React.useEffect(() => {
    const timer = window.setTimeout(() => setQuery(search.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  React.useEffect(() => {
    // Only the newest request may set state: a slow answer to an older search must not win.
    let current = true;
    setLoading(true);
    projects.list(query ? { search: query } : {}).then(
      (result) => {
        if (!current) return;
        setLoaded(result);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        logError('ProjectRegister', e);
        setError(errorMessage(e));
        setLoading(false);
      }
    );
    return () => {
      current = false;
    };
  }, [projects, query, reloads]);

  const view = React.useMemo(() => {
    const sorted = sortProjects(filterProjects(loaded, filters), sort.key, sort.descending);
    return groupBy ? groupProjects(sorted, groupBy) : { items: sorted, groups: undefined };
  }, [loaded, filters, sort, groupBy]);

  const sortBy = React.useCallback((key: string) => {
    setSort((s) => ({ key: key as IRegisterSort['key'], descending: s.key === key ? !s.descending : false }));
  }, []);

  const onSaved = React.useCallback((project: IProject) => {
    setLoaded((list) => {
      const i = list.map((p) => p.id).indexOf(project.id);
      return i >= 0 ? list.map((p) => (p.id === project.id ? project : p)) : [...list, project];
    });
    setEditing(undefined);
  }, []);

  const openNew = React.useCallback(() => setEditing(null), []);
  const openEdit = React.useCallback((project: IProject) => setEditing(project), []);
  const closeForm = React.useCallback(() => setEditing(undefined), []);

  const runExport = React.useCallback(
    (kind: 'csv' | 'xlsx') => {
      const cols = exportColumns(columns);
      const name = strings.ExportProjectsFileName;
      const fail = (e: unknown): void => {
        logError('ProjectRegister export', e);
        setError(format(strings.ExportFailed, errorMessage(e)));
      };
      const done = kind === 'csv' ? exportCsvOnDemand(view.items, cols, name) : exportXlsx(view.items, cols, name, strings.ExportProjectsSheet);
      done.catch(fail);
    },
    [columns, view.items]
  );

  return {
    columns,
    loaded,
    items: view.items,
    groups: view.groups,
    loading,
    error,
    search,
    filters,
    sort,
    groupBy,
    departments: React.useMemo(() => distinctDepartments(loaded), [loaded]),
    managers: React.useMemo(() => distinctManagers(loaded), [loaded]),
    editing,
    setSearch,
    setFilters,
    sortBy,
    setGroupBy,
    refresh: () => setReloads((n) => n + 1),
    openNew,
    openEdit,
    closeForm,
    onSaved,
    exportToCsv: () => runExport('csv'),
    exportToExcel: () => runExport('xlsx'),
    dismissError: () => setError(undefined)
  };
}
