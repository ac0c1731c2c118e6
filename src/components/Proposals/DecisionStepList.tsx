import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { decisionSteps, type DecisionStep, type GateDecision } from '../../model/scoring';

const STEP_LABELS: Record<DecisionStep, () => string> = {
  project: () => strings.DecisionStepProject,
  history: () => strings.DecisionStepHistory,
  raid: () => strings.DecisionStepRaid
};

/** The steps of a gate decision, each as done, failed or not done yet (the panel and the board show it). */
export function DecisionStepList({ decision, done, failed }: { decision: GateDecision; done: DecisionStep[]; failed: DecisionStep[] }): React.ReactElement {
  const state = (s: DecisionStep): string =>
    done.indexOf(s) >= 0 ? strings.DecisionStepDone : failed.indexOf(s) >= 0 ? strings.DecisionStepFailed : strings.DecisionStepPending;
  return (
    <ul style={{ margin: '4px 0' }}>
      {decisionSteps(decision).map((s) => <li key={s}>{format(state(s), STEP_LABELS[s]())}</li>)}
    </ul>
  );
}
