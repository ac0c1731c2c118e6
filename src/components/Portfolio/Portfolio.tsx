import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { HEALTHS } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { errorMessage } from '../common/errorMessage';
import { formatAmount } from '../common/fields/formatValue';
import { phaseLabel } from '../common/fields/labels';
import { HealthBadge } from './HealthBadge';
import { PortfolioTable } from './PortfolioTable';
import type { IPortfolioSummary } from './types';
import { usePortfolio } from './usePortfolio';


const Tile: React.FC<{ label: React.ReactNode; value: React.ReactNode; testId: string }> = ({ label, value, testId }) => {
  const theme = useTheme();
  return (
    <div
      data-testid={testId}
      style={{ minWidth: 110, padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 }}
    >
      <Text block variant="small">
        {label}
      </Text>
      <Text block variant="xLarge">
        {value}
      </Text>
    </div>
  );
};

const Summary: React.FC<{ summary: IPortfolioSummary }> = ({ summary }) => (
  <Stack tokens={{ childrenGap: 12 }}>
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.PortfolioByHealth}>
      <Tile testId="count-total" label={strings.PortfolioTotal} value={summary.total} />
      {HEALTHS.map((h) => (
        <Tile key={h} testId={`count-health-${h}`} label={<HealthBadge health={h} />} value={summary.byHealth[h]} />
      ))}
      <Tile testId="total-budget" label={strings.PortfolioTotalBudget} value={formatAmount(summary.budget)} />
      <Tile testId="total-forecast" label={strings.PortfolioTotalForecast} value={formatAmount(summary.forecast)} />
    </Stack>
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.PortfolioByPhase}>
      {summary.byPhase.map(({ phase, count }) => (
        <Tile key={phase} testId={`count-phase-${phase}`} label={phaseLabel(phase)} value={count} />
      ))}
    </Stack>
  </Stack>
);

/**
 * The PMO Portfolio web part's root: the register counted by health and by phase, and a table of
 * projects with health, phase, manager, % complete and budget against forecast.
 */
export const Portfolio: React.FC = () => {
  const { projects } = useServices();
  const { load, reload } = usePortfolio(projects);

  if (load.status === 'loading') return <Spinner label={strings.PortfolioLoading} />;
  if (load.status === 'failed') {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={<DefaultButton onClick={reload}>{strings.Retry}</DefaultButton>}
      >
        {errorMessage(load.error)}
      </MessageBar>
    );
  }
  if (load.projects.length === 0) return <MessageBar>{strings.PortfolioEmpty}</MessageBar>;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Summary summary={load.summary} />
      <Text variant="small">{format(strings.PortfolioShowing, load.projects.length)}</Text>
      <PortfolioTable projects={load.projects} />
    </Stack>
  );
};
