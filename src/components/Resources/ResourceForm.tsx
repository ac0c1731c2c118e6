import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { IAllocationFormValues } from '../../model/allocations';
import { ALLOCATION_STATUSES, RESOURCE_TYPES } from '../../model/types';
import type { IAllocation } from '../../model/types';
import { DateField, PeoplePickerField } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { bindFields } from '../records/bindFields';
import { allocationStatusLabel, resourceTypeLabel } from '../common/fields/labels';
import type { IRecordEditor } from '../records/types';

/** The fields of an allocation: a named person, or a role to fill. */
export function ResourceForm({ editor }: { editor: IRecordEditor<IAllocation, IAllocationFormValues> }): React.ReactElement {
  const { people } = useServices();
  const field = bindFields(editor);
  return (
    <>
      <PeoplePickerField label={strings.ResourceFieldPerson} people={people} {...field.person('person')} />
      <TextField label={strings.ResourceFieldRole} description={strings.ResourceFieldRoleHint} {...field.text('role')} />
      <Dropdown label={strings.ResourceFieldType} required {...field.choice('resourceType', RESOURCE_TYPES, resourceTypeLabel)} />
      <TextField label={strings.ResourceFieldDepartment} {...field.text('department')} />
      <TextField label={strings.ResourceFieldPercent} required inputMode="decimal" {...field.text('percent')} />
      <DateField label={strings.ResourceFieldStart} required {...field.date('startDate')} />
      <DateField label={strings.ResourceFieldEnd} required {...field.date('endDate')} />
      <Dropdown label={strings.ResourceFieldStatus} required {...field.choice('status', ALLOCATION_STATUSES, allocationStatusLabel)} />
    </>
  );
}
