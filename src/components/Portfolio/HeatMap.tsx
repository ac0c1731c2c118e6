import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { groupName } from './groupNames';
import { HEAT_DIMENSIONS, heatMap, type IHeatCell } from './portfolioRows';
import type { PortfolioGroupBy } from './types';
import { healthTints } from '../common/themeColors';

const DIM_LABEL: Record<string, string> = {
  overall: strings.PortfolioColHealth,
  schedule: strings.PortfolioDimSchedule,
  cost: strings.PortfolioDimCost,
  risk: strings.PortfolioDimRisk
};

const DIM_BY: Record<string, string> = {
  phase: strings.PortfolioColPhase,
  department: strings.PortfolioGroupDepartment,
  manager: strings.PortfolioColManager,
  health: strings.PortfolioColHealth
};

// Tints, not the badge colours: the text on them must keep its contrast; the numbers say the rest.
function tint(c: IHeatCell, tints: ReturnType<typeof healthTints>): string | undefined {
  if (c.counts.Red) return tints.Red;
  if (c.counts.Amber) return tints.Amber;
  return c.counts.Green ? tints.Green : undefined;
}

/** Groups (rows) × health dimensions (columns): how many projects are Red, Amber, Green or unknown. */
export const HeatMap: React.FC<{ rows: IPortfolioRow[]; groupBy: PortfolioGroupBy }> = ({ rows, groupBy }) => {
  const theme = useTheme();
  const by = groupBy === 'none' ? 'department' : groupBy;
  const tints = healthTints(theme);
  const css = mergeStyleSets({
    table: { borderCollapse: 'collapse', fontSize: theme.fonts.medium.fontSize },
    th: { textAlign: 'left', padding: '6px 10px', borderBottom: `2px solid ${theme.semanticColors.bodyDivider}`, fontWeight: 600 },
    td: { padding: '6px 10px', border: `1px solid ${theme.semanticColors.bodyDivider}`, whiteSpace: 'nowrap', color: theme.semanticColors.bodyText }
  });
  return (
    <table className={css.table} data-testid="heat-map">
      <caption style={{ textAlign: 'left', padding: '4px 0' }}>{format(strings.PortfolioHeatCaption, DIM_BY[by])}</caption>
      <thead>
        <tr>
          <th scope="col" className={css.th}>{DIM_BY[by]}</th>
          {HEAT_DIMENSIONS.map((d) => (
            <th key={d} scope="col" className={css.th}>{DIM_LABEL[d]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {heatMap(rows, by).map((g) => (
          <tr key={g.key || '(none)'}>
            <th scope="row" className={css.th} style={{ fontWeight: 400 }}>{groupName(by, g.key)}</th>
            {g.cells.map((c, i) => (
              <td key={HEAT_DIMENSIONS[i]} className={css.td} style={{ background: tint(c, tints) }}>
                {format(strings.PortfolioHeatCell, c.counts.Red, c.counts.Amber, c.counts.Green, c.unknown)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
