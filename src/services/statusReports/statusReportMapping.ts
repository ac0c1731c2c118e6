/**
 * PMO Status Reports items ⇄ IStatusReport. The frozen columns (PercentComplete, Budget, ActualCost,
 * ForecastCost = EAC, ForecastEndDate, OverdueTasks, OpenRisks) are written from the report's
 * Snapshot, so views, flows and Power BI see the figures the report was published with. MailLog grows
 * through StatusReportService.markMailed (only that column, with IF-Match); a draft, never mailed, writes it empty.
 */
import { parseMailLog } from '../../model/reportMail';
import { parseSnapshot, type IStatusReport, type StatusReportDraft } from '../../model/statusReport';
import { HEALTHS, STATUS_REPORT_STATES, type Health } from '../../model/types';
import { ITEM_FIELDS, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';
import type { IEntityMapping, SpItem } from '../sharepoint/mappers';
import { choiceOf, etagOf, fromSpDate, nul, num, str, toSpDate } from '../sharepoint/values';

const health = (v: unknown): Health | undefined => choiceOf(v, HEALTHS);

export const statusReportMapping: IEntityMapping<IStatusReport, StatusReportDraft> = {
  select: [ITEM_FIELDS.id, S.title, idColumn(S.project), S.reportDate, S.period, S.state, S.overallHealth, S.scheduleHealth, S.costHealth, S.scopeHealth, S.riskHealth,
    S.overrideReason, S.summary, S.accomplishments, S.nextSteps, S.snapshot, S.publishedAt, S.supersedes, S.mailLog, ITEM_FIELDS.modified],
  expand: [],
  fromItem: (raw: SpItem): IStatusReport => ({
    id: Number(raw[ITEM_FIELDS.id] ?? raw.ID),
    etag: etagOf(raw),
    modified: typeof raw[ITEM_FIELDS.modified] === 'string' ? (raw[ITEM_FIELDS.modified] as string) : undefined,
    title: str(raw[S.title]),
    projectId: Number(raw[idColumn(S.project)]),
    reportDate: fromSpDate(raw[S.reportDate]) ?? '',
    period: str(raw[S.period]),
    state: STATUS_REPORT_STATES.indexOf(raw[S.state] as IStatusReport['state']) >= 0 ? (raw[S.state] as IStatusReport['state']) : 'Draft',
    health: {
      overall: health(raw[S.overallHealth]),
      schedule: health(raw[S.scheduleHealth]),
      cost: health(raw[S.costHealth]),
      scope: health(raw[S.scopeHealth]),
      risk: health(raw[S.riskHealth])
    },
    overrideReason: str(raw[S.overrideReason]),
    summary: str(raw[S.summary]),
    accomplishments: str(raw[S.accomplishments]),
    nextSteps: str(raw[S.nextSteps]),
    snapshot: parseSnapshot(str(raw[S.snapshot])),
    publishedAt: str(raw[S.publishedAt]) || undefined,
    supersedes: num(raw[S.supersedes]) || undefined,
    mailLog: parseMailLog(str(raw[S.mailLog]))
  }),
  toItem: (d: StatusReportDraft): SpItem => {
    const f = d.snapshot?.figures;
    return {
      [S.title]: d.title,
      [idColumn(S.project)]: d.projectId,
      [S.reportDate]: toSpDate(d.reportDate),
      [S.period]: d.period,
      [S.state]: d.state,
      [S.overallHealth]: nul(d.health.overall),
      [S.scheduleHealth]: nul(d.health.schedule),
      [S.costHealth]: nul(d.health.cost),
      [S.scopeHealth]: nul(d.health.scope),
      [S.riskHealth]: nul(d.health.risk),
      [S.overrideReason]: d.overrideReason,
      [S.summary]: d.summary,
      [S.accomplishments]: d.accomplishments,
      [S.nextSteps]: d.nextSteps,
      [S.percentComplete]: nul(f?.percentComplete),
      [S.budget]: nul(f?.budget),
      [S.actualCost]: nul(f?.actualCost),
      [S.forecastCost]: nul(f?.eac),
      [S.forecastEndDate]: toSpDate(f?.forecastEndDate),
      [S.overdueTasks]: nul(f?.overdueTasks),
      [S.openRisks]: nul(f?.openRisks),
      [S.snapshot]: d.snapshot ? JSON.stringify(d.snapshot) : '',
      [S.publishedAt]: nul(d.publishedAt),
      [S.supersedes]: nul(d.supersedes),
      [S.mailLog]: d.mailLog && d.mailLog.length ? JSON.stringify(d.mailLog) : ''
    };
  }
};
