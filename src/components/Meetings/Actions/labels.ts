import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import { statusOfProgress, type IPlannerSync, type SyncField } from '../../../model/meetings/actionSync';
import type { ActionStatus, IActionItem } from '../../../model/types';
import { formatDate } from '../../common/fields';

/** Localized action status (stored in English: the list's contract). */
export const actionStatusLabel = (s: ActionStatus | '' | undefined): string =>
  s ? strings[`ActionStatus${s.replace(/\s+/g, '')}` as keyof IPmoHubStrings] || s : '';

const FIELD_LABEL: Record<SyncField, () => string> = { status: () => strings.ActionsFieldStatus, due: () => strings.ActionsFieldDueDate, owner: () => strings.ActionsFieldOwner };

/** What changed in Planner at the last sync, in words ("Done in Planner" for a task completed there). */
export function fromPlannerText(a: IActionItem): string {
  const fields = (a.plannerSync && a.plannerSync.fromPlanner) || [];
  return fields.map((f) => (f === 'status' && a.status === 'Done' ? strings.ActionsPlannerDone : strings[`ActionsPlanner${f}` as keyof IPmoHubStrings])).join(', ');
}

/** Each conflicting field with both sides' values. */
export function conflictLines(a: IActionItem, sync: IPlannerSync): string[] {
  const c = sync.conflict;
  if (!c) return [];
  return c.fields.map((f) => {
    const mine = f === 'status' ? actionStatusLabel(a.status) : f === 'due' ? formatDate(a.dueDate) || strings.ActionsNone : (a.owner && a.owner.title) || strings.ActionsNone;
    const theirs = f === 'status' ? actionStatusLabel(statusOfProgress(c.theirs.progress)) : f === 'due' ? formatDate(c.theirs.due) || strings.ActionsNone : c.theirs.assigneeIds.length ? strings.ActionsConflictOtherAssignee : strings.ActionsNone;
    return format(strings.ActionsConflictField, FIELD_LABEL[f](), mine, theirs);
  });
}
