import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { parseSnapshot, REPORT_DIMENSIONS, REPORT_LIMITS, type IReportFormValues, type ReportDimension } from '../../model/statusReport';
import { HEALTHS } from '../../model/types';
import { healthLabel } from '../common/fields/labels';
import { bindFields, type IFieldSource } from '../records/bindFields';
import { ReportFigures, reasonText } from './ReportFigures';

export const DIMENSION_LABEL: Record<ReportDimension | 'overall', string> = {
  schedule: strings.ReportDimSchedule,
  cost: strings.ReportDimCost,
  scope: strings.ReportDimScope,
  risk: strings.ReportDimRisk,
  overall: strings.ReportDimOverall
};

/** The status report form: the figures and suggested health with reasons, the health chosen per dimension, the texts. */
export const ReportForm: React.FC<{ editor: IFieldSource<IReportFormValues> }> = ({ editor }) => {
  const field = bindFields(editor);
  const snapshot = parseSnapshot(editor.values.snapshot);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <TextField label={strings.ReportFieldTitle} required {...field.text('title')} />
      {snapshot && <ReportFigures figures={snapshot.figures} />}
      <Text as="h3" variant="large" block>{strings.ReportHealthTitle}</Text>
      {REPORT_DIMENSIONS.map((d) => {
        const suggested = snapshot?.suggested[d];
        const reasons = (snapshot?.reasons[d] ?? []).map(reasonText).join('; ');
        const id = `report-suggested-${d}`;
        return (
          <Stack key={d} tokens={{ childrenGap: 2 }}>
            <Dropdown label={DIMENSION_LABEL[d]} aria-describedby={id} {...field.choice(d, HEALTHS, healthLabel)} />
            <Text id={id} variant="small" data-testid={id}>
              {suggested ? format(strings.ReportSuggested, healthLabel(suggested)) : strings.ReportSuggestedNone}
              {reasons ? ` – ${reasons}` : ''}
              {editor.values[d] && editor.values[d] !== suggested ? ` (${strings.ReportOverridden})` : ''}
            </Text>
          </Stack>
        );
      })}
      <TextField label={strings.ReportFieldOverrideReason} multiline rows={2} maxLength={REPORT_LIMITS.overrideReason + 1} {...field.text('overrideReason')} />
      <TextField label={strings.ReportFieldSummary} required multiline rows={3} {...field.text('summary')} />
      <TextField label={strings.ReportFieldAccomplishments} multiline rows={3} {...field.text('accomplishments')} />
      <TextField label={strings.ReportFieldNextSteps} multiline rows={3} {...field.text('nextSteps')} />
    </Stack>
  );
};
