import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ISetupState } from './types';
import { StepLog } from './StepLog';

export interface ISetupOfferProps {
  state: ISetupState;
  setUp(): void;
}

/**
 * The provisioning offer (lists missing) and its progress (setup running): a chunk of its own
 * (SetupGate loads it), since a site is set up once while every web part checks it on every load.
 */
export const SetupOffer: React.FC<ISetupOfferProps> = ({ state, setUp }) => {
  if (state.phase === 'running') {
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
  }
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
};
