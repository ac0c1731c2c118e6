import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { ICostSummary } from '../../model/costs';
import { FactList } from '../common/FactList';
import { formatAmount } from '../common/fields/formatValue';
import { alertText } from '../common/themeColors';
import { formatNumber } from '../../model/locale';

/** A signed amount: "+1,200" or "−500" (a real minus sign, read out as "minus"). */
export function signedAmount(value: number): string {
  if (value > 0) return `+${formatAmount(value)}`;
  if (value < 0) return `\u2212${formatAmount(-value)}`;
  return formatAmount(0);
}

/** A signed percentage with one decimal: "−12.5 %". */
export function signedPercent(value: number): string {
  const text = `${formatNumber(Math.abs(value), 1)} %`;
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : text;
}

function Figure({ id, label, children }: { id: string; label: string; children: React.ReactNode }): React.ReactElement {
  return (
    <div data-figure={id}>
      <dt style={{ fontSize: 12 }}>{label}</dt>
      <dd style={{ margin: 0, fontSize: 18, fontWeight: 600 }}>{children}</dd>
    </div>
  );
}

/** The whole project's budget, actuals, EAC and variance, with the variance's direction in words. */
export function CostSummary({ summary }: { summary: ICostSummary }): React.ReactElement {
  const theme = useTheme();
  const over = summary.variance < 0;
  const word = over ? strings.CostVarianceOver : summary.variance > 0 ? strings.CostVarianceUnder : strings.CostVarianceOnBudget;
  return (
    <section aria-label={strings.CostSummaryTitle}>
      <Text as="h3" variant="mediumPlus" style={{ fontWeight: 600, margin: '0 0 4px' }}>
        {strings.CostSummaryTitle}
      </Text>
      <FactList>
        <Figure id="budget" label={strings.CostSummaryBudget}>{formatAmount(summary.budget)}</Figure>
        <Figure id="actual" label={strings.CostSummaryActual}>{formatAmount(summary.actualToDate)}</Figure>
        <Figure id="remaining" label={strings.CostSummaryRemaining}>{formatAmount(summary.remainingForecast)}</Figure>
        <Figure id="eac" label={strings.CostSummaryEac}>{formatAmount(summary.eac)}</Figure>
        <Figure id="variance" label={strings.CostSummaryVariance}>
          <span style={over ? { color: alertText(theme) } : undefined}>
            {signedAmount(summary.variance)}{' '}
            <Text variant="small" style={{ color: 'inherit' }}>
              {over && <FontIcon iconName="Warning" aria-hidden style={{ marginRight: 4 }} />}
              {word}
            </Text>
          </span>
        </Figure>
        <Figure id="variancePercent" label={strings.CostSummaryVariancePercent}>
          {summary.variancePercent === undefined ? '—' : signedPercent(summary.variancePercent)}
        </Figure>
      </FactList>
      <Text variant="small" block style={{ marginTop: 4 }}>
        {strings.CostVarianceHint}
      </Text>
    </section>
  );
}
