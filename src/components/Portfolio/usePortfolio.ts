import * as React from 'react';
import { logError } from '../common/errorMessage';
import type { IProjectRepository } from '../../services/types';
import { byAttention, summarizePortfolio } from './portfolioSummary';
import type { PortfolioLoad } from './types';

/** Loads the register once (and again on reload) and derives the portfolio summary. */
export function usePortfolio(projects: IProjectRepository): { load: PortfolioLoad; reload(): void } {
  const [load, setLoad] = React.useState<PortfolioLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    projects.list().then(
      (list) => {
        if (!current) return;
        const sorted = list.slice().sort(byAttention);
        setLoad({ status: 'loaded', projects: sorted, summary: summarizePortfolio(sorted) });
      },
      (error: unknown) => {
        logError('Portfolio: projects.list()', error);
        if (current) setLoad({ status: 'failed', error });
      }
    );
    return () => {
      current = false;
    };
  }, [projects, attempt]);

  const reload = React.useCallback((): void => setAttempt((n) => n + 1), []);
  return { load, reload };
}
