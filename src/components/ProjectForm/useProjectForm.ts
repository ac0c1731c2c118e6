import * as React from 'react';
import {
  emptyProjectValues,
  IProjectFormValues,
  normalizeCode,
  projectToFormValues,
  validateProject
} from '../../model/project';
import type { FieldErrors } from '../../model/validate';
import { logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import { draftKey, IStoredDraft, useDraft } from '../common/useDraft';
import type { IFormSession, IProjectFormProps } from './types';
import { IProjectSaveApi, useProjectSave } from './useProjectSave';

/** Everything the project form view shows and does. */
export interface IProjectFormState extends Omit<IProjectSaveApi, 'save' | 'resolve'> {
  values: IProjectFormValues;
  errors: FieldErrors<IProjectFormValues>;
  /** True when a save was refused because of invalid fields. */
  invalid: boolean;
  /** A stored draft offered back, with when it was left. */
  pendingDraft: IStoredDraft<IProjectFormValues> | undefined;
  setField: <K extends keyof IProjectFormValues>(key: K, value: IProjectFormValues[K]) => void;
  restoreDraft: () => void;
  discardDraft: () => void;
  save: () => void;
  resolveConflict: (merged: IProjectFormValues, etag: string) => Promise<void>;
}

function startSession(key: string, project: IProjectFormProps['project']): IFormSession {
  const values = project ? projectToFormValues(project) : emptyProjectValues('');
  return { key, values, base: values, etag: project ? project.etag : '', submitted: false };
}

/** State of the project form: the edit session, drafts, validation, code generation and saving. */
export function useProjectForm(props: IProjectFormProps): IProjectFormState {
  const { isOpen, project, onSaved } = props;
  const { projects } = useServices();
  const key = draftKey('project', project?.id);
  const draft = useDraft<IProjectFormValues>(isOpen ? key : undefined);
  const [session, setSession] = React.useState<IFormSession>(() => startSession(key, project));
  const [errors, setErrors] = React.useState<FieldErrors<IProjectFormValues>>({});
  const [invalid, setInvalid] = React.useState(false);

  // Opening the panel (or another project) starts a fresh session in this render.
  const [openedFor, setOpenedFor] = React.useState<string | undefined>(undefined);
  const sessionFor = isOpen ? `${key}|${project?.etag ?? ''}` : undefined;
  if (sessionFor !== openedFor) {
    setOpenedFor(sessionFor);
    if (sessionFor) {
      setSession(startSession(key, project));
      setErrors({});
      setInvalid(false);
    }
  }

  // A new project gets the next free code; the person may change it (uniqueness is checked on save).
  React.useEffect(() => {
    if (!isOpen || project) return;
    let current = true;
    projects.nextCode().then(
      (code) => {
        if (!current) return;
        setSession((s) =>
          s.values.code ? s : { ...s, values: { ...s.values, code }, base: { ...s.base, code } }
        );
      },
      // No code proposed: the person types one; the save still checks it.
      (e: unknown) => logError('ProjectForm nextCode', e)
    );
    return () => {
      current = false;
    };
  }, [isOpen, project, projects]);

  const saver = useProjectSave(projects, project, {
    onInvalid: (errs) => {
      setErrors(errs);
      setInvalid(true);
      setSession((s) => ({ ...s, submitted: true }));
    },
    onSaved: (saved) => {
      draft.clear();
      setErrors({});
      setInvalid(false);
      onSaved(saved);
    }
  });

  const setField = <K extends keyof IProjectFormValues>(field: K, value: IProjectFormValues[K]): void => {
    setSession((s) => {
      const values: IProjectFormValues = { ...s.values, [field]: value };
      // Plan and channel belong to the group: a new group clears them.
      if (field === 'groupId' && value !== s.values.groupId) {
        values.planId = '';
        values.teamsChannelId = '';
      }
      draft.save(values, { etag: s.etag, base: s.base });
      if (s.submitted) {
        const next = validateProject(values);
        // Keep "code taken" until the code changes; only the server can clear it.
        const prev = errors.code;
        if (prev && prev.key === 'ValidationCodeTaken' && normalizeCode(values.code) === normalizeCode(s.values.code)) {
          next.code = prev;
        }
        setErrors(next);
      }
      return { ...s, values };
    });
  };

  const restoreDraft = (): void => {
    const stored = draft.restore();
    if (!stored) return;
    setSession((s) => ({
      ...s,
      values: stored.value,
      // A restored edit keeps the ETag it started from, so a change made meanwhile is a conflict, not overwritten.
      etag: stored.etag !== undefined && project ? stored.etag : s.etag,
      base: stored.base || s.base
    }));
  };

  const save = (): void => {
    setInvalid(false);
    saver.save(session.values, session.etag, session.base);
  };

  const resolveConflict = (merged: IProjectFormValues, etag: string): Promise<void> =>
    saver.resolve(merged, etag, (values, newEtag, base) => {
      setSession((s) => ({ ...s, values, etag: newEtag, base }));
      draft.save(values, { etag: newEtag, base });
    });

  return {
    ...saver,
    values: session.values,
    errors,
    invalid,
    pendingDraft: draft.pending,
    setField,
    restoreDraft,
    discardDraft: draft.discard,
    save,
    resolveConflict
  };
}
