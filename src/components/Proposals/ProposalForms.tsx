/** The board's panel forms (score, gate decision, weights); one chunk with the record panel. */
import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { CRITERIA, GATE_DECISIONS, toScores, weightedScore, type Weights } from '../../model/scoring';
import { DecisionStepList } from './DecisionStepList';
import type { IProposal } from '../../model/proposals';
import { FactList } from '../common/FactList';
import { bindFields } from '../records/bindFields';
import { criterionLabel, decisionLabel, scoreText, urgencyLabel } from './labels';
import type { IDecisionEditor, IDecisionProgress, IScoreEditor, IWeightsEditor } from './useProposalEditors';
import { formatMoney, formatNumber } from '../../model/locale';

const weightsText = (w: Weights): string => CRITERIA.map((c) => `${criterionLabel(c)} ${w[c]}%`).join(', ');

/** The case being scored or decided on, as the PMO reads it. */
function CaseFacts({ p }: { p: IProposal | undefined }): React.ReactElement | null {
  if (!p) return null;
  const facts: [string, string][] = [
    [strings.ProposalFieldProblem, p.problem],
    [strings.ProposalFieldObjectives, p.objectives],
    [strings.ProposalFieldBenefits, p.benefits],
    [strings.ProposalFieldCost, formatMoney(p.estimatedCost)],
    [strings.ProposalFieldEffort, formatNumber(p.estimatedEffort)],
    [strings.ProposalFieldUrgency, urgencyLabel(p.urgency)],
    [strings.ProposalFieldAlignment, p.alignment],
    [strings.ProposalFieldRisks, p.risks]
  ];
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text as="h3" variant="mediumPlus">{strings.ScoreFormCase}</Text>
      <FactList>
        {facts.map(([label, value]) => (
          <div key={label} style={{ flex: '1 1 100%' }}>
            <dt style={{ fontWeight: 600 }}>{label}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value || '—'}</dd>
          </div>
        ))}
      </FactList>
    </Stack>
  );
}

export function ScoreForm({ editor, weights }: { editor: IScoreEditor; weights: Weights }): React.ReactElement {
  const field = bindFields(editor);
  const total = weightedScore(toScores(editor.values), weights);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block>{format(strings.ScoreFormIntro, weightsText(weights))}</Text>
      {CRITERIA.map((c) => (
        <TextField key={c} label={`${criterionLabel(c)} (${weights[c]}%)`} required={weights[c] > 0} inputMode="numeric" {...field.text(c)} />
      ))}
      <Text role="status" variant="mediumPlus">{format(strings.ScoreFormWeighted, scoreText(total))}</Text>
      <TextField label={strings.ScoreFormNote} multiline rows={3} {...field.text('note')} />
      <CaseFacts p={editor.editing} />
    </Stack>
  );
}

/** Which steps of a decision that failed part way are stored, which failed, which are still to do. */
function DecisionSteps({ progress }: { progress: IDecisionProgress }): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="decision-steps">
      <Text block>{strings.DecisionStepsTitle}</Text>
      <DecisionStepList decision={progress.decision} done={progress.done} failed={progress.failed} />
      <Text block>{strings.DecisionStepsRetry}</Text>
    </MessageBar>
  );
}

export function DecisionForm({ editor, progress }: { editor: IDecisionEditor; progress?: IDecisionProgress }): React.ReactElement {
  const field = bindFields(editor);
  const p = editor.editing;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {progress && <DecisionSteps progress={progress} />}
      <Text block>{strings.DecisionFormIntro}</Text>
      {p && <Text block>{`${strings.ProposalColScore}: ${scoreText(p.score)}`}</Text>}
      <Dropdown label={strings.DecisionFormDecision} required {...field.choice('decision', GATE_DECISIONS, decisionLabel)} />
      <TextField label={strings.DecisionFormReason} required multiline rows={4} {...field.text('reason')} />
      <CaseFacts p={p} />
    </Stack>
  );
}

export function WeightsForm({ editor, isDefault }: { editor: IWeightsEditor; isDefault: boolean }): React.ReactElement {
  const field = bindFields(editor);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block>{strings.WeightsFormIntro}</Text>
      {isDefault && <Text block>{strings.WeightsFormDefaults}</Text>}
      {CRITERIA.map((c) => (
        <TextField key={c} label={criterionLabel(c)} required inputMode="numeric" suffix="%" {...field.text(c)} />
      ))}
    </Stack>
  );
}
