/**
 * What the action editor (meetings view, PMO Project) edits of a PMO Action: title, status, owner and
 * due date. Its Planner link and what the sync stored are not the form's: a save leaves them as they
 * are (the sync then sees PMO Hub's change and updates the task).
 */
import { ACTION_STATUSES } from '../types';
import type { ActionDraft, ActionStatus, IActionItem, IPerson } from '../types';
import { date, dropEmpty, first, maxLength, required, requiredOneOf, visible } from '../validate';
import type { FieldErrors } from '../validate';

export const ACTION_TITLE_MAX = 255;

export interface IActionFormValues {
  title: string;
  projectId: number;
  status: ActionStatus | '';
  owner?: IPerson;
  dueDate: string;
  meetingId?: number;
  plannerTaskId?: string;
}

export function emptyActionValues(projectId: number): IActionFormValues {
  return { title: '', projectId, status: 'Open', dueDate: '' };
}

export function actionToFormValues(a: IActionItem): IActionFormValues {
  return { title: a.title || '', projectId: a.projectId, status: a.status || '', owner: a.owner, dueDate: (a.dueDate || '').slice(0, 10), meetingId: a.meetingId, plannerTaskId: a.plannerTaskId };
}

/** The draft to write (no plannerSync key: the stored sync is kept). */
export function toActionDraft(v: IActionFormValues): ActionDraft {
  return {
    title: v.title.trim(),
    projectId: v.projectId,
    status: v.status as ActionStatus,
    ownerId: v.owner ? v.owner.id : undefined,
    dueDate: v.dueDate || undefined,
    meetingId: v.meetingId,
    plannerTaskId: v.plannerTaskId
  };
}

export function validateAction(v: IActionFormValues): FieldErrors<IActionFormValues> {
  return dropEmpty({
    title: first(required(v.title), visible(v.title), maxLength(v.title.trim(), ACTION_TITLE_MAX)),
    status: requiredOneOf(v.status, ACTION_STATUSES),
    dueDate: date(v.dueDate)
  });
}
