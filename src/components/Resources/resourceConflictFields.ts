import * as strings from 'PmoHubStrings';
import type { IAllocationFormValues } from '../../model/allocations';
import type { AllocationStatus, IPerson, ResourceType } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { formatDate } from '../common/fields/formatValue';
import { allocationStatusLabel, resourceTypeLabel } from '../common/fields/labels';

/** Every field the allocation form edits, as the conflict dialog compares and shows them. */
export const RESOURCE_CONFLICT_FIELDS: IConflictField<IAllocationFormValues>[] = [
  {
    key: 'person',
    label: strings.ResourceFieldPerson,
    format: (v) => (v as IPerson).title,
    equals: (a, b) => ((a as IPerson | undefined)?.id ?? 0) === ((b as IPerson | undefined)?.id ?? 0)
  },
  { key: 'role', label: strings.ResourceFieldRole },
  { key: 'resourceType', label: strings.ResourceFieldType, format: (v) => resourceTypeLabel(v as ResourceType) },
  { key: 'department', label: strings.ResourceFieldDepartment },
  { key: 'percent', label: strings.ResourceFieldPercent },
  { key: 'startDate', label: strings.ResourceFieldStart, format: (v) => formatDate(v as string) },
  { key: 'endDate', label: strings.ResourceFieldEnd, format: (v) => formatDate(v as string) },
  { key: 'status', label: strings.ResourceFieldStatus, format: (v) => allocationStatusLabel(v as AllocationStatus) }
];
