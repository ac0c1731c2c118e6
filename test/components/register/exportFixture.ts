import type { IExportColumn } from '../../../src/components/common/export';

/** A row and columns of every export type, shared by the CSV and Excel export tests. */
export interface IRow {
  name: string;
  amount?: number;
  due?: string;
  pct?: number;
}

export const columns: IExportColumn<IRow>[] = [
  { key: 'name', label: 'Name', value: (r) => r.name },
  { key: 'amount', label: 'Amount', type: 'number', value: (r) => r.amount },
  { key: 'due', label: 'Due', type: 'date', value: (r) => r.due },
  { key: 'pct', label: 'Done', type: 'percent', value: (r) => r.pct }
];
