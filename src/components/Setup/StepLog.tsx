import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProvisioningStep } from '../../services/types';

/** One line of the step log, in the person's language. */
export function describeStep(step: IProvisioningStep): string {
  switch (step.action) {
    case 'createdList':
      return format(strings.SetupStepCreatedList, step.list);
    case 'createdField':
      return format(strings.SetupStepCreatedField, step.field ?? '', step.list);
    case 'updatedField':
      return format(strings.SetupStepUpdatedField, step.field ?? '', step.list);
    default:
      return step.field ? format(strings.SetupStepUnchangedField, step.field, step.list) : format(strings.SetupStepUnchangedList, step.list);
  }
}

/** What the setup did so far, one line per step. */
export const StepLog: React.FC<{ steps: IProvisioningStep[] }> = ({ steps }) => (
  <ol aria-label={strings.SetupStepLogLabel} style={{ margin: 0, paddingLeft: 20, maxHeight: 200, overflowY: 'auto' }}>
    {steps.map((s, i) => (
      <li key={i}>
        <Text variant="small">{describeStep(s)}</Text>
      </li>
    ))}
  </ol>
);
