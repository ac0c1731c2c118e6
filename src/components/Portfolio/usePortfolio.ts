import * as React from 'react';
import { toIsoDate } from '../../model/dates';
import type { IPortfolioView } from '../../services/portfolio/portfolioLoader';
import { useServices } from '../common/ServicesContext';
import { logError } from '../common/errorMessage';
import type { PortfolioLoad } from './types';

/** Session cache key of the last complete portfolio view (bump the version when IPortfolioView changes). */
export const PORTFOLIO_CACHE_KEY = 'portfolio:v1';

export interface IUsePortfolio {
  load: PortfolioLoad;
  /** Reads everything again (the cached view stays on screen meanwhile). */
  reload(): void;
  /** The clock as of the last tick (each half minute), for "n minutes ago". */
  now: Date;
}

/**
 * The portfolio's data: a view from the session cache at once when there is one (no request before
 * the first paint), then a fresh load in the background that replaces it when complete. Without a
 * cached view, rows appear as the loader reports them (register first, then the Planner figures).
 */
export function usePortfolio(): IUsePortfolio {
  const { portfolioLoader, session } = useServices();
  const [load, setLoad] = React.useState<PortfolioLoad>(() => {
    const cached = session.get<IPortfolioView>(PORTFOLIO_CACHE_KEY);
    return cached ? { status: 'loaded', view: cached.value, fromCache: true, refreshing: true } : { status: 'loading' };
  });
  const [attempt, setAttempt] = React.useState(0);
  const [now, setNow] = React.useState(() => new Date());
  const hasData = React.useRef(load.status === 'loaded');

  React.useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30000);
    return () => clearInterval(timer);
  }, []);

  React.useEffect(() => {
    let current = true;
    setLoad((prev) => (prev.status === 'loaded' ? { ...prev, refreshing: true, refreshError: undefined } : { status: 'loading' }));
    const showProgress = !hasData.current;
    portfolioLoader
      .load({
        today: toIsoDate(new Date()),
        // A view already on screen stays until the fresh one is complete, so figures never flicker to blank.
        onUpdate: showProgress ? (view) => current && setLoad({ status: 'loaded', view, fromCache: false, refreshing: !view.complete }) : undefined
      })
      .then(
        (view) => {
          session.set(PORTFOLIO_CACHE_KEY, view, view.loadedAt);
          hasData.current = true;
          if (current) {
            setNow(new Date());
            setLoad({ status: 'loaded', view, fromCache: false, refreshing: false });
          }
        },
        (error: unknown) => {
          logError('Portfolio: load', error);
          if (!current) return;
          setLoad((prev) => (prev.status === 'loaded' ? { ...prev, refreshing: false, refreshError: error } : { status: 'failed', error }));
        }
      );
    return () => {
      current = false;
    };
  }, [portfolioLoader, session, attempt]);

  const reload = React.useCallback((): void => setAttempt((n) => n + 1), []);
  return { load, reload, now };
}
