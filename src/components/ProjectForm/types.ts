import type { IProjectFormValues } from '../../model/project';
import type { IProject } from '../../model/types';
import type { IRecordEditor } from '../records/types';

/** The editor of a project (useProjectEditor). */
export type IProjectEditor = IRecordEditor<IProject, IProjectFormValues>;

/** Props of the project form: the fields of the register's add/edit panel. */
export interface IProjectFormProps {
  editor: IProjectEditor;
}
