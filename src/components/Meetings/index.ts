export { Meetings } from './Meetings';
export type { IMeetingsProps } from './types';
