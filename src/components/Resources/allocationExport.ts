import * as strings from 'PmoHubStrings';
import { peakLoad } from '../../model/allocations';
import type { IAllocation } from '../../model/types';
import type { IExportColumn } from '../common/export';
import { allocationStatusLabel, resourceTypeLabel } from '../common/fields/labels';
import type { IPersonLoad } from './types';

/** The columns of the allocations export, with each person's peak across projects over the allocation. */
export function allocationExportColumns(loadOf: (a: IAllocation) => IPersonLoad | undefined): IExportColumn<IAllocation>[] {
  return [
    { key: 'person', label: strings.ResourceFieldPerson, value: (a) => (a.person ? a.person.title : '') },
    { key: 'role', label: strings.ResourceFieldRole, value: (a) => a.role },
    { key: 'type', label: strings.ResourceColType, value: (a) => resourceTypeLabel(a.resourceType) },
    { key: 'department', label: strings.ResourceColDepartment, value: (a) => a.department },
    { key: 'percent', label: strings.ResourceColPercent, value: (a) => a.percent, type: 'percent' },
    { key: 'start', label: strings.ResourceColStart, value: (a) => a.startDate, type: 'date' },
    { key: 'end', label: strings.ResourceColEnd, value: (a) => a.endDate, type: 'date' },
    { key: 'status', label: strings.ResourceColStatus, value: (a) => allocationStatusLabel(a.status) },
    {
      key: 'total',
      label: strings.ResourceColTotal,
      type: 'percent',
      value: (a) => {
        const load = loadOf(a);
        return load ? peakLoad(load.allocations, a.startDate, a.endDate) : undefined;
      }
    }
  ];
}
