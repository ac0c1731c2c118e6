import * as strings from 'PmoHubStrings';
import type { IActionFormValues } from '../../../model/meetings/actionForm';
import type { ActionStatus, IPerson } from '../../../model/types';
import type { IConflictField } from '../../records/ConflictDialog';
import { formatDate } from '../../common/fields/formatValue';
import { actionStatusLabel } from './labels';

/** Every field the action form edits, as the conflict dialog compares and shows them. */
export function actionConflictFields(): IConflictField<IActionFormValues>[] {
  return [
    { key: 'title', label: strings.ActionsFieldTitle },
    { key: 'status', label: strings.ActionsFieldStatus, format: (v) => actionStatusLabel(v as ActionStatus) },
    {
      key: 'owner',
      label: strings.ActionsFieldOwner,
      format: (v) => (v as IPerson).title,
      equals: (a, b) => ((a as IPerson | undefined)?.id ?? 0) === ((b as IPerson | undefined)?.id ?? 0)
    },
    { key: 'dueDate', label: strings.ActionsFieldDueDate, format: (v) => formatDate(v as string) }
  ];
}
