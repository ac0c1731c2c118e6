import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IProposal } from '../../model/proposals';
import { CRITERIA, valueEffortPoints } from '../../model/scoring';
import { phaseLabel } from '../common/fields/labels';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { RecordEditorPanel } from '../records/RecordEditorPanel';
import { RecordsLoadError } from '../records/RecordsToolbar';
import { Toolbar } from '../records/Toolbar';
import { criterionLabel, proposalStateLabel, scoreText, urgencyLabel } from './labels';
import { DeckCommand } from './DeckCommand';
import { HistoryPanel } from './HistoryPanel';
import { PendingDecisions } from './PendingDecisions';
import { ProposalIntake } from './ProposalIntake';
import { useProposalBoard, type IProposalBoardState } from './useProposalBoard';
import type { IDecisionEditor, IDecisionProgress, IScoreEditor, IWeightsEditor } from './useProposalEditors';
import type { Weights } from '../../model/scoring';
import { formatMoney } from '../../model/locale';

const ValueEffortChart = React.lazy(() => import(/* webpackChunkName: 'pmo-proposal-chart' */ './ValueEffortChart'));
const forms = () => import(/* webpackChunkName: 'pmo-record-panel' */ './ProposalForms');
const ScoreForm = lazyPart<{ editor: IScoreEditor; weights: Weights }>(() => forms().then((m) => m.ScoreForm));
const DecisionForm = lazyPart<{ editor: IDecisionEditor; progress?: IDecisionProgress }>(() => forms().then((m) => m.DecisionForm));
const WeightsForm = lazyPart<{ editor: IWeightsEditor; isDefault: boolean }>(() => forms().then((m) => m.WeightsForm));

function actionsCell(b: IProposalBoardState, p: IProposal, edit: (p: IProposal) => void, awaiting: boolean): React.ReactElement {
  const name = `${p.code} ${p.title}`;
  // A decision left half done is finished first (PendingDecisions), not decided or scored anew.
  const gate = awaiting && b.isPmo && !p.pendingDecision;
  return (
    <Stack horizontal wrap>
      {gate && <ActionButton text={strings.ProposalCmdScore} ariaLabel={format(strings.ProposalCmdScoreLabel, name)} onClick={() => b.score.startEdit(p)} />}
      {gate && <ActionButton text={strings.ProposalCmdDecide} ariaLabel={format(strings.ProposalCmdDecideLabel, name)} onClick={() => b.decision.startEdit(p)} />}
      <ActionButton text={strings.ProposalCmdHistory} ariaLabel={format(strings.ProposalCmdHistoryLabel, name)} onClick={() => b.openHistory(p)} />
      {awaiting && <ActionButton text={strings.ProposalCmdEdit} ariaLabel={format(strings.RecordEditNamed, name)} onClick={() => edit(p)} />}
    </Stack>
  );
}

function columns(b: IProposalBoardState, edit: (p: IProposal) => void, awaiting: boolean): IColumn[] {
  const col = (key: string, name: string, render: (p: IProposal, i: number) => React.ReactNode, minWidth = 70, maxWidth = 120): IColumn =>
    ({ key, name, minWidth, maxWidth, isResizable: true, onRender: (p: IProposal, i?: number) => render(p, i ?? 0) });
  const money = (v: number | undefined) => formatMoney(v);
  return [
    ...(awaiting ? [col('rank', strings.ProposalColRank, (_p, i) => i + 1, 40, 50)] : []),
    col('code', strings.RegisterColCode, (p) => p.code, 70, 80),
    col('title', strings.RegisterColTitle, (p) => p.title, 160, 300),
    col('department', strings.RegisterColDepartment, (p) => p.department),
    col('urgency', strings.ProposalFieldUrgency, (p) => urgencyLabel(p.urgency)),
    col('cost', strings.ProposalColCost, (p) => money(p.estimatedCost)),
    col('effort', strings.ProposalColEffort, (p) => money(p.estimatedEffort)),
    col('score', strings.ProposalColScore, (p) => scoreText(p.score)),
    col('state', strings.ProposalColState, (p) => (awaiting ? proposalStateLabel(p.proposalState) : `${proposalStateLabel(p.proposalState)} · ${phaseLabel(p.phase)}`), 90, 180),
    col('actions', strings.ProposalColActions, (p) => actionsCell(b, p, edit, awaiting), 260, 420)
  ];
}

/** The PMO's proposals board: ranked proposals, value against effort, scoring, gate decisions, history. */
export function ProposalBoard(): React.ReactElement {
  const b = useProposalBoard();
  const { loaded } = b;
  const editRef = React.useRef<((p: IProposal) => void) | undefined>(undefined);
  const edit = React.useCallback((p: IProposal) => editRef.current?.(p), []);
  const points = React.useMemo(() => valueEffortPoints(b.ranked), [b.ranked]);
  const scoring = b.score.editing;
  const deciding = b.decision.editing;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h2" variant="xLarge">{strings.ProposalBoardTitle}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
        <ProposalIntake onSaved={loaded.upsert} editRef={editRef} />
        <Toolbar
          label={strings.ProposalBoardTitle}
          commands={[
            ...(b.isPmo ? [{ key: 'weights', text: strings.ProposalCmdWeights, icon: 'Equalizer', onClick: b.openWeights }] : []),
            { key: 'refresh', text: strings.RecordRefresh, icon: 'Refresh', onClick: loaded.reload }
          ]}
        />
        <DeckCommand />
      </Stack>
      <Text block variant="small" data-testid="proposal-weights-where">
        {format(strings.ProposalWeightsWhere, CRITERIA.map((c) => `${criterionLabel(c)} ${b.stored.weights[c]} %`).join(', '))}
      </Text>
      {!b.isPmo && <MessageBar data-testid="proposal-pmo-only">{strings.ProposalPmoOnly}</MessageBar>}
      {b.weightsError && <MessageBar messageBarType={MessageBarType.warning}>{b.weightsError}</MessageBar>}
      <RecordsLoadError error={loaded.error} onRetry={loaded.reload} />
      <PendingDecisions pd={b.pendingDecisions} canFinish={b.isPmo} />
      <Text role="status" aria-live="polite" variant="small">
        {loaded.loading ? strings.Loading : format(strings.ProposalBoardCount, b.ranked.length, b.decided.length)}
      </Text>
      <Text as="h3" variant="large">{format(strings.ProposalBoardAwaiting, b.ranked.length)}</Text>
      {!loaded.loading && b.ranked.length === 0 ? (
        <Text block>{strings.ProposalBoardEmpty}</Text>
      ) : (
        <DetailsList items={b.ranked} columns={columns(b, edit, true)} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
          getKey={(p: IProposal) => String(p.id)} ariaLabelForGrid={format(strings.ProposalBoardAwaiting, b.ranked.length)} setKey="awaiting" />
      )}
      <Text as="h3" variant="large">{strings.ProposalChartTitle}</Text>
      <LazyBoundary name="ValueEffortChart">
        <ValueEffortChart points={points} />
      </LazyBoundary>
      {b.decided.length > 0 && (
        <>
          <Text as="h3" variant="large">{format(strings.ProposalBoardDecided, b.decided.length)}</Text>
          <DetailsList items={b.decided} columns={columns(b, edit, false)} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
            getKey={(p: IProposal) => String(p.id)} ariaLabelForGrid={format(strings.ProposalBoardDecided, b.decided.length)} setKey="decided" />
        </>
      )}
      <RecordEditorPanel editor={b.score} title={format(strings.ScoreFormTitle, scoring ? `${scoring.code} ${scoring.title}` : '')}>
        <ScoreForm editor={b.score} weights={b.stored.weights} />
      </RecordEditorPanel>
      <RecordEditorPanel editor={b.decision} title={format(strings.DecisionFormTitle, deciding ? `${deciding.code} ${deciding.title}` : '')}>
        <DecisionForm editor={b.decision} progress={b.decisionProgress} />
      </RecordEditorPanel>
      <RecordEditorPanel editor={b.weights} title={strings.WeightsFormTitle}>
        <WeightsForm editor={b.weights} isDefault={b.stored.isDefault} />
      </RecordEditorPanel>
      <HistoryPanel history={b.history} onDismiss={b.closeHistory} />
    </Stack>
  );
}
