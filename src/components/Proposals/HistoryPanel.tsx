import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { CRITERIA, type IProposalReview } from '../../model/scoring';
import { criterionLabel, decisionLabel, scoreText } from './labels';
import type { IProposalHistory } from './useProposalBoard';
import { formatDateTime } from '../../model/locale';

const when = (iso: string): string => formatDateTime(iso);

function Entry({ r }: { r: IProposalReview }): React.ReactElement {
  const who = r.reviewer?.title || '—';
  const heading = r.kind === 'Score' ? format(strings.HistoryScored, scoreText(r.weightedScore), who) : format(strings.HistoryDecided, decisionLabel(r.decision), who);
  const scored = CRITERIA.filter((c) => typeof r.scores[c] === 'number');
  return (
    <li style={{ marginBottom: 12 }} data-review-kind={r.kind}>
      <Text block variant="mediumPlus">{heading}</Text>
      <Text block variant="small">{when(r.reviewedAt)}</Text>
      {r.kind === 'Score' && scored.length > 0 && (
        <Text block>{scored.map((c) => `${criterionLabel(c)} ${r.scores[c]}${r.weights[c] !== undefined ? ` (${r.weights[c]}%)` : ''}`).join(' · ')}</Text>
      )}
      {r.reason && <Text block styles={{ root: { whiteSpace: 'pre-wrap' } }}>{r.reason}</Text>}
    </li>
  );
}

/** Every score and gate decision of one proposal, oldest first. */
export function HistoryPanel({ history, onDismiss }: { history: IProposalHistory | undefined; onDismiss: () => void }): React.ReactElement {
  const title = history ? format(strings.HistoryTitle, `${history.proposal.code} ${history.proposal.title}`) : '';
  return (
    <Panel isOpen={!!history} onDismiss={onDismiss} type={PanelType.medium} headerText={title} closeButtonAriaLabel={strings.Close} isLightDismiss>
      {history && (
        <Stack tokens={{ childrenGap: 8 }}>
          {history.loading && <Spinner label={strings.Loading} />}
          {history.error && <MessageBar messageBarType={MessageBarType.error}>{format(strings.HistoryLoadFailed, history.error)}</MessageBar>}
          {!history.loading && !history.error && history.items.length === 0 && <Text>{strings.HistoryEmpty}</Text>}
          <ol aria-label={title} style={{ paddingLeft: 20 }}>
            {history.items.map((r) => <Entry key={r.id} r={r} />)}
          </ol>
        </Stack>
      )}
    </Panel>
  );
}
