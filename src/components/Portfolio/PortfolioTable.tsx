import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IGroup } from '@fluentui/react/lib/DetailsList';
import * as strings from 'PmoHubStrings';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { groupName } from './groupNames';
import { portfolioColumns } from './portfolioColumns';
import { groupRows } from './portfolioRows';
import type { PortfolioGroupBy } from './types';

export interface IPortfolioTableProps {
  rows: IPortfolioRow[];
  groupBy: PortfolioGroupBy;
  onOpen(projectId: number): void;
}

/**
 * One row per project. Fluent's DetailsList renders only the rows in view (virtualized), so 1,000
 * projects stay responsive; grouping uses its collapsible groups.
 */
export const PortfolioTable: React.FC<IPortfolioTableProps> = ({ rows, groupBy, onOpen }) => {
  const columns = React.useMemo(() => portfolioColumns(onOpen), [onOpen]);
  const { items, groups } = React.useMemo(() => {
    if (groupBy === 'none') return { items: rows, groups: undefined };
    const out: IPortfolioRow[] = [];
    const gs: IGroup[] = groupRows(rows, groupBy).map((g) => {
      const group = { key: g.key || '(none)', name: groupName(groupBy, g.key), startIndex: out.length, count: g.rows.length, level: 0 };
      out.push(...g.rows);
      return group;
    });
    return { items: out, groups: gs };
  }, [rows, groupBy]);
  return (
    <div data-testid="portfolio-table">
      <DetailsList
        items={items}
        groups={groups}
        columns={columns}
        getKey={(r: IPortfolioRow) => String(r.project.id)}
        setKey="portfolio"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.fixedColumns}
        ariaLabelForGrid={strings.PortfolioTableCaption}
        groupProps={{ showEmptyGroups: false }}
        onItemInvoked={(r: IPortfolioRow) => onOpen(r.project.id)}
      />
    </div>
  );
};
