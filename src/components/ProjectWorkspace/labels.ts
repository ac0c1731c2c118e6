import * as strings from 'PmoHubStrings';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import type { AllocationStatus, CostKind, RaidKind, RaidStatus, ResourceType } from '../../model/types';
import type { SeverityBand } from '../../model/raid';

// Choice values are stored in English (they are the lists' public contract); people see these labels.
const label = (prefix: string, value: string | undefined): string =>
  value ? strings[`${prefix}${value.replace(/\s+/g, '')}` as keyof IPmoHubStrings] || value : '';

/** Localized RAID kind. */
export const raidKindLabel = (v: RaidKind | '' | undefined): string => label('RaidKind', v);
/** Localized RAID status. */
export const raidStatusLabel = (v: RaidStatus | '' | undefined): string => label('RaidStatus', v);
/** Localized severity band. */
export const severityLabel = (v: SeverityBand | undefined): string => label('RaidSeverity', v);
/** Localized cost kind. */
export const costKindLabel = (v: CostKind | '' | undefined): string => label('CostKind', v);
/** Localized resource type. */
export const resourceTypeLabel = (v: ResourceType | '' | undefined): string => label('ResourceType', v);
/** Localized allocation status. */
export const allocationStatusLabel = (v: AllocationStatus | '' | undefined): string => label('ResourceStatus', v);

/** Dropdown options for choice values with their localized labels. */
export function choiceOptions<T extends string>(values: T[], toLabel: (v: T | '' | undefined) => string): IDropdownOption[] {
  return values.map((v) => ({ key: v, text: toLabel(v) }));
}

/** The localized name of a month period (yyyy-mm-01), e.g. "March 2025". */
export function monthLabel(period: string, style: 'long' | 'short' = 'long'): string {
  const d = new Date(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
  return d.toLocaleDateString(undefined, { month: style, year: 'numeric' });
}
