import * as React from 'react';
import { projectForTeam } from '../../model/teams';
import type { IProject } from '../../model/types';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import type { IProjectWorkspaceProps } from './types';

/** What the workspace shows: the project, or why there is none and a way to pick one. */
export interface IProjectWorkspaceState {
  loading: boolean;
  /** Localized reason the project could not be loaded. */
  error: string | undefined;
  /** Every project of the register (dependency targets, names of other projects, the picker). */
  projects: IProject[];
  /** The project shown; undefined while loading or until one is picked. */
  project: IProject | undefined;
  /** True when a group id was given and no project has it (Teams tab of an unlinked team). */
  groupUnmatched: boolean;
  /** Shows another project (the picker). */
  choose: (projectId: number) => void;
  /** A project was just saved (linked to this team): shows it, as saved. */
  linked: (project: IProject) => void;
  retry: () => void;
}

/**
 * Loads the register once and finds the project: by id, else by the M365 group id (the Teams tab
 * case), else the person picks one. By id, the project is also read on its own so a project just
 * created (not yet in a cached list) still opens.
 */
export function useProjectWorkspace(props: IProjectWorkspaceProps): IProjectWorkspaceState {
  const { projectId, groupId, channelId } = props;
  const services = useServices();
  const [attempt, setAttempt] = React.useState(0);
  const [chosenId, setChosenId] = React.useState<number | undefined>(undefined);
  const [state, setState] = React.useState<{ loading: boolean; error?: string; projects: IProject[]; byId?: IProject }>({
    loading: true,
    projects: []
  });

  React.useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    Promise.all([services.projects.list(), projectId ? services.projects.get(projectId) : Promise.resolve(undefined)]).then(
      ([projects, byId]) => live && setState({ loading: false, projects, byId }),
      (e: unknown) => {
        logError('ProjectWorkspace load', e);
        if (live) setState({ loading: false, projects: [], error: errorMessage(e) });
      }
    );
    return () => {
      live = false;
    };
  }, [services, projectId, attempt]);

  const { projects, byId } = state;
  let project: IProject | undefined;
  let groupUnmatched = false;
  if (chosenId !== undefined) project = projects.filter((p) => p.id === chosenId)[0];
  else if (projectId) project = byId;
  else if (groupId) {
    const match = projectForTeam(projects, groupId, channelId);
    project = match.project;
    groupUnmatched = !state.loading && !state.error && !project;
  }

  return {
    loading: state.loading,
    error: state.error,
    projects,
    project,
    groupUnmatched,
    choose: setChosenId,
    linked: (saved) => {
      setState((s) => ({ ...s, projects: s.projects.map((p) => (p.id === saved.id ? saved : p)) }));
      setChosenId(saved.id);
    },
    retry: () => setAttempt((n) => n + 1)
  };
}
