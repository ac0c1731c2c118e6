import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { ShellMessage } from '../common/ShellMessage';
import { useServices } from '../common/ServicesContext';
import { errorMessage } from '../common/errorMessage';
import type { ISetupGateProps } from './types';
import { useSetupGate } from './useSetupGate';
import { StepLog } from './StepLog';

export { describeStep } from './StepLog';

// The offer and its progress need Fluent's Button and ProgressIndicator: not in the bundle every web part loads first.
const SetupOffer = lazyPart(() => import(/* webpackChunkName: 'pmo-setup' */ './SetupOffer').then((m) => m.SetupOffer));

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
            <ShellMessage kind="success">{state.report.changes ? format(strings.SetupDone, state.report.changes) : strings.SetupAlreadyDone}</ShellMessage>
          )}
          {children}
        </>
      );
    case 'failed':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <ShellMessage kind="error" actions={[{ label: strings.Retry, onClick: retry }]}>
            <strong>{state.failedDuring === 'setup' ? strings.SetupFailed : strings.SetupCheckFailed}</strong> {errorMessage(state.error)}
          </ShellMessage>
          {state.steps.length > 0 && <StepLog steps={state.steps} />}
        </Stack>
      );
    default:
      return (
        <LazyBoundary name="SetupOffer">
          <SetupOffer state={state} setUp={setUp} />
        </LazyBoundary>
      );
  }
};
