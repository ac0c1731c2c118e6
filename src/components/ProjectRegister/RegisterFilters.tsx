import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'PmoHubStrings';
import type { IRegisterFilters, RegisterGroupBy } from '../../model/project';
import { HEALTHS, PHASES, PRIORITIES } from '../../model/types';
import type { IPerson } from '../../model/types';
import { healthLabel, phaseLabel, priorityLabel } from '../common/fields/labels';
import type { RegisterGrouping } from './types';

export interface IRegisterFiltersProps {
  filters: IRegisterFilters;
  departments: string[];
  managers: IPerson[];
  groupBy: RegisterGrouping;
  onFilters: (filters: IRegisterFilters) => void;
  onGroupBy: (groupBy: RegisterGrouping) => void;
}

/** Dropdown keys keep their type (manager ids are numbers), so filter values compare with ===. */
function toggle(list: (string | number)[], value: string | number, selected: boolean): (string | number)[] {
  const rest = list.filter((v) => v !== value);
  return selected ? [...rest, value] : rest;
}

const dropdownStyles = { root: { minWidth: 150 } };

/** Multi-select filters (phase, health, priority, department, manager) and the group-by choice. */
export function RegisterFilters(props: IRegisterFiltersProps): React.ReactElement {
  const { filters, onFilters } = props;
  function multi(key: keyof IRegisterFilters, label: string, options: IDropdownOption[]): React.ReactElement {
    const selected = (filters[key] || []) as (string | number)[];
    return (
      <Dropdown
        label={label}
        multiSelect
        placeholder={strings.RegisterFilterAll}
        options={options}
        styles={dropdownStyles}
        selectedKeys={selected as string[]}
        onChange={(_e, o) => o && onFilters({ ...filters, [key]: toggle(selected, o.key, !!o.selected) })}
      />
    );
  }
  const active = Object.keys(filters).some((k) => (filters[k as keyof IRegisterFilters] || []).length > 0);
  const groupOptions: IDropdownOption[] = [
    { key: '', text: strings.RegisterGroupNone },
    { key: 'phase', text: strings.RegisterColPhase },
    { key: 'health', text: strings.RegisterColHealth },
    { key: 'priority', text: strings.RegisterColPriority },
    { key: 'department', text: strings.RegisterColDepartment },
    { key: 'manager', text: strings.RegisterColManager }
  ];
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
      {multi('phases', strings.RegisterColPhase, PHASES.map((p) => ({ key: p, text: phaseLabel(p) })))}
      {multi('healths', strings.RegisterColHealth, HEALTHS.map((h) => ({ key: h, text: healthLabel(h) })))}
      {multi('priorities', strings.RegisterColPriority, PRIORITIES.map((p) => ({ key: p, text: priorityLabel(p) })))}
      {multi('departments', strings.RegisterColDepartment, props.departments.map((d) => ({ key: d, text: d })))}
      {multi('managerIds', strings.RegisterColManager, props.managers.map((m) => ({ key: m.id, text: m.title })))}
      <Dropdown
        label={strings.RegisterGroupBy}
        options={groupOptions}
        styles={dropdownStyles}
        selectedKey={props.groupBy}
        onChange={(_e, o) => o && props.onGroupBy(o.key as RegisterGroupBy | '')}
      />
      {active && <DefaultButton text={strings.RegisterClearFilters} onClick={() => onFilters({})} />}
    </Stack>
  );
}
