import * as strings from 'PmoHubStrings';
import type { ICostFormValues } from '../../model/costs';
import type { CostKind } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { costKindLabel, monthLabel } from '../common/fields/labels';

/** Every field the cost line form edits, as the conflict dialog compares and shows them. */
export const COST_CONFLICT_FIELDS: IConflictField<ICostFormValues>[] = [
  { key: 'title', label: strings.CostFieldTitle },
  { key: 'period', label: strings.CostFieldMonth, format: (v) => monthLabel(v as string) },
  { key: 'kind', label: strings.CostFieldKind, format: (v) => costKindLabel(v as CostKind) },
  { key: 'category', label: strings.CostFieldCategory },
  { key: 'amount', label: strings.CostFieldAmount },
  { key: 'supplier', label: strings.CostFieldSupplier }
];
