/**
 * PMO Status Reports items ⇄ IStatusReport. The frozen columns (PercentComplete, Budget, ActualCost,
 * ForecastCost = EAC, ForecastEndDate, OverdueTasks, OpenRisks) are written from the report's
 * Snapshot, so views, flows and Power BI see the figures the report was published with.
 */
import { parseSnapshot, type IStatusReport, type StatusReportDraft } from '../../model/statusReport';
import { HEALTHS, STATUS_REPORT_STATES, type Health } from '../../model/types';
import type { IEntityMapping, SpItem } from '../sharepoint/mappers';
import { etagOf, fromSpDate, toSpDate } from '../sharepoint/values';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const health = (v: unknown): Health | undefined => (HEALTHS.indexOf(v as Health) >= 0 ? (v as Health) : undefined);

export const statusReportMapping: IEntityMapping<IStatusReport, StatusReportDraft> = {
  select: ['Id', 'Title', 'ProjectId', 'ReportDate', 'Period', 'State', 'OverallHealth', 'ScheduleHealth', 'CostHealth', 'ScopeHealth', 'RiskHealth',
    'OverrideReason', 'Summary', 'Accomplishments', 'NextSteps', 'Snapshot', 'PublishedAt', 'Supersedes', 'Modified'],
  expand: [],
  fromItem: (raw: SpItem): IStatusReport => ({
    id: Number(raw.Id ?? raw.ID),
    etag: etagOf(raw),
    modified: typeof raw.Modified === 'string' ? raw.Modified : undefined,
    title: str(raw.Title),
    projectId: Number(raw.ProjectId),
    reportDate: fromSpDate(raw.ReportDate) ?? '',
    period: str(raw.Period),
    state: STATUS_REPORT_STATES.indexOf(raw.State as IStatusReport['state']) >= 0 ? (raw.State as IStatusReport['state']) : 'Draft',
    health: {
      overall: health(raw.OverallHealth),
      schedule: health(raw.ScheduleHealth),
      cost: health(raw.CostHealth),
      scope: health(raw.ScopeHealth),
      risk: health(raw.RiskHealth)
    },
    overrideReason: str(raw.OverrideReason),
    summary: str(raw.Summary),
    accomplishments: str(raw.Accomplishments),
    nextSteps: str(raw.NextSteps),
    snapshot: parseSnapshot(str(raw.Snapshot)),
    publishedAt: typeof raw.PublishedAt === 'string' && raw.PublishedAt ? raw.PublishedAt : undefined,
    supersedes: num(raw.Supersedes) || undefined
  }),
  toItem: (d: StatusReportDraft): SpItem => {
    const f = d.snapshot?.figures;
    return {
      Title: d.title,
      ProjectId: d.projectId,
      ReportDate: toSpDate(d.reportDate),
      Period: d.period,
      State: d.state,
      OverallHealth: nul(d.health.overall),
      ScheduleHealth: nul(d.health.schedule),
      CostHealth: nul(d.health.cost),
      ScopeHealth: nul(d.health.scope),
      RiskHealth: nul(d.health.risk),
      OverrideReason: d.overrideReason,
      Summary: d.summary,
      Accomplishments: d.accomplishments,
      NextSteps: d.nextSteps,
      PercentComplete: nul(f?.percentComplete),
      Budget: nul(f?.budget),
      ActualCost: nul(f?.actualCost),
      ForecastCost: nul(f?.eac),
      ForecastEndDate: toSpDate(f?.forecastEndDate),
      OverdueTasks: nul(f?.overdueTasks),
      OpenRisks: nul(f?.openRisks),
      Snapshot: d.snapshot ? JSON.stringify(d.snapshot) : '',
      PublishedAt: nul(d.publishedAt),
      Supersedes: nul(d.supersedes)
    };
  }
};
