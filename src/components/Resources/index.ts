export { ResourcesTab } from './ResourcesTab';
export type { IResourcesTabProps } from './types';
