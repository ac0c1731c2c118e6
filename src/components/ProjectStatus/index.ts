export { ProjectStatus } from './ProjectStatus';
export { tasksByBucket } from './useProjectStatus';
export type { IProjectStatusProps } from './types';
