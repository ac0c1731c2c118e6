import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { IActionFormValues } from '../../../model/meetings/actionForm';
import { ACTION_STATUSES, type IActionItem } from '../../../model/types';
import { DateField, PeoplePickerField } from '../../common/fields';
import { useServices } from '../../common/ServicesContext';
import { bindFields } from '../../records/bindFields';
import type { IRecordEditor } from '../../records/types';
import { actionStatusLabel } from './labels';

/** The fields of an action: a saved change also updates its Planner task. */
export function ActionForm({ editor }: { editor: IRecordEditor<IActionItem, IActionFormValues> }): React.ReactElement {
  const { people } = useServices();
  const field = bindFields(editor);
  return (
    <>
      <TextField label={strings.ActionsFieldTitle} required {...field.text('title')} />
      <Dropdown label={strings.ActionsFieldStatus} required {...field.choice('status', ACTION_STATUSES, actionStatusLabel)} />
      <PeoplePickerField label={strings.ActionsFieldOwner} people={people} {...field.person('owner')} />
      <DateField label={strings.ActionsFieldDueDate} {...field.date('dueDate')} />
    </>
  );
}
