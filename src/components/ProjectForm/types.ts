import type { IProjectFormValues } from '../../model/project';
import type { IProject } from '../../model/types';

/** Props of the project form panel. */
export interface IProjectFormProps {
  /** Whether the panel is open. */
  isOpen: boolean;
  /** The project to edit (with the ETag it was read with); undefined creates a new project. */
  project?: IProject;
  /** Closes the panel without saving (the edit stays as a draft in this browser). */
  onDismiss: () => void;
  /** Called with the saved project after a successful create or update. */
  onSaved: (project: IProject) => void;
}

/** The edit session: what the form shows, what it started from, and the ETag a save sends. */
export interface IFormSession {
  /** Draft key of the record ('pmo-draft:project:<id|new>'). */
  key: string;
  values: IProjectFormValues;
  /** The values the edit started from (the "when you started" column of a conflict). */
  base: IProjectFormValues;
  /** ETag sent as IF-Match; '' for a new project. */
  etag: string;
  /** True after the first save attempt: fields re-validate as they change. */
  submitted: boolean;
}
