import * as strings from 'PmoHubStrings';
import type { IReportFormValues } from '../../model/statusReport';
import type { Health } from '../../model/types';
import type { IConflictField } from '../records/ConflictDialog';
import { healthLabel } from '../common/fields/labels';

const health = (v: unknown): string => healthLabel(v as Health);

/** Every field the status report form edits, as the conflict dialog compares and shows them. */
export const reportConflictFields: IConflictField<IReportFormValues>[] = [
  { key: 'title', label: strings.ReportFieldTitle },
  { key: 'schedule', label: strings.ReportDimSchedule, format: health },
  { key: 'cost', label: strings.ReportDimCost, format: health },
  { key: 'scope', label: strings.ReportDimScope, format: health },
  { key: 'risk', label: strings.ReportDimRisk, format: health },
  { key: 'overrideReason', label: strings.ReportFieldOverrideReason },
  { key: 'summary', label: strings.ReportFieldSummary },
  { key: 'accomplishments', label: strings.ReportFieldAccomplishments },
  { key: 'nextSteps', label: strings.ReportFieldNextSteps }
];
