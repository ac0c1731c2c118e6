import * as strings from 'PmoHubStrings';
import type { Health, Phase } from '../../model/types';
import { healthLabel, phaseLabel } from '../common/fields/labels';
import type { PortfolioGroupBy } from './types';

/** The localized name of a group key. */
export function groupName(by: PortfolioGroupBy, key: string): string {
  if (!key) return by === 'health' ? strings.PortfolioHealthUnknown : strings.PortfolioGroupNone;
  if (by === 'phase') return phaseLabel(key as Phase);
  if (by === 'health') return healthLabel(key as Health);
  return key;
}

export const GROUP_OPTIONS: { key: PortfolioGroupBy; text: string }[] = [
  { key: 'none', text: strings.PortfolioGroupByNone },
  { key: 'phase', text: strings.PortfolioColPhase },
  { key: 'department', text: strings.PortfolioGroupDepartment },
  { key: 'manager', text: strings.PortfolioColManager },
  { key: 'health', text: strings.PortfolioColHealth }
];
