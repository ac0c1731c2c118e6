import * as strings from 'PmoHubStrings';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { format } from '@fluentui/react/lib/Utilities';
import type { AllocationStatus, CostKind, Health, Phase, Priority, RaidKind, RaidStatus, ResourceType } from '../../../model/types';
import type { SeverityBand } from '../../../model/raid';
import type { IValidationMessage } from '../../../model/validate';
import { formatMonth } from '../../../model/locale';

// Choice values are stored in English (they are the lists' public contract); people see these labels,
// named `<prefix><value without spaces>` in src/loc.
const label = (prefix: string, value: string | undefined): string =>
  value ? strings[`${prefix}${value.replace(/\s+/g, '')}` as keyof IPmoHubStrings] || value : '';

/** Localized name of a phase. */
export const phaseLabel = (v: Phase | '' | undefined): string => label('RegisterPhase', v);
/** Localized name of a health value; always text, so the RAG colour is never the only signal. */
export const healthLabel = (v: Health | '' | undefined): string => label('RegisterHealth', v);
/** Localized name of a priority. */
export const priorityLabel = (v: Priority | '' | undefined): string => label('RegisterPriority', v);
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
export function choiceOptions<T extends string>(values: readonly T[], toLabel: (v: T | '' | undefined) => string): IDropdownOption[] {
  return values.map((v) => ({ key: v, text: toLabel(v) }));
}

/** The localized name of a month period (yyyy-mm-01), e.g. "March 2025". */
export function monthLabel(period: string, style: 'long' | 'short' = 'long'): string {
  return formatMonth(period, style);
}

/** The text of a validation message (src/model/validate.ts) in the person's language. */
export function validationText(message: IValidationMessage | undefined): string | undefined {
  if (!message) return undefined;
  const template = strings[message.key] || message.key;
  return message.values ? format(template, ...message.values) : template;
}
