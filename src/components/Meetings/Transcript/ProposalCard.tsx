import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ITranscriptProposal } from '../../../model/meetings/transcriptProposals';
import type { IPeopleService } from '../../../services/types';
import { DateField, PeoplePickerField } from '../../common/fields';
import { formatDate } from '../../common/fields/formatValue';
import type { IProposalDraft } from './types';

export interface IProposalCardProps {
  proposal: ITranscriptProposal;
  people: IPeopleService;
  busy: boolean;
  onAccept: (draft: IProposalDraft) => void;
  onReject: () => void;
}

/** "mm:ss" or "h:mm:ss" of a transcript offset. */
export function offsetText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const h = Math.floor(s / 3600);
  return h ? `${h}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

const draftOf = (p: ITranscriptProposal): IProposalDraft => ({ title: p.title, ownerEmail: p.ownerEmail, ownerName: p.ownerName, dueDate: p.dueDate });

/** One proposal: what was said and by whom, what it would add, and accept / edit / reject. */
export function ProposalCard(props: IProposalCardProps): React.ReactElement {
  const { proposal: p, busy } = props;
  const theme = useTheme();
  const [editing, setEditing] = React.useState(false);
  const [draft, setDraft] = React.useState<IProposalDraft>(() => draftOf(p));
  const kind = p.kind === 'decision' ? strings.TranscriptProposalDecision : strings.TranscriptProposalAction;
  const said = format(strings.TranscriptSaidBy, p.speaker || strings.TranscriptUnknownSpeaker, offsetText(p.startMs), p.quote);
  const owner = draft.ownerName || strings.TranscriptNoOwner;
  const due = draft.dueDate ? formatDate(draft.dueDate) : strings.TranscriptNoDue;
  return (
    <Stack as="li" tokens={{ childrenGap: 6, padding: 8 }} styles={{ root: { listStyle: 'none', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2 } }} aria-label={`${kind}: ${draft.title}`}>
      <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>{kind}</Text>
      {!editing && <Text styles={{ root: { fontWeight: 600 } }}>{draft.title}</Text>}
      {!editing && p.kind === 'action' && <Text variant="small">{format(strings.TranscriptOwnerDue, owner, due)}</Text>}
      <Text variant="small" styles={{ root: { fontStyle: 'italic' } }}>{said}</Text>
      {editing && (
        <Stack tokens={{ childrenGap: 6 }}>
          <TextField label={strings.TranscriptProposalTitle} value={draft.title} onChange={(_e, v) => setDraft({ ...draft, title: v || '' })}
            errorMessage={draft.title.trim() ? undefined : strings.MinutesProblemTitle} />
          {p.kind === 'action' && (
            <>
              <PeoplePickerField label={strings.MinutesOwner} people={props.people}
                value={draft.ownerEmail ? { id: draft.ownerId || 0, title: draft.ownerName || draft.ownerEmail, email: draft.ownerEmail } : undefined}
                onChange={(person) => setDraft({ ...draft, ownerId: person && person.id, ownerEmail: person && person.email, ownerName: person && person.title })} />
              <DateField label={strings.MinutesDue} value={draft.dueDate || ''} onChange={(v) => setDraft({ ...draft, dueDate: v || undefined })} />
            </>
          )}
        </Stack>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.TranscriptAccept} disabled={busy || !draft.title.trim()} onClick={() => props.onAccept(draft)} ariaDescription={draft.title} />
        {!editing && <DefaultButton text={strings.TranscriptEdit} disabled={busy} onClick={() => setEditing(true)} ariaDescription={draft.title} />}
        <DefaultButton text={strings.TranscriptReject} disabled={busy} onClick={props.onReject} ariaDescription={draft.title} />
      </Stack>
    </Stack>
  );
}
