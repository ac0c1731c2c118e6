import * as React from 'react';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IHealthReason, IReportFigures, IReportMilestone } from '../../model/statusReport';
import { formatAmount, formatDate, formatPercent } from '../common/fields/formatValue';
import { FactList } from '../common/FactList';

const text = (key: string): string => (strings as unknown as Record<string, string>)[key] || key;

/** A reason of a suggested health in words (StatusReason* strings; a missing part by its name). */
export function reasonText(r: IHealthReason): string {
  const values = (r.values ?? []).map((v) => (r.key === 'StatusReasonMissing' ? text(`ReportPart${v}`) : v));
  return format(text(r.key), ...values);
}

const n = (v: number | undefined): string => (v === undefined ? '' : String(v));
const list = (ms: IReportMilestone[] | undefined): string =>
  ms === undefined ? '' : ms.length ? ms.map((m) => (m.due ? `${m.name} (${formatDate(m.due)})` : m.name)).join('; ') : strings.ReportNone;

/** The figures of a report (as drafted, or as frozen when published); an unread figure is a dash, never 0. */
export const ReportFigures: React.FC<{ figures: IReportFigures }> = ({ figures: f }) => {
  const facts: [string, string][] = [
    [strings.ReportFigPercent, formatPercent(f.percentComplete)],
    [strings.ReportFigTasks, n(f.tasks)],
    [strings.ReportFigOverdue, n(f.overdueTasks)],
    [strings.ReportFigMet, list(f.milestonesMet)],
    [strings.ReportFigSlipped, list(f.milestonesSlipped)],
    [strings.ReportFigSlipDays, n(f.slipDays)],
    [strings.ReportFigSpi, n(f.spi)],
    [strings.ReportFigBudget, formatAmount(f.budget)],
    [strings.ReportFigActual, formatAmount(f.actualCost)],
    [strings.ReportFigEac, formatAmount(f.eac)],
    [strings.ReportFigVariance, f.variance === undefined ? '' : `${formatAmount(f.variance)} (${f.variancePercent ?? ''} %)`],
    [strings.ReportFigCpi, n(f.cpi)],
    [strings.ReportFigForecastEnd, formatDate(f.forecastEndDate)],
    [strings.ReportFigOpenRisks, n(f.openRisks)],
    [strings.ReportFigHighRisks, n(f.openHighRisks)],
    [strings.ReportFigOpenIssues, n(f.openIssues)],
    [strings.ReportFigOpened, n(f.risksOpened)],
    [strings.ReportFigClosed, n(f.risksClosed)],
    [strings.ReportFigDecisions, f.decisions === undefined ? '' : f.decisions.length ? f.decisions.join('; ') : strings.ReportNone],
    [strings.ReportFigMeetings, n(f.meetingsHeld)]
  ];
  return (
    <div data-testid="report-figures">
      <Text block variant="mediumPlus" style={{ fontWeight: 600 }}>{format(strings.ReportFiguresTitle, formatDate(f.asOf))}</Text>
      <Text block variant="small">{f.since ? format(strings.ReportFiguresSince, formatDate(f.since)) : format(strings.ReportFiguresFirst, formatDate(f.asOf))}</Text>
      {f.missing.length > 0 && (
        <MessageBar isMultiline>{format(strings.ReportMissing, f.missing.map((p) => text(`ReportPart${p}`)).join(', '))}</MessageBar>
      )}
      <FactList>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt style={{ fontSize: 12 }}>{label}</dt>
            <dd style={{ margin: 0 }} data-fig={label}>{value || '–'}</dd>
          </div>
        ))}
      </FactList>
    </div>
  );
};
