import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import * as strings from 'PmoHubStrings';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { phaseLabel } from '../common/fields/labels';
import { figure, fmt, HealthCell, Pending, PlanFailure, failureText } from './cells';

type Render = (r: IPortfolioRow) => React.ReactNode;

/** A Planner-derived cell: pending, the failure (in words in % complete, a dash with the reason elsewhere), or the figure. */
const planner = (show: Render, primary = false): Render => (r) => {
  if (r.pending) return <Pending />;
  if (r.plan === 'failed') return primary ? <PlanFailure reason={r.planFailure} permission={r.planPermission} /> : figure('', failureText(r.planFailure, r.planPermission));
  return show(r);
};
const num = (text: (r: IPortfolioRow) => string, why?: string): Render => (r) => figure(text(r), why);

/** The table's columns; `open` is called with a project id when its name is clicked. */
export function portfolioColumns(open: (projectId: number) => void): IColumn[] {
  const col = (key: string, name: string, minWidth: number, render: Render, numeric = false): IColumn => ({
    key,
    name,
    minWidth,
    maxWidth: minWidth + 60,
    isResizable: true,
    isMultiline: key === 'project',
    onRender: (r: IPortfolioRow) => <div style={numeric ? { textAlign: 'right' } : undefined}>{render(r)}</div>
  });
  return [
    col('project', strings.PortfolioColProject, 200, (r) => (
      <Link onClick={() => open(r.project.id)} data-testid={`open-${r.project.code}`}>
        <span style={{ marginRight: 6 }}>{r.project.code}</span>
        {r.project.title}
      </Link>
    )),
    col('health', strings.PortfolioColHealth, 80, (r) => <HealthCell health={r.health.overall} />),
    col('schedule', strings.PortfolioDimSchedule, 80, (r) => <HealthCell health={r.health.schedule} />),
    col('cost', strings.PortfolioDimCost, 80, (r) => <HealthCell health={r.health.cost} />),
    col('risk', strings.PortfolioDimRisk, 80, (r) => <HealthCell health={r.health.risk} />),
    col('phase', strings.PortfolioColPhase, 80, (r) => phaseLabel(r.project.phase)),
    col('manager', strings.PortfolioColManager, 110, (r) => figure(r.project.manager?.title ?? '')),
    col('percent', strings.PortfolioColPercent, 80, planner(num((r) => fmt.percent(r.percentComplete)), true), true),
    col('overdue', strings.PortfolioColOverdue, 70, planner(num((r) => (r.tasks ? String(r.tasks.overdue) : ''))), true),
    col('milestone', strings.PortfolioColNextMilestone, 140, planner((r) => {
      const m = r.milestoneSummary?.next;
      return m ? <span>{m.name} <span>{fmt.date(m.due)}</span></span> : figure('', strings.PortfolioNoMilestone);
    })),
    col('slipped', strings.PortfolioColSlipped, 70, planner(num((r) => (r.milestoneSummary ? String(r.milestoneSummary.slipped.length) : ''))), true),
    col('slip', strings.PortfolioColSlipDays, 70, num((r) => fmt.days(r.slipDays)), true),
    col('variance', strings.PortfolioColVariance, 100, num((r) => fmt.amount(r.variance)), true),
    col('spi', strings.PortfolioColSpi, 50, (r) => (r.pending ? <Pending /> : figure(fmt.index(r.evm.spi))), true),
    col('cpi', strings.PortfolioColCpi, 50, (r) => (r.pending ? <Pending /> : figure(fmt.index(r.evm.cpi))), true),
    col('risks', strings.PortfolioColHighRisks, 70, num((r) => (r.openHighRisks === undefined ? '' : String(r.openHighRisks))), true),
    col('meeting', strings.PortfolioColNextMeeting, 130, (r) => figure(r.nextMeeting ? fmt.dateTime(r.nextMeeting.start) : '')),
    col('actions', strings.PortfolioColOpenActions, 70, num((r) => (r.openActions === undefined ? '' : String(r.openActions))), true)
  ];
}
