import * as React from 'react';
import { toIsoDate } from '../../../model/dates';
import { readTranscriptIncrementally, type ITranscriptProposal } from '../../../model/meetings/transcriptProposals';
import { errorMessage, logError } from '../../common/errorMessage';
import { useServices } from '../../common/ServicesContext';
import type { IMeetingRow } from '../types';
import type { ITranscriptState, ProposalDecision } from './types';

/** A macrotask: lets the page paint and handle input between two slices of a long transcript. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The occurrence's join URL, time and organizer, from Outlook's event or the stored meeting. */
function lookupOf(row: IMeetingRow) {
  const e = row.event;
  const r = row.record;
  return {
    joinUrl: (e && e.joinUrl) || (r && r.joinUrl) || undefined,
    start: row.start,
    end: row.end,
    // A group calendar's event names the group as organizer: the stored meeting knows the person.
    organizer: e && e.calendar.kind === 'user' ? e.organizer.email : (r && r.organizer) || undefined
  };
}

/**
 * The meeting's Teams transcript and what it proposes for the minutes: read once per meeting opened,
 * in slices (src/model/meetings/transcriptProposals.ts), so hours of transcript never block the page.
 * Accepted and rejected proposals are remembered for this view only; nothing here is stored.
 */
export function useTranscript(row: IMeetingRow): ITranscriptState & { decide: (p: ITranscriptProposal, d: ProposalDecision) => void } {
  const services = useServices();
  const service = services.transcripts;
  const [state, setState] = React.useState<ITranscriptState>(() => ({ status: service ? 'loading' : 'unavailable', reason: service ? undefined : 'noTranscript', cues: [], proposals: [], decided: {} }));
  React.useEffect(() => {
    if (!service) return undefined;
    let live = true;
    const run = async (): Promise<void> => {
      const me = await services.people.current();
      if (!live) return;
      const result = await service.transcriptFor({ ...lookupOf(row), me: me.email });
      if (!live) return;
      if (result.kind === 'unavailable') {
        setState((s) => ({ ...s, status: 'unavailable', reason: result.reason, permission: result.permission }));
        return;
      }
      const attendees = (row.event ? [row.event.organizer].concat(row.event.attendees) : (row.record && row.record.attendees) || []).map((a) => ({ name: a.name, email: a.email }));
      const reading = await readTranscriptIncrementally(result.transcript.vtt, { meetingDate: toIsoDate(new Date(row.start)), attendees }, { pause, cancelled: () => !live });
      if (live && reading) setState((s) => ({ ...s, status: 'ready', cues: reading.cues, proposals: reading.proposals }));
    };
    run().catch((e: unknown) => {
      logError('Meeting transcript', e);
      if (live) setState((s) => ({ ...s, status: 'failed', error: errorMessage(e) }));
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: read once per meeting opened
  }, [row.key]);
  const decide = React.useCallback((p: ITranscriptProposal, d: ProposalDecision) => setState((s) => ({ ...s, decided: { ...s.decided, [p.id]: d } })), []);
  return { ...state, decide };
}
