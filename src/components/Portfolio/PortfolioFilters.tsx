import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'PmoHubStrings';
import { HEALTHS, PHASES } from '../../model/types';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { healthLabel, phaseLabel } from '../common/fields/labels';
import { GROUP_OPTIONS } from './groupNames';
import { NO_FILTERS, type IPortfolioFilters, type PortfolioGroupBy } from './types';

export interface IPortfolioFiltersProps {
  rows: IPortfolioRow[];
  filters: IPortfolioFilters;
  onChange(filters: IPortfolioFilters): void;
  groupBy: PortfolioGroupBy;
  onGroupBy(by: PortfolioGroupBy): void;
}

const distinct = (values: string[]): string[] => values.filter((v, i) => v && values.indexOf(v) === i).sort((a, b) => a.localeCompare(b));

/** Toggles a key of a multi-select dropdown. */
function toggle<T>(list: T[], key: T, selected: boolean | undefined): T[] {
  return selected ? [...list, key] : list.filter((k) => k !== key);
}

/** Search, multi-select filters (phase, health, department, manager) and the grouping. */
export const PortfolioFilters: React.FC<IPortfolioFiltersProps> = ({ rows, filters, onChange, groupBy, onGroupBy }) => {
  const multi = <K extends keyof IPortfolioFilters>(key: K, label: string, options: IDropdownOption[]): React.ReactElement => (
    <Dropdown
      label={label}
      multiSelect
      placeholder={strings.PortfolioFilterAll}
      options={options}
      selectedKeys={filters[key] as string[]}
      onChange={(_e, o) => o && onChange({ ...filters, [key]: toggle(filters[key] as string[], String(o.key), o.selected) })}
      styles={{ root: { minWidth: 150 } }}
    />
  );
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} role="search" aria-label={strings.PortfolioFiltersLabel}>
      <SearchBox
        placeholder={strings.PortfolioSearchPlaceholder}
        ariaLabel={strings.PortfolioSearchPlaceholder}
        value={filters.text}
        onChange={(_e, text) => onChange({ ...filters, text: text ?? '' })}
        styles={{ root: { width: 220 } }}
      />
      {multi('phases', strings.PortfolioColPhase, PHASES.map((p) => ({ key: p, text: phaseLabel(p) })))}
      {multi('healths', strings.PortfolioColHealth, [...HEALTHS.map((h) => ({ key: h, text: healthLabel(h) })), { key: 'Unknown', text: strings.PortfolioHealthUnknown }])}
      {multi('departments', strings.PortfolioGroupDepartment, distinct(rows.map((r) => r.project.department)).map((d) => ({ key: d, text: d })))}
      {multi('managers', strings.PortfolioColManager, distinct(rows.map((r) => r.project.manager?.title ?? '')).map((m) => ({ key: m, text: m })))}
      <Dropdown
        label={strings.PortfolioGroupBy}
        options={GROUP_OPTIONS}
        selectedKey={groupBy}
        onChange={(_e, o) => o && onGroupBy(o.key as PortfolioGroupBy)}
        styles={{ root: { minWidth: 150 } }}
      />
      <DefaultButton text={strings.PortfolioClearFilters} onClick={() => onChange(NO_FILTERS)} disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)} />
    </Stack>
  );
};
