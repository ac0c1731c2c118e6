export { CostsTab } from './CostsTab';
export type { ICostsTabProps } from './types';
