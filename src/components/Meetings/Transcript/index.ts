export { TranscriptPanel } from './TranscriptPanel';
export type { ITranscriptPanelProps } from './TranscriptPanel';
