import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import { formatAmount, formatPercent } from '../common/fields/formatValue';
import { phaseLabel } from '../common/fields/labels';
import { HealthBadge } from './HealthBadge';
import { projectVariance } from '../../model/costs';

const orDash = (text: string): string => text || '—';

/** One row per project: health, phase, manager, % complete, budget, forecast and their variance. */
export const PortfolioTable: React.FC<{ projects: IProject[] }> = ({ projects }) => {
  const theme = useTheme();
  const css = React.useMemo(
    () =>
      mergeStyleSets({
        wrap: { overflowX: 'auto' },
        table: { borderCollapse: 'collapse', width: '100%', fontSize: theme.fonts.medium.fontSize },
        th: {
          textAlign: 'left',
          fontWeight: 600,
          padding: '6px 8px',
          borderBottom: `2px solid ${theme.semanticColors.bodyDivider}`,
          whiteSpace: 'nowrap'
        },
        td: { padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' },
        num: { textAlign: 'right', whiteSpace: 'nowrap' },
        over: { color: theme.semanticColors.errorText, fontWeight: 600 },
        code: { color: theme.semanticColors.bodySubtext, marginRight: 6 }
      }),
    [theme]
  );
  const headers: [string, boolean][] = [
    [strings.PortfolioColProject, false],
    [strings.PortfolioColHealth, false],
    [strings.PortfolioColPhase, false],
    [strings.PortfolioColManager, false],
    [strings.PortfolioColPercent, true],
    [strings.PortfolioColBudget, true],
    [strings.PortfolioColForecast, true],
    [strings.PortfolioColVariance, true]
  ];
  return (
    <div className={css.wrap}>
      <table className={css.table}>
        <caption style={{ textAlign: 'left', position: 'absolute', left: -10000 }}>{strings.PortfolioTableCaption}</caption>
        <thead>
          <tr>
            {headers.map(([label, numeric]) => (
              <th key={label} scope="col" className={numeric ? `${css.th} ${css.num}` : css.th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => {
            const variance = projectVariance(p.budget, p.forecastCost);
            return (
              <tr key={p.id}>
                <th scope="row" className={css.td} style={{ textAlign: 'left', fontWeight: 'normal' }}>
                  <span className={css.code}>{p.code}</span>
                  {p.title}
                </th>
                <td className={css.td}>
                  <HealthBadge health={p.health} />
                </td>
                <td className={css.td}>{phaseLabel(p.phase)}</td>
                <td className={css.td}>{p.manager?.title ?? '—'}</td>
                <td className={`${css.td} ${css.num}`}>{orDash(formatPercent(p.percentComplete))}</td>
                <td className={`${css.td} ${css.num}`}>{orDash(formatAmount(p.budget))}</td>
                <td className={`${css.td} ${css.num}`}>{orDash(formatAmount(p.forecastCost))}</td>
                <td className={variance !== undefined && variance < 0 ? `${css.td} ${css.num} ${css.over}` : `${css.td} ${css.num}`}>
                  {variance === undefined ? '—' : `${variance > 0 ? '+' : ''}${formatAmount(variance)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
