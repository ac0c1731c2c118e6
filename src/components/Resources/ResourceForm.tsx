import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'PmoHubStrings';
import type { IAllocationFormValues } from '../../model/allocations';
import { ALLOCATION_STATUSES, RESOURCE_TYPES } from '../../model/types';
import type { AllocationStatus, IAllocation, ResourceType } from '../../model/types';
import { DateField, PeoplePickerField, validationText } from '../common/fields';
import { useServices } from '../common/ServicesContext';
import { allocationStatusLabel, choiceOptions, resourceTypeLabel } from '../ProjectWorkspace/labels';
import type { IRecordEditor } from '../ProjectWorkspace/useRecordEditor';

/** The fields of an allocation: a named person, or a role to fill. */
export function ResourceForm({ editor }: { editor: IRecordEditor<IAllocation, IAllocationFormValues> }): React.ReactElement {
  const { people } = useServices();
  const v = editor.values;
  const err = (k: keyof IAllocationFormValues): string | undefined => validationText(editor.errors[k]);
  return (
    <>
      <PeoplePickerField label={strings.ResourceFieldPerson} value={v.person} onChange={(person) => editor.change({ person })} people={people} />
      <TextField
        label={strings.ResourceFieldRole}
        description={strings.ResourceFieldRoleHint}
        value={v.role}
        onChange={(_e, t) => editor.change({ role: t || '' })}
        errorMessage={err('role')}
      />
      <Dropdown
        label={strings.ResourceFieldType}
        required
        selectedKey={v.resourceType || null}
        options={choiceOptions(RESOURCE_TYPES, resourceTypeLabel)}
        onChange={(_e, o) => o && editor.change({ resourceType: o.key as ResourceType })}
        errorMessage={err('resourceType')}
      />
      <TextField label={strings.ResourceFieldDepartment} value={v.department} onChange={(_e, t) => editor.change({ department: t || '' })} errorMessage={err('department')} />
      <TextField
        label={strings.ResourceFieldPercent}
        required
        inputMode="decimal"
        value={v.percent}
        onChange={(_e, t) => editor.change({ percent: t || '' })}
        errorMessage={err('percent')}
      />
      <DateField label={strings.ResourceFieldStart} required value={v.startDate} onChange={(startDate) => editor.change({ startDate })} errorMessage={err('startDate')} />
      <DateField label={strings.ResourceFieldEnd} required value={v.endDate} onChange={(endDate) => editor.change({ endDate })} errorMessage={err('endDate')} />
      <Dropdown
        label={strings.ResourceFieldStatus}
        required
        selectedKey={v.status || null}
        options={choiceOptions(ALLOCATION_STATUSES, allocationStatusLabel)}
        onChange={(_e, o) => o && editor.change({ status: o.key as AllocationStatus })}
        errorMessage={err('status')}
      />
    </>
  );
}
