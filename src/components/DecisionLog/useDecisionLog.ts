import * as React from 'react';
import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import type { IDecisionEntry } from '../../services/types';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import type { IDecisionFilters } from './types';

export interface IDecisionLogState {
  filters: IDecisionFilters;
  setFilters: (patch: Partial<IDecisionFilters>) => void;
  /** Runs the query with the filters as they are (server-side). */
  search: () => void;
  entries: IDecisionEntry[];
  projects: IProject[];
  loading: boolean;
  error?: string;
  /** A filter that cannot be asked (the end before the start), shown next to the field. */
  rangeError?: string;
}

/** The decision log's query: filters kept as typed, the search sent to SharePoint on demand (and once on opening). */
export function useDecisionLog(projectId: number | undefined, given?: IProject[]): IDecisionLogState {
  const services = useServices();
  const [filters, set] = React.useState<IDecisionFilters>({ words: '', projectId, from: '', to: '' });
  const [state, setState] = React.useState<{ entries: IDecisionEntry[]; loading: boolean; error?: string }>({ entries: [], loading: true });
  const [projects, setProjects] = React.useState<IProject[]>(given || []);
  const [asked, setAsked] = React.useState(0);
  const rangeError = filters.from && filters.to && filters.to < filters.from ? strings.DecisionLogRangeInvalid : undefined;
  const current = React.useRef(filters);
  current.current = filters;
  React.useEffect(() => {
    if (given) return;
    services.projects.list().then(setProjects, (e: unknown) => logError('Decision log projects', e));
  }, [services, given]);
  React.useEffect(() => {
    let live = true;
    const f = current.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    services.decisionLog
      .find({ words: f.words, projectId: projectId ?? f.projectId, from: f.from || undefined, to: f.to || undefined })
      .then((entries) => live && setState({ entries, loading: false }))
      .catch((e: unknown) => {
        logError('Decision log', e);
        if (live) setState({ entries: [], loading: false, error: errorMessage(e) });
      });
    return () => {
      live = false;
    };
  }, [services, projectId, asked]);
  return {
    filters,
    setFilters: (patch) => set((f) => ({ ...f, ...patch })),
    search: () => !rangeError && setAsked((n) => n + 1),
    entries: state.entries,
    projects: given || projects,
    loading: state.loading,
    error: state.error,
    rangeError
  };
}
