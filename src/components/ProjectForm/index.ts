export { ProjectForm } from './ProjectForm';
export { projectConflictFields } from './conflictFields';
export type { IProjectFormProps } from './types';
