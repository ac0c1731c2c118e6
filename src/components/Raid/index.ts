export { RaidTab } from './RaidTab';
export type { IRaidTabProps } from './types';
