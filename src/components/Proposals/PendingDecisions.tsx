import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProposal } from '../../model/proposals';
import { formatDateTime } from '../../model/locale';
import { DecisionStepList } from './DecisionStepList';
import { decisionLabel } from './labels';
import type { IPendingDecisions } from './usePendingDecisions';

function PendingDecision({ p, pd, canFinish }: { p: IProposal; pd: IPendingDecisions; canFinish: boolean }): React.ReactElement {
  const d = p.pendingDecision!;
  const name = `${p.code} ${p.title}`;
  const s = pd.stateOf(p.id);
  const finish = canFinish && (
    <DefaultButton text={strings.ProposalCmdFinish} ariaLabel={format(strings.ProposalCmdFinishLabel, name)} disabled={s?.busy} onClick={() => pd.finish(p)} />
  );
  return (
    <div data-testid="proposal-pending-decision">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={finish || undefined}>
        <Text block>{format(strings.ProposalPendingWarning, name, decisionLabel(d.decision), formatDateTime(d.at, 'short'))}</Text>
        {!canFinish && <Text block>{strings.ProposalPendingPmoOnly}</Text>}
        {s?.busy && <Text block role="status">{format(strings.ProposalPendingFinishing, name)}</Text>}
        {s?.error && (
          <div role="alert">
            <Text block>{format(strings.ProposalPendingFailed, s.error)}</Text>
            {s.failed && <DecisionStepList decision={d.decision} done={s.done ?? []} failed={s.failed} />}
            <Text block>{strings.ProposalPendingRetry}</Text>
          </div>
        )}
      </MessageBar>
    </div>
  );
}

/** Gate decisions left half done, each with "Finish the decision" for PMO members; the last one finished says so. */
export function PendingDecisions({ pd, canFinish }: { pd: IPendingDecisions; canFinish: boolean }): React.ReactElement | null {
  if (!pd.pending.length && !pd.finished) return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {pd.pending.map((p) => <PendingDecision key={p.id} p={p} pd={pd} canFinish={canFinish} />)}
      {pd.finished && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={pd.dismissFinished} dismissButtonAriaLabel={strings.Close} role="status">
          {format(strings.ProposalPendingFinished, pd.finished)}
        </MessageBar>
      )}
    </Stack>
  );
}
