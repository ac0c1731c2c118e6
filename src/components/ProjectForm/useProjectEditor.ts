import {
  emptyProjectValues,
  normalizeCode,
  projectToFormValues,
  toProjectDraft,
  validateProject
} from '../../model/project';
import type { IProjectFormValues } from '../../model/project';
import type { IProject } from '../../model/types';
import type { FieldErrors } from '../../model/validate';
import type { IProjectRepository } from '../../services/types';
import { useRecordEditor } from '../records/useRecordEditor';
import { projectConflictFields } from './conflictFields';
import type { IProjectEditor } from './types';

const CONFLICT_FIELDS = projectConflictFields();

/** The code must be free: a check only the server can make, after the model's validation. */
async function codeCheck(projects: IProjectRepository, values: IProjectFormValues, editing: IProject | undefined): Promise<FieldErrors<IProjectFormValues>> {
  const taken = await projects.codeExists(normalizeCode(values.code), editing?.id);
  return taken ? { code: validateProject(values, { codeTaken: true }).code } : {};
}

/**
 * The register's project editor, on the records framework: drafts under 'project', a new project
 * gets the next free code (the person may change it), and the code is checked free before the write.
 */
export function useProjectEditor(projects: IProjectRepository, onSaved: (project: IProject) => void): IProjectEditor {
  return useRecordEditor<IProject, IProjectFormValues>({
    kind: 'project',
    empty: () => emptyProjectValues(''),
    toValues: projectToFormValues,
    validate: (v) => validateProject(v),
    conflictFields: CONFLICT_FIELDS,
    prefill: () => projects.nextCode().then((code) => ({ code })),
    check: (values, editing) => codeCheck(projects, values, editing),
    create: (v) => projects.create(toProjectDraft(v)),
    update: (id, v, etag) => projects.update(id, toProjectDraft(v), etag),
    onSaved
  });
}
