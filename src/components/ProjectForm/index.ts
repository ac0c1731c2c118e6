export { ProjectForm } from './ProjectForm';
export { projectConflictFields } from './conflictFields';
export { useProjectEditor } from './useProjectEditor';
export type { IProjectEditor, IProjectFormProps } from './types';
