import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import {
  IProjectFormValues,
  normalizeCode,
  projectToFormValues,
  toProjectDraft,
  validateProject
} from '../../model/project';
import type { IProject } from '../../model/types';
import { FieldErrors, hasErrors } from '../../model/validate';
import { ConflictError } from '../../services/errors';
import type { IProjectRepository } from '../../services/types';
import type { IConflict } from '../common/ConflictDialog';
import { projectConflictFields, sameFormValues } from './conflictFields';
import { errorMessage, logError } from '../common/errorMessage';

/** A refused save and the server's project behind it. */
export interface IProjectConflict extends IConflict<IProjectFormValues> {
  current: IProject;
}

/** What a save attempt reports back to the form. */
export interface ISaveCallbacks {
  /** Validation failed (locally or because the code is taken): show these next to the fields. */
  onInvalid: (errors: FieldErrors<IProjectFormValues>) => void;
  /** The write succeeded. */
  onSaved: (project: IProject) => void;
}

/** Moves the form's session to new values, ETag and base. */
export type SessionSetter = (values: IProjectFormValues, etag: string, base: IProjectFormValues) => void;

/** Save state and actions of the project form. */
export interface IProjectSaveApi {
  saving: boolean;
  /** Localized message of the last failed write; the panel stays open with the input. */
  saveError: string | undefined;
  /** The conflict being resolved, if a save got 412. */
  conflict: IProjectConflict | undefined;
  save: (values: IProjectFormValues, etag: string, base: IProjectFormValues) => void;
  /** Saves the version chosen in the conflict dialog; onSession moves the form onto it first. */
  resolve: (merged: IProjectFormValues, etag: string, onSession: SessionSetter) => Promise<void>;
  cancelConflict: () => void;
  clearError: () => void;
}

/** Outcome of one attempt, so the conflict dialog knows whether to show an error. */
type Outcome = 'saved' | 'invalid' | 'conflict';

/**
 * Saves the project form: validate, check the code is free, write with IF-Match, and turn a 412
 * into a conflict to resolve. Never writes while anything is invalid; never retries blindly.
 */
export function useProjectSave(
  projects: IProjectRepository,
  project: IProject | undefined,
  cb: ISaveCallbacks
): IProjectSaveApi {
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<IProjectConflict | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const cbRef = React.useRef(cb);
  cbRef.current = cb;

  /** One attempt; rejects only with errors that are not validation or conflict (the caller shows them). */
  const attempt = React.useCallback(
    async (values: IProjectFormValues, etag: string, base: IProjectFormValues): Promise<Outcome> => {
      const local = validateProject(values);
      if (hasErrors(local)) {
        cbRef.current.onInvalid(local);
        return 'invalid';
      }
      const code = normalizeCode(values.code);
      if (await projects.codeExists(code, project?.id)) {
        cbRef.current.onInvalid(validateProject(values, { codeTaken: true }));
        return 'invalid';
      }
      try {
        const draft = toProjectDraft(values);
        const saved = project ? await projects.update(project.id, draft, etag) : await projects.create(draft);
        if (mounted.current) setConflict(undefined);
        cbRef.current.onSaved(saved);
        return 'saved';
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        const current = e.current as IProject;
        if (mounted.current) {
          setConflict({ base, mine: values, theirs: projectToFormValues(current), etag: current.etag, current });
        }
        return 'conflict';
      }
    },
    [projects, project]
  );

  /** Save from the form's Save button; failures become a message in the panel. */
  const save = React.useCallback(
    (values: IProjectFormValues, etag: string, base: IProjectFormValues): void => {
      if (saving) return;
      setSaving(true);
      setSaveError(undefined);
      attempt(values, etag, base).then(
        () => mounted.current && setSaving(false),
        (e: unknown) => {
          logError('ProjectForm save', e);
          if (!mounted.current) return;
          setSaving(false);
          setSaveError(format(strings.ProjectFormSaveFailed, errorMessage(e)));
        }
      );
    },
    [attempt, saving]
  );

  /**
   * Save the version chosen in the conflict dialog with the server's current ETag. Taking every
   * field from the server needs no write at all. A further 412 opens the dialog again, now based
   * on the version the person just merged with.
   */
  const resolve = React.useCallback(
    async (merged: IProjectFormValues, etag: string, onSession: SessionSetter): Promise<void> => {
      if (!conflict) return;
      const base = conflict.theirs;
      onSession(merged, etag, base);
      if (sameFormValues(merged, conflict.theirs, projectConflictFields())) {
        setConflict(undefined);
        cbRef.current.onSaved(conflict.current);
        return;
      }
      setSaving(true);
      try {
        const outcome = await attempt(merged, etag, base);
        if (outcome === 'invalid') setConflict(undefined);
      } finally {
        if (mounted.current) setSaving(false);
      }
    },
    [attempt, conflict]
  );

  const cancelConflict = React.useCallback(() => setConflict(undefined), []);
  const clearError = React.useCallback(() => setSaveError(undefined), []);
  return { saving, saveError, conflict, save, resolve, cancelConflict, clearError };
}
