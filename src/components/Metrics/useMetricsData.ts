import * as React from 'react';
import { toIsoDate } from '../../model/dates';
import { lastMonths, type IMetricsData } from '../../model/metrics';
import { useServices } from '../common/ServicesContext';
import { logError } from '../common/errorMessage';

/** How many months the metrics and the median comparison show. */
export const METRIC_MONTHS = 12;

export type MetricsLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; data: IMetricsData };

export interface IMetricsSource {
  /** The months shown, yyyy-mm, oldest first (the last 12, up to this month). */
  months: string[];
  today: string;
  load: MetricsLoad;
  reload(): void;
}

/** Reads what the metrics are computed from (one round of list-wide reads) for the last 12 months. */
export function useMetricsData(): IMetricsSource {
  const { metrics } = useServices();
  const today = React.useMemo(() => toIsoDate(new Date()), []);
  const months = React.useMemo(() => lastMonths(today, METRIC_MONTHS), [today]);
  const [load, setLoad] = React.useState<MetricsLoad>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    metrics.read(`${months[0]}-01`).then(
      (data) => live && setLoad({ status: 'loaded', data }),
      (error: unknown) => {
        logError('Metrics: read', error);
        if (live) setLoad({ status: 'failed', error });
      }
    );
    return () => {
      live = false;
    };
  }, [metrics, months, round]);
  return { months, today, load, reload: () => setRound((n) => n + 1) };
}
