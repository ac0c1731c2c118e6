import * as React from 'react';
import type { IProposal } from '../../model/proposals';
import type { DecisionStep } from '../../model/scoring';
import type { IProposalRepository } from '../../services/types';
import { StepsError } from '../../services/errors';
import { errorMessage, logError } from '../common/errorMessage';
import { useMounted } from '../records/useMounted';

/** Where finishing one proposal's decision stands. */
export interface IFinishState {
  busy: boolean;
  error?: string;
  /** After a StepsError: the steps stored and those that failed again. */
  done?: DecisionStep[];
  failed?: DecisionStep[];
}

export interface IPendingDecisions {
  /** Proposals whose gate decision is not fully stored (found in the board's one read of the proposals). */
  pending: IProposal[];
  stateOf(id: number): IFinishState | undefined;
  finish(p: IProposal): void;
  /** "CODE Title" of the decision finished last, until dismissed. */
  finished?: string;
  dismissFinished(): void;
}

/**
 * Gate decisions left half done (the panel was closed after a step failed): the board lists them from
 * the proposals it reads anyway and finishes each on request, writing only the steps not stored yet.
 */
export function usePendingDecisions(proposals: IProposalRepository, items: IProposal[], onSaved: (p: IProposal) => void): IPendingDecisions {
  const mounted = useMounted();
  const [states, setStates] = React.useState<Record<number, IFinishState>>({});
  const [finished, setFinished] = React.useState<string | undefined>(undefined);
  const pending = React.useMemo(() => items.filter((p) => p.pendingDecision), [items]);
  const set = (id: number, s: IFinishState): void => setStates((all) => ({ ...all, [id]: s }));
  const finish = (p: IProposal): void => {
    if (states[p.id]?.busy) return;
    set(p.id, { busy: true });
    setFinished(undefined);
    proposals.finishDecision(p).then(
      (saved) => {
        if (!mounted.current) return;
        set(p.id, { busy: false });
        setFinished(`${p.code} ${p.title}`);
        onSaved(saved);
      },
      (e: unknown) => {
        logError('Finish a gate decision', e);
        if (!mounted.current) return;
        const steps = e instanceof StepsError ? { done: e.done as DecisionStep[], failed: e.failed as DecisionStep[] } : {};
        set(p.id, { busy: false, error: errorMessage(e), ...steps });
      }
    );
  };
  return { pending, stateOf: (id) => states[id], finish, finished, dismissFinished: () => setFinished(undefined) };
}
