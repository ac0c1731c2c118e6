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
import { PROJECT_LIMITS } from '../../model/project';
import { searchText } from '../../model/validate';
import { validationText } from '../common/fields/labels';
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
  /** Why the search text is not sent (too long, control characters), localized; undefined when fine. */
  searchError: string | undefined;
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

/**
 * The search text the server is asked for: the box's text once the person stops typing, and how many
 * pauses there were (a pause after typing the same text again changes only that count).
 */
function useDebounced(text: string, ms: number): { text: string; pauses: number } {
  const [settled, setSettled] = React.useState({ text, pauses: 0 });
  const typed = React.useRef(false);
  React.useEffect(() => {
    // The first run is the mount, not typing.
    if (!typed.current) {
      typed.current = true;
      return undefined;
    }
    const timer = window.setTimeout(() => setSettled((s) => ({ text, pauses: s.pauses + 1 })), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** State and effects of the project register: server search (debounced), client filters, sort, group, export, edit. */
export function useProjectRegister(props: IProjectRegisterProps): IProjectRegisterState {
  const { projects } = useServices();
  const columns = React.useMemo(() => resolveColumns(props.columns), [props.columns]);
  const [search, setSearch] = React.useState('');
  const searchError = validationText(searchText(search, PROJECT_LIMITS.title));
  // Text the box refuses is not sent: the list keeps the last answer and the message says why.
  const [sendable, setSendable] = React.useState('');
  React.useEffect(() => {
    if (!searchError) setSendable(search.trim());
  }, [search, searchError]);
  const settled = useDebounced(sendable, SEARCH_DEBOUNCE_MS);
  const query = settled.text;
  const loaded = useRecords('projects', query, (q) => projects.list(q ? { search: q } : {}));
  // Typing the text of a failed search again asks again (the query itself did not change, so
  // useRecords would not), rather than leave the list from before under the new text.
  const retry = React.useRef({ text: query, reload: loaded.reload, failed: !!loaded.error });
  retry.current = { ...retry.current, reload: loaded.reload, failed: !!loaded.error };
  React.useEffect(() => {
    const r = retry.current;
    // A changed text is loaded by useRecords itself; only the same text after a failure needs this.
    if (settled.pauses > 0 && settled.text === r.text && r.failed) r.reload();
    r.text = settled.text;
  }, [settled]);
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
    searchError,
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
