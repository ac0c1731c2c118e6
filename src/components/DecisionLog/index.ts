export { DecisionLog } from './DecisionLog';
export type { IDecisionLogProps } from './types';
