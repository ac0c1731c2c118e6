import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'PmoHubStrings';
import { RAID_KINDS, RAID_STATUSES } from '../../model/types';
import { choiceOptions, raidKindLabel, raidStatusLabel } from '../common/fields/labels';
import type { IRaidFilters } from './types';

// The "all" option needs a key no choice value can have.
const ALL = '*';
const withAll = (options: IDropdownOption[]): IDropdownOption[] => [{ key: ALL, text: strings.WorkspaceFilterAll } as IDropdownOption].concat(options);

/** The RAID list's kind and status filters; "All" clears one. */
export function RaidFilters({ filters, onChange }: { filters: IRaidFilters; onChange: (filters: IRaidFilters) => void }): React.ReactElement {
  const filter = (key: keyof IRaidFilters, label: string, options: IDropdownOption[]): React.ReactElement => (
    <Dropdown
      label={label}
      selectedKey={filters[key] || ALL}
      options={withAll(options)}
      onChange={(_e, o) => o && onChange({ ...filters, [key]: o.key === ALL ? undefined : o.key })}
      styles={{ root: { minWidth: 160 } }}
    />
  );
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
      {filter('kind', strings.RaidFilterKind, choiceOptions(RAID_KINDS, raidKindLabel))}
      {filter('status', strings.RaidFilterStatus, choiceOptions(RAID_STATUSES, raidStatusLabel))}
    </Stack>
  );
}
