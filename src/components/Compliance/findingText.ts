import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ComplianceCheck, ComplianceThreshold, IComplianceFinding } from '../../model/compliance';
import type { ReportingPeriod } from '../../model/statusReport';

export const CHECK_LABEL: Record<ComplianceCheck, string> = {
  report: strings.ComplianceCheckReport,
  plan: strings.ComplianceCheckPlan,
  action: strings.ComplianceCheckAction,
  risk: strings.ComplianceCheckRisk,
  minutes: strings.ComplianceCheckMinutes
};

export const THRESHOLD_LABEL: Record<ComplianceThreshold, string> = {
  reportGraceDays: strings.CompliancePaneReportGrace,
  stalePlanDays: strings.CompliancePaneStalePlan,
  actionDays: strings.CompliancePaneActions,
  riskDays: strings.CompliancePaneRisks,
  minutesDays: strings.CompliancePaneMinutes
};

export const PERIOD_LABEL: Record<ReportingPeriod, string> = {
  weekly: strings.CompliancePeriodWeekly,
  fortnightly: strings.CompliancePeriodFortnightly,
  monthly: strings.CompliancePeriodMonthly
};

/** What a finding says, e.g. "No published report for 2026-12", "Minutes of “Weekly status” not published 4 days after the meeting". */
export function findingText(f: IComplianceFinding): string {
  switch (f.check) {
    case 'report':
      return format(strings.ComplianceFindReport, f.subject);
    case 'plan':
      return f.days === undefined ? strings.ComplianceFindPlanEmpty : format(strings.ComplianceFindPlan, f.days);
    case 'action':
      return format(strings.ComplianceFindAction, f.subject, f.days);
    case 'risk':
      return f.unowned && f.overdue
        ? format(strings.ComplianceFindRiskBoth, f.subject, f.days)
        : f.unowned
          ? format(strings.ComplianceFindRiskUnowned, f.subject)
          : format(strings.ComplianceFindRiskOverdue, f.subject, f.days);
    default:
      return format(strings.ComplianceFindMinutes, f.subject, f.days);
  }
}
