import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { newRowId } from '../../../model/meetings';
import type { ITranscriptProposal } from '../../../model/meetings/transcriptProposals';
import type { IPeopleService } from '../../../services/types';
import { errorMessage, logError } from '../../common/errorMessage';
import type { IMeetingValues } from '../meetingValues';
import type { IMeetingRow } from '../types';
import { ProposalCard, offsetText } from './ProposalCard';
import { TranscriptLines } from './TranscriptLines';
import type { IProposalDraft, ITranscriptState } from './types';
import { useTranscript } from './useTranscript';

export interface ITranscriptPanelProps {
  row: IMeetingRow;
  /** The minutes as edited now; accepted proposals are added to them through `change` (the editor's autosave). */
  values: IMeetingValues;
  change: (patch: Partial<IMeetingValues>) => void;
  people: IPeopleService;
}

/** Why there is nothing to prefill, in words (the editor works as before). */
function unavailableText(s: ITranscriptState, row: IMeetingRow): string {
  switch (s.reason) {
    case 'notOnline':
      return strings.TranscriptNotOnline;
    case 'notOrganizer':
      return format(strings.TranscriptNotOrganizer, (row.event && row.event.organizer.name) || (row.record && row.record.organizer) || '');
    case 'forbidden':
      return format(strings.TranscriptForbidden, s.permission || 'OnlineMeetingTranscript.Read.All');
    default:
      return strings.TranscriptNone;
  }
}

/** Accepting adds the (edited) proposal to the minutes: a decision, or an action with its owner ensured as a site user. */
function useAccept(props: ITranscriptPanelProps, decide: (p: ITranscriptProposal, d: 'accepted' | 'rejected') => void) {
  const latest = React.useRef(props.values);
  latest.current = props.values;
  const [busy, setBusy] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  const [announce, setAnnounce] = React.useState('');
  const accept = async (p: ITranscriptProposal, d: IProposalDraft): Promise<void> => {
    setBusy(p.id);
    setError(undefined);
    try {
      const title = d.title.trim();
      if (p.kind === 'decision') {
        const v = latest.current;
        const detail = format(strings.TranscriptDecisionDetail, p.speaker || strings.TranscriptUnknownSpeaker, offsetText(p.startMs));
        props.change({ decisions: v.decisions.concat({ id: newRowId('d', v.decisions), title, detail }) });
      } else {
        const owner = d.ownerEmail ? (d.ownerId ? { id: d.ownerId, title: d.ownerName || d.ownerEmail, email: d.ownerEmail } : await props.people.ensure(d.ownerEmail)) : undefined;
        const v = latest.current;
        props.change({ actions: v.actions.concat({ id: newRowId('a', v.actions), title, ownerId: owner && owner.id, ownerEmail: owner && owner.email, ownerName: owner && (owner.title || d.ownerName), dueDate: d.dueDate }) });
      }
      decide(p, 'accepted');
      setAnnounce(format(strings.TranscriptAccepted, title));
    } catch (e) {
      logError('Accept transcript proposal', e);
      setError(errorMessage(e));
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, error, announce, setAnnounce, accept };
}

/**
 * Beside the minutes: the meeting's Teams transcript (searchable, paged) and what it proposes. Each
 * proposal can be accepted (it then goes into the minutes and is autosaved with them), edited first,
 * or rejected; nothing proposed is stored until accepted.
 */
export function TranscriptPanel(props: ITranscriptPanelProps): React.ReactElement {
  const t = useTranscript(props.row);
  const a = useAccept(props, t.decide);
  // Already in the minutes (accepted before a reload, or typed by hand): not proposed again.
  const inMinutes = new Set(props.values.decisions.map((d) => d.title.trim().toLowerCase()).concat(props.values.actions.map((x) => x.title.trim().toLowerCase())));
  const open = t.proposals.filter((p) => !t.decided[p.id] && !inMinutes.has(p.title.trim().toLowerCase()));
  return (
    <Stack as="section" aria-label={strings.TranscriptTitle} tokens={{ childrenGap: 8 }}>
      <Text as="h4" variant="mediumPlus">{strings.TranscriptTitle}</Text>
      {t.status === 'loading' && <Spinner label={strings.TranscriptLoading} />}
      {t.status === 'unavailable' && <MessageBar messageBarType={t.reason === 'forbidden' ? MessageBarType.warning : MessageBarType.info}>{unavailableText(t, props.row)}</MessageBar>}
      {t.status === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{format(strings.TranscriptFailed, t.error || '')}</MessageBar>}
      {a.error && <MessageBar messageBarType={MessageBarType.error}>{a.error}</MessageBar>}
      <Text role="status" variant="small">{a.announce}</Text>
      {t.status === 'ready' && (
        <>
          <Text as="h5" variant="medium" styles={{ root: { fontWeight: 600 } }}>{format(strings.TranscriptProposals, open.length)}</Text>
          {!t.proposals.length && <MessageBar>{strings.TranscriptNoProposals}</MessageBar>}
          <Stack as="ul" tokens={{ childrenGap: 8 }} styles={{ root: { margin: 0, padding: 0 } }} aria-label={strings.TranscriptProposalsList}>
            {open.map((p) => (
              <ProposalCard key={p.id} proposal={p} people={props.people} busy={a.busy === p.id}
                onAccept={(d) => void a.accept(p, d)}
                onReject={() => { t.decide(p, 'rejected'); a.setAnnounce(format(strings.TranscriptRejected, p.title)); }} />
            ))}
          </Stack>
          <TranscriptLines cues={t.cues} />
        </>
      )}
    </Stack>
  );
}
