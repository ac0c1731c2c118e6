import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { useServices } from '../common/ServicesContext';
import { errorMessage } from '../common/errorMessage';
import type { IProvisioningStep } from '../../services/types';
import type { ISetupGateProps } from './types';
import { useSetupGate } from './useSetupGate';

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

const StepLog: React.FC<{ steps: IProvisioningStep[] }> = ({ steps }) => (
  <ol aria-label={strings.SetupStepLogLabel} style={{ margin: 0, paddingLeft: 20, maxHeight: 200, overflowY: 'auto' }}>
    {steps.map((s, i) => (
      <li key={i}>
        <Text variant="small">{describeStep(s)}</Text>
      </li>
    ))}
  </ol>
);

/**
 * Wraps a web part's root: when the PMO lists are missing on this site it offers to create them
 * (design.md §4 "Provisioning"), runs the idempotent ensure() with progress, then renders the children.
 */
export const SetupGate: React.FC<ISetupGateProps> = ({ children }) => {
  const { provisioning, session } = useServices();
  const { state, setUp, retry } = useSetupGate(provisioning, session);

  switch (state.phase) {
    case 'checking':
      return <Spinner label={strings.SetupChecking} />;
    case 'ready':
      return (
        <>
          {state.report && (
            <MessageBar messageBarType={MessageBarType.success}>
              {state.report.changes ? format(strings.SetupDone, state.report.changes) : strings.SetupAlreadyDone}
            </MessageBar>
          )}
          {children}
        </>
      );
    case 'running':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <ProgressIndicator
            label={strings.SetupRunning}
            description={state.total ? format(strings.SetupProgress, state.done, state.total) : undefined}
            percentComplete={state.total ? state.done / state.total : undefined}
          />
          <StepLog steps={state.steps} />
        </Stack>
      );
    case 'failed':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={<DefaultButton onClick={retry}>{strings.Retry}</DefaultButton>}
          >
            <strong>{state.failedDuring === 'setup' ? strings.SetupFailed : strings.SetupCheckFailed}</strong>{' '}
            {errorMessage(state.error)}
          </MessageBar>
          {state.steps.length > 0 && <StepLog steps={state.steps} />}
        </Stack>
      );
    default:
      return (
        <Stack tokens={{ childrenGap: 12 }} role="region" aria-label={strings.SetupTitle}>
          <Text as="h2" variant="xLarge">
            {strings.SetupTitle}
          </Text>
          <Text>{strings.SetupIntro}</Text>
          <Text>{strings.SetupMissingLabel}</Text>
          <ul style={{ margin: 0 }}>
            {state.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <Text>{strings.SetupSafety}</Text>
          <Stack horizontal>
            <PrimaryButton onClick={setUp}>{strings.SetupButton}</PrimaryButton>
          </Stack>
        </Stack>
      );
  }
};
