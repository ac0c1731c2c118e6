/** Every figure of the portfolio as export columns (CSV and Excel through src/components/common/export). */
import * as strings from 'PmoHubStrings';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import type { IExportColumn } from '../common/export/types';
import { healthLabel, phaseLabel } from '../common/fields/labels';
import { failureText } from './cells';

const planner = <T>(r: IPortfolioRow, v: () => T | undefined): T | undefined => (r.plan === 'read' && !r.pending ? v() : undefined);

export function portfolioExportColumns(): IExportColumn<IPortfolioRow>[] {
  return [
    { key: 'code', label: strings.PortfolioExportCode, value: (r) => r.project.code },
    { key: 'title', label: strings.PortfolioColProject, value: (r) => r.project.title },
    { key: 'health', label: strings.PortfolioColHealth, value: (r) => healthLabel(r.health.overall) },
    { key: 'schedule', label: strings.PortfolioDimSchedule, value: (r) => healthLabel(r.health.schedule) },
    { key: 'cost', label: strings.PortfolioDimCost, value: (r) => healthLabel(r.health.cost) },
    { key: 'risk', label: strings.PortfolioDimRisk, value: (r) => healthLabel(r.health.risk) },
    { key: 'reported', label: strings.PortfolioColReported, value: (r) => healthLabel(r.project.health) },
    { key: 'phase', label: strings.PortfolioColPhase, value: (r) => phaseLabel(r.project.phase) },
    { key: 'department', label: strings.PortfolioGroupDepartment, value: (r) => r.project.department },
    { key: 'manager', label: strings.PortfolioColManager, value: (r) => r.project.manager?.title },
    { key: 'plan', label: strings.PortfolioExportPlan, value: (r) => (r.plan === 'failed' ? failureText(r.planFailure, r.planPermission) : r.plan === 'none' ? strings.PortfolioNoPlan : '') },
    { key: 'percent', label: strings.PortfolioColPercent, value: (r) => (r.percentComplete === undefined ? undefined : r.percentComplete / 100), type: 'percent' },
    { key: 'tasks', label: strings.PortfolioExportTasks, value: (r) => planner(r, () => r.tasks?.total), type: 'number' },
    { key: 'completed', label: strings.PortfolioExportCompleted, value: (r) => planner(r, () => r.tasks?.completed), type: 'number' },
    { key: 'overdue', label: strings.PortfolioColOverdue, value: (r) => planner(r, () => r.tasks?.overdue), type: 'number' },
    { key: 'nextMilestone', label: strings.PortfolioColNextMilestone, value: (r) => r.milestoneSummary?.next?.name },
    { key: 'nextMilestoneDue', label: strings.PortfolioExportNextMilestoneDue, value: (r) => r.milestoneSummary?.next?.due, type: 'date' },
    { key: 'slipped', label: strings.PortfolioColSlipped, value: (r) => r.milestoneSummary?.slipped.length, type: 'number' },
    { key: 'startDate', label: strings.PortfolioExportStart, value: (r) => r.project.startDate, type: 'date' },
    { key: 'plannedEnd', label: strings.PortfolioExportPlannedEnd, value: (r) => r.project.plannedEndDate, type: 'date' },
    { key: 'forecastEnd', label: strings.PortfolioExportForecastEnd, value: (r) => r.project.forecastEndDate, type: 'date' },
    { key: 'slipDays', label: strings.PortfolioColSlipDays, value: (r) => r.slipDays, type: 'number' },
    { key: 'budget', label: strings.PortfolioColBudget, value: (r) => r.project.budget, type: 'number' },
    { key: 'actual', label: strings.PortfolioExportActual, value: (r) => r.cost.actualCost, type: 'number' },
    { key: 'forecast', label: strings.PortfolioColForecast, value: (r) => r.cost.eac, type: 'number' },
    { key: 'variance', label: strings.PortfolioColVariance, value: (r) => r.variance, type: 'number' },
    { key: 'variancePercent', label: strings.PortfolioExportVariancePercent, value: (r) => (r.variancePercent === undefined ? undefined : r.variancePercent / 100), type: 'percent' },
    { key: 'plannedPercent', label: strings.PortfolioExportPlannedPercent, value: (r) => (r.evm.plannedPercent === undefined ? undefined : r.evm.plannedPercent / 100), type: 'percent' },
    { key: 'pv', label: strings.PortfolioExportPv, value: (r) => r.evm.pv, type: 'number' },
    { key: 'ev', label: strings.PortfolioExportEv, value: (r) => r.evm.ev, type: 'number' },
    { key: 'ac', label: strings.PortfolioExportAc, value: (r) => r.evm.ac, type: 'number' },
    { key: 'spi', label: strings.PortfolioColSpi, value: (r) => r.evm.spi, type: 'number' },
    { key: 'cpi', label: strings.PortfolioColCpi, value: (r) => r.evm.cpi, type: 'number' },
    { key: 'openRisks', label: strings.PortfolioExportOpenRisks, value: (r) => r.openRisks, type: 'number' },
    { key: 'highRisks', label: strings.PortfolioColHighRisks, value: (r) => r.openHighRisks, type: 'number' },
    { key: 'openActions', label: strings.PortfolioColOpenActions, value: (r) => r.openActions, type: 'number' },
    { key: 'overdueActions', label: strings.PortfolioExportOverdueActions, value: (r) => r.overdueActions, type: 'number' },
    { key: 'nextMeeting', label: strings.PortfolioColNextMeeting, value: (r) => r.nextMeeting?.start },
    { key: 'nextMeetingTitle', label: strings.PortfolioExportNextMeetingTitle, value: (r) => r.nextMeeting?.title }
  ];
}
