import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { FULL_LOAD, peakLoad } from '../../model/allocations';
import type { IAllocation } from '../../model/types';
import { formatDate, formatPercent } from '../common/fields/formatValue';
import { allocationStatusLabel, resourceTypeLabel } from '../common/fields/labels';
import { OverFlag } from './OverFlag';
import type { IPersonLoad } from './types';

/** Who an allocation is for: the person, or the role still to fill. */
export function allocationName(a: IAllocation): string {
  return a.person ? a.person.title : format(strings.ResourceRoleOnly, a.role);
}

function TotalCell({ a, load }: { a: IAllocation; load: IPersonLoad | undefined }): React.ReactElement | null {
  if (!load) return null;
  if (load.loading) return <Spinner size={SpinnerSize.xSmall} ariaLabel={strings.ResourceLoadLoading} />;
  const peak = peakLoad(load.allocations, a.startDate, a.endDate);
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <span>{formatPercent(peak)}</span>
      {peak > FULL_LOAD && <OverFlag />}
    </span>
  );
}

/** The allocations list's columns; the name opens the allocation for editing. */
export function allocationColumns(onOpen: (a: IAllocation) => void, loadOf: (a: IAllocation) => IPersonLoad | undefined): IColumn[] {
  const col = (key: string, name: string, min: number, max: number, render: (a: IAllocation) => React.ReactNode): IColumn => ({
    key,
    name,
    minWidth: min,
    maxWidth: max,
    isResizable: true,
    onRender: (a: IAllocation) => render(a)
  });
  return [
    col('who', strings.ResourceColWho, 140, 240, (a) => (
      <Link onClick={() => onOpen(a)} aria-label={format(strings.RecordEditNamed, allocationName(a))}>
        {allocationName(a)}
      </Link>
    )),
    col('type', strings.ResourceColType, 90, 140, (a) => resourceTypeLabel(a.resourceType)),
    col('department', strings.ResourceColDepartment, 80, 140, (a) => a.department),
    col('percent', strings.ResourceColPercent, 60, 80, (a) => formatPercent(a.percent)),
    col('start', strings.ResourceColStart, 80, 110, (a) => formatDate(a.startDate)),
    col('end', strings.ResourceColEnd, 80, 110, (a) => formatDate(a.endDate)),
    col('status', strings.ResourceColStatus, 70, 100, (a) => allocationStatusLabel(a.status)),
    col('total', strings.ResourceColTotal, 140, 200, (a) => <TotalCell a={a} load={loadOf(a)} />)
  ];
}
