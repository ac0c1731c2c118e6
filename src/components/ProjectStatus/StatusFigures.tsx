import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IProjectStatus } from '../../model/projectStatus';
import { figure, fmt, HealthCell, PlanFailure } from '../Portfolio/cells';

/** The portfolio's figures for one project, as a definition list. */
export const StatusFigures: React.FC<{ status: IProjectStatus }> = ({ status: s }) => {
  const theme = useTheme();
  const css = mergeStyleSets({
    list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 8, margin: 0 },
    item: { padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    dt: { fontSize: theme.fonts.small.fontSize, margin: 0 },
    dd: { fontSize: theme.fonts.large.fontSize, margin: 0 }
  });
  const planned = s.plan === 'failed' ? <PlanFailure reason={s.planFailure} permission={s.planPermission} /> : undefined;
  const items: [string, React.ReactNode][] = [
    [strings.PortfolioColHealth, <HealthCell key="h" health={s.health.overall} />],
    [strings.PortfolioDimSchedule, <HealthCell key="s" health={s.health.schedule} />],
    [strings.PortfolioDimCost, <HealthCell key="c" health={s.health.cost} />],
    [strings.PortfolioDimRisk, <HealthCell key="r" health={s.health.risk} />],
    [strings.PortfolioColReported, <HealthCell key="rep" health={s.project.health} />],
    [strings.PortfolioColPercent, planned ?? figure(fmt.percent(s.percentComplete))],
    [strings.PortfolioColOverdue, planned ?? figure(s.tasks ? String(s.tasks.overdue) : '')],
    [strings.PortfolioColNextMilestone, planned ?? figure(s.milestoneSummary?.next ? `${s.milestoneSummary.next.name} ${fmt.date(s.milestoneSummary.next.due)}` : '')],
    [strings.PortfolioColSlipped, planned ?? figure(s.milestoneSummary ? String(s.milestoneSummary.slipped.length) : '')],
    [strings.PortfolioColSlipDays, figure(fmt.days(s.slipDays))],
    [strings.PortfolioColVariance, figure(fmt.amount(s.variance))],
    [strings.PortfolioExportPv, figure(fmt.money(s.evm.pv))],
    [strings.PortfolioExportEv, figure(fmt.money(s.evm.ev))],
    [strings.PortfolioExportAc, figure(fmt.money(s.evm.ac))],
    [strings.PortfolioColSpi, figure(fmt.index(s.evm.spi))],
    [strings.PortfolioColCpi, figure(fmt.index(s.evm.cpi))],
    [strings.PortfolioColHighRisks, figure(s.openHighRisks === undefined ? '' : String(s.openHighRisks))],
    [strings.PortfolioColOpenActions, figure(s.openActions === undefined ? '' : String(s.openActions))],
    [strings.PortfolioColNextMeeting, figure(s.nextMeeting ? fmt.dateTime(s.nextMeeting.start) : '')]
  ];
  return (
    <dl className={css.list} data-testid="status-figures">
      {items.map(([label, value]) => (
        <div key={label} className={css.item}>
          <dt className={css.dt}>{label}</dt>
          <dd className={css.dd}>{value}</dd>
        </div>
      ))}
    </dl>
  );
};
