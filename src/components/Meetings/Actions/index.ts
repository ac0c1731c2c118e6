export { ActionsPanel } from './ActionsPanel';
export type { IActionsPanelProps } from './ActionsPanel';
