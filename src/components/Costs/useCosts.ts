import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { burnSeries, costSummary, costToFormValues, emptyCostValues, monthlyTotals, monthsOfYear, sumTotals, toCostDraft, toPeriod, validateCost } from '../../model/costs';
import type { IBurnPoint, ICostFormValues, ICostSummary, ICostTotals, IMonthTotals } from '../../model/costs';
import type { ICostLine } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { useEditableRecords } from '../records/useEditableRecords';
import type { IRecordsTabState } from '../records/useEditableRecords';
import { useExport } from '../records/useExport';
import { COST_CONFLICT_FIELDS } from './costConflictFields';
import { costExportColumns } from './costExport';
import type { ICostsTabProps } from './types';

/** State of the Costs tab; its items are the project's cost lines. */
export interface ICostsState extends IRecordsTabState<ICostLine, ICostFormValues> {
  year: number;
  setYear: (year: number) => void;
  /** The twelve months of the year shown. */
  months: IMonthTotals[];
  /** Totals of the year shown. */
  yearTotals: ICostTotals;
  /** The lines of the year shown, by month. */
  yearLines: ICostLine[];
  /** Budget, actuals, EAC and variance over all the project's lines. */
  summary: ICostSummary;
  /** The cumulative burn over the project's whole span. */
  burn: IBurnPoint[];
}

const thisMonth = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${d.getMonth() < 9 ? '0' : ''}${d.getMonth() + 1}-01`;
};

/** Loads the project's cost lines and derives every figure the tab shows from the model. */
export function useCosts(props: ICostsTabProps): ICostsState {
  const { project } = props;
  const services = useServices();
  const [year, setYear] = React.useState(props.year || new Date().getFullYear());
  const records = useEditableRecords(services.costs, project.id, {
    name: 'costs',
    kind: 'cost',
    // A new line starts in the year shown: this month when that is the current year, else January.
    empty: () => emptyCostValues(project.id, thisMonth().slice(0, 4) === String(year) ? thisMonth() : `${year}-01-01`),
    toValues: costToFormValues,
    validate: validateCost,
    conflictFields: COST_CONFLICT_FIELDS,
    toDraft: toCostDraft
  });
  const lines = records.items;

  const months = React.useMemo(() => monthlyTotals(lines, monthsOfYear(year)), [lines, year]);
  const yearTotals = React.useMemo(() => sumTotals(months), [months]);
  const yearLines = React.useMemo(
    () => lines.filter((l) => toPeriod(l.period).slice(0, 4) === String(year)).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
    [lines, year]
  );
  const summary = React.useMemo(() => costSummary(lines), [lines]);
  const burn = React.useMemo(() => burnSeries(lines), [lines]);
  const columns = React.useMemo(() => costExportColumns(), []);
  const exports = useExport(lines, columns, format(strings.CostExportFileName, project.code || project.id), strings.CostExportSheet);

  return { ...records, year, setYear, months, yearTotals, yearLines, summary, burn, exports };
}
