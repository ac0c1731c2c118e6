import * as React from 'react';
import { isAwaitingDecision, type IProposal } from '../../model/proposals';
import { DEFAULT_WEIGHTS, rankProposals, type IProposalReview } from '../../model/scoring';
import type { IStoredWeights } from '../../services/types';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import { useRecords, type IRecords } from '../records/useRecords';
import { useMounted } from '../records/useMounted';
import { useProposalEditors, type IProposalEditors } from './useProposalEditors';
import { usePendingDecisions, type IPendingDecisions } from './usePendingDecisions';

export interface IProposalHistory {
  proposal: IProposal;
  items: IProposalReview[];
  loading: boolean;
  error?: string;
}

export interface IProposalBoardState extends IProposalEditors {
  loaded: IRecords<IProposal>;
  /** Awaiting a decision, best first. */
  ranked: IProposal[];
  decided: IProposal[];
  stored: IStoredWeights;
  weightsError?: string;
  /** The signed-in user may score, decide and change the weights (false until known, and when it cannot be read). */
  isPmo: boolean;
  history?: IProposalHistory;
  /** Gate decisions left half done, with "Finish the decision". */
  pendingDecisions: IPendingDecisions;
  openHistory: (p: IProposal) => void;
  closeHistory: () => void;
  openWeights: () => void;
}

const DEFAULTS: IStoredWeights = { id: 0, etag: '', weights: { ...DEFAULT_WEIGHTS }, isDefault: true };

/** The proposals board: proposals ranked by weighted score, their editors, their history, the weights. */
export function useProposalBoard(): IProposalBoardState {
  const services = useServices();
  const { proposals, settings } = services;
  const mounted = useMounted();
  const loaded = useRecords('proposals', 0, () => proposals.list());
  const [stored, setStored] = React.useState<IStoredWeights>(DEFAULTS);
  const [weightsError, setWeightsError] = React.useState<string | undefined>(undefined);
  const [history, setHistory] = React.useState<IProposalHistory | undefined>(undefined);
  const [isPmo, setIsPmo] = React.useState(false);
  React.useEffect(() => {
    services.people.isPmoMember().then(
      (yes) => mounted.current && setIsPmo(yes),
      (e: unknown) => logError('Read PMO membership', e)
    );
  }, [services.people]);
  React.useEffect(() => {
    settings.weights().then(
      (w) => mounted.current && setStored(w),
      (e: unknown) => {
        logError('Load scoring weights', e);
        if (mounted.current) setWeightsError(errorMessage(e));
      }
    );
  }, [settings]);

  const openHistory = (proposal: IProposal): void => {
    setHistory({ proposal, items: [], loading: true });
    proposals.history(proposal.id).then(
      (items) => mounted.current && setHistory((h) => (h && h.proposal.id === proposal.id ? { proposal, items, loading: false } : h)),
      (e: unknown) => {
        logError('Load proposal history', e);
        if (mounted.current) setHistory((h) => (h && h.proposal.id === proposal.id ? { ...h, loading: false, error: errorMessage(e) } : h));
      }
    );
  };
  const editors = useProposalEditors(services, stored.weights, loaded.upsert, setStored);
  const pendingDecisions = usePendingDecisions(proposals, loaded.items, loaded.upsert);
  const ranked = React.useMemo(() => rankProposals(loaded.items), [loaded.items]);
  const decided = React.useMemo(() => loaded.items.filter((p) => !isAwaitingDecision(p)), [loaded.items]);
  return {
    ...editors,
    loaded,
    ranked,
    decided,
    stored,
    weightsError,
    isPmo,
    history,
    pendingDecisions,
    openHistory,
    closeHistory: () => setHistory(undefined),
    openWeights: () => (stored.isDefault ? editors.weights.startNew() : editors.weights.startEdit(stored))
  };
}
