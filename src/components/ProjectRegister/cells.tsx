import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { isOverdue } from '../../model/project';
import type { Health, IProject } from '../../model/types';
import { formatAmount, formatDate, formatPercent } from '../common/fields/formatValue';
import { healthLabel, phaseLabel, priorityLabel } from '../common/fields/labels';
import { alertText, healthColors } from '../common/themeColors';
import type { IRegisterColumn, IRegisterSort } from './types';

/** Health as a coloured dot plus text (WCAG 1.4.1: colour is never the only signal). */
export function HealthBadge({ health }: { health: Health | undefined }): React.ReactElement | null {
  const theme = useTheme();
  if (!health) return null;
  return (
    <span data-health={health} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 5, background: healthColors(theme)[health] }} />
      <span style={health === 'Red' ? { color: alertText(theme), fontWeight: 600 } : undefined}>
        {healthLabel(health)}
      </span>
    </span>
  );
}

function OverdueTag(): React.ReactElement {
  const theme = useTheme();
  return (
    <Text
      variant="small"
      title={strings.RegisterOverdueHint}
      style={{ color: theme.semanticColors.bodyBackground, background: healthColors(theme).Red, borderRadius: 2, padding: '0 4px', marginLeft: 6 }}
    >
      {strings.RegisterOverdue}
    </Text>
  );
}

// [min, max] px. The justified list widens columns left to right, so the later ones often stay at
// their minimum: each minimum fits the header with its sort arrow (20 px) and the widest value, e.g.
// "Green – on track" with its dot, or a date with the Overdue tag (measured at 1400 px in Chromium).
const WIDTHS: Record<string, [number, number]> = {
  title: [160, 320],
  description: [160, 400],
  code: [80, 110],
  health: [120, 150],
  manager: [130, 180],
  sponsor: [120, 180],
  department: [100, 160],
  plannedEndDate: [120, 150],
  forecastEndDate: [120, 150],
  actualCost: [100, 130],
  forecastCost: [115, 140],
  percentComplete: [100, 130],
  meetingTag: [100, 160]
};

function renderCell(key: string, p: IProject, onOpen: (p: IProject) => void): React.ReactNode {
  switch (key) {
    case 'title':
      return (
        <Link onClick={() => onOpen(p)} data-project-id={p.id}>
          {p.title}
        </Link>
      );
    case 'phase':
      return phaseLabel(p.phase);
    case 'health':
      return <HealthBadge health={p.health} />;
    case 'priority':
      return priorityLabel(p.priority);
    case 'manager':
    case 'sponsor':
      return p[key] ? p[key]!.title : '';
    case 'startDate':
      return formatDate(p.startDate);
    case 'plannedEndDate':
    case 'forecastEndDate': {
      const overdue = isOverdue(p) && (key === 'forecastEndDate' || !p.forecastEndDate);
      return (
        <>
          {formatDate(p[key])}
          {overdue && <OverdueTag />}
        </>
      );
    }
    case 'budget':
    case 'actualCost':
    case 'forecastCost':
      return formatAmount(p[key]);
    case 'percentComplete':
      return formatPercent(p.percentComplete);
    default:
      return String(p[key as keyof IProject] ?? '');
  }
}

/** DetailsList columns: header click (or Enter on the focused header) sorts; cells render text, never colour alone. */
export function buildColumns(
  columns: IRegisterColumn[],
  sort: IRegisterSort,
  onSort: (key: string) => void,
  onOpen: (p: IProject) => void
): IColumn[] {
  return columns.map((c) => {
    const [minWidth, maxWidth] = WIDTHS[c.key] || [70, 130];
    const sorted = sort.key === c.key;
    return {
      key: c.key,
      name: c.label,
      fieldName: c.key,
      minWidth,
      maxWidth,
      isResizable: true,
      isMultiline: c.key === 'description',
      isSorted: sorted,
      isSortedDescending: sorted && sort.descending,
      sortAscendingAriaLabel: strings.RegisterSortedAscending,
      sortDescendingAriaLabel: strings.RegisterSortedDescending,
      onColumnClick: () => onSort(c.key),
      onRender: (item: IProject) => renderCell(c.key, item, onOpen)
    };
  });
}
