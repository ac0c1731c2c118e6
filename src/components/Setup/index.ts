export { SetupGate, describeStep } from './SetupGate';
export { useSetupGate } from './useSetupGate';
export type { ISetupGateProps, ISetupState, SetupPhase } from './types';
