export { ProjectWorkspace } from './ProjectWorkspace';
export type { IProjectWorkspaceProps } from './types';
