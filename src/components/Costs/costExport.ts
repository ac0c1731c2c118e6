import * as strings from 'PmoHubStrings';
import type { ICostLine } from '../../model/types';
import type { IExportColumn } from '../common/export';
import { costKindLabel } from '../common/fields/labels';

/** The columns of the cost lines export (every line of the project, all years). */
export function costExportColumns(): IExportColumn<ICostLine>[] {
  return [
    { key: 'period', label: strings.CostColPeriod, value: (l) => l.period, type: 'date' },
    { key: 'kind', label: strings.CostColKind, value: (l) => costKindLabel(l.kind) },
    { key: 'category', label: strings.CostColCategory, value: (l) => l.category },
    { key: 'supplier', label: strings.CostColSupplier, value: (l) => l.supplier },
    { key: 'amount', label: strings.CostColAmount, value: (l) => l.amount, type: 'number' },
    { key: 'title', label: strings.CostColTitle, value: (l) => l.title }
  ];
}
