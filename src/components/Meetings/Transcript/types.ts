import type { ITranscriptCue } from '../../../model/meetings/transcript';
import type { ITranscriptProposal } from '../../../model/meetings/transcriptProposals';
import type { TranscriptUnavailable } from '../../../services/types';

/** What became of a proposal in this view (nothing is stored until one is accepted into the minutes). */
export type ProposalDecision = 'accepted' | 'rejected';

export interface ITranscriptState {
  status: 'loading' | 'unavailable' | 'failed' | 'ready';
  reason?: TranscriptUnavailable;
  /** The scope a refusal named (reason 'forbidden'). */
  permission?: string;
  error?: string;
  cues: ITranscriptCue[];
  proposals: ITranscriptProposal[];
  decided: Record<string, ProposalDecision>;
}

/** A proposal as the person may edit it before accepting. */
export interface IProposalDraft {
  title: string;
  ownerEmail?: string;
  ownerName?: string;
  ownerId?: number;
  dueDate?: string;
}
