import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import type { IExportColumn } from '../common/export';
import { healthLabel, phaseLabel, priorityLabel } from '../common/fields/labels';
import type { IRegisterColumn } from './types';

/** Every column the register can show; keys are IProject properties (a public contract of the web part). */
export const REGISTER_COLUMNS: IRegisterColumn[] = [
  { key: 'title', label: strings.RegisterColTitle },
  { key: 'code', label: strings.RegisterColCode },
  { key: 'description', label: strings.RegisterColDescription },
  { key: 'phase', label: strings.RegisterColPhase },
  { key: 'health', label: strings.RegisterColHealth },
  { key: 'priority', label: strings.RegisterColPriority },
  { key: 'manager', label: strings.RegisterColManager },
  { key: 'sponsor', label: strings.RegisterColSponsor },
  { key: 'department', label: strings.RegisterColDepartment },
  { key: 'startDate', label: strings.RegisterColStartDate },
  { key: 'plannedEndDate', label: strings.RegisterColPlannedEndDate },
  { key: 'forecastEndDate', label: strings.RegisterColForecastEndDate },
  { key: 'budget', label: strings.RegisterColBudget },
  { key: 'actualCost', label: strings.RegisterColActualCost },
  { key: 'forecastCost', label: strings.RegisterColForecastCost },
  { key: 'percentComplete', label: strings.RegisterColPercentComplete },
  { key: 'meetingTag', label: strings.RegisterColMeetingTag }
];

/** The columns shown when the web part has not been configured. */
export const DEFAULT_REGISTER_COLUMNS: string[] = [
  'code',
  'title',
  'phase',
  'health',
  'priority',
  'manager',
  'department',
  'plannedEndDate',
  'budget',
  'percentComplete'
];

/** The known columns among `keys`, in their order; the defaults when none is known. */
export function resolveColumns(keys: string[] | undefined): IRegisterColumn[] {
  const known = (keys || [])
    .map((k) => REGISTER_COLUMNS.filter((c) => c.key === k)[0])
    .filter((c): c is IRegisterColumn => !!c);
  return known.length ? known : resolveColumns(DEFAULT_REGISTER_COLUMNS);
}

const DATE_KEYS = ['startDate', 'plannedEndDate', 'forecastEndDate'];
const NUMBER_KEYS = ['budget', 'actualCost', 'forecastCost'];

/** Export columns matching the register's columns: people by name, choices localized, typed numbers and dates. */
export function exportColumns(columns: IRegisterColumn[]): IExportColumn<IProject>[] {
  return columns.map((c) => {
    const key = c.key as keyof IProject;
    const base = { key: c.key, label: c.label };
    if (key === 'manager' || key === 'sponsor') return { ...base, value: (p) => (p[key] ? p[key]!.title : '') };
    if (key === 'phase') return { ...base, value: (p) => phaseLabel(p.phase) };
    if (key === 'health') return { ...base, value: (p) => healthLabel(p.health) };
    if (key === 'priority') return { ...base, value: (p) => priorityLabel(p.priority) };
    if (key === 'percentComplete') return { ...base, type: 'percent', value: (p) => p.percentComplete };
    if (DATE_KEYS.indexOf(c.key) >= 0) return { ...base, type: 'date', value: (p) => p[key] as string | undefined };
    if (NUMBER_KEYS.indexOf(c.key) >= 0) return { ...base, type: 'number', value: (p) => p[key] as number | undefined };
    return { ...base, value: (p) => p[key] as string | undefined };
  });
}
