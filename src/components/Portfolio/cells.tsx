/**
 * Cell renderers shared by the portfolio table and the project status tab: health badges (known or
 * unknown), numbers that are unknown shown as a dash with a reason for screen readers, never as 0.
 */
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { ReadFailure } from '../../model/projectStatus';
import type { Health } from '../../model/types';
import { formatAmount, formatDate, formatPercent } from '../common/fields/formatValue';
import { HealthBadge } from './HealthBadge';
import { formatDateTime, formatNumber } from '../../model/locale';

const hidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** Localized text of why a plan could not be read; a refusal names the Graph permission when known. */
export function failureText(reason: ReadFailure | undefined, permission?: string): string {
  switch (reason) {
    case 'notFound':
      return strings.PortfolioPlanNotFound;
    case 'forbidden':
      return permission ? format(strings.PortfolioPlanPermission, permission) : strings.PortfolioPlanForbidden;
    case 'throttled':
      return strings.PortfolioPlanThrottled;
    default:
      return strings.PortfolioPlanFailed;
  }
}

/** A dash for an unknown figure; `why` is read out and shown as a tooltip. */
export const Unknown: React.FC<{ why?: string }> = ({ why }) => (
  <span title={why || strings.PortfolioUnknown}>
    <span aria-hidden="true">—</span>
    <span style={hidden}>{why || strings.PortfolioUnknown}</span>
  </span>
);

/** The Planner figure is still being read. */
export const Pending: React.FC = () => (
  <span title={strings.PortfolioPending}>
    <span aria-hidden="true">…</span>
    <span style={hidden}>{strings.PortfolioPending}</span>
  </span>
);

/** A plan that could not be read: a warning icon and the reason in words. */
export const PlanFailure: React.FC<{ reason?: ReadFailure; permission?: string }> = ({ reason, permission }) => (
  <span data-testid="plan-failure" style={{ display: 'inline-flex', gap: 4, alignItems: 'center', whiteSpace: 'normal' }}>
    <Icon iconName="Warning" aria-hidden="true" />
    {failureText(reason, permission)}
  </span>
);

/** A health, or "unknown" in words when it cannot be computed. */
export const HealthCell: React.FC<{ health?: Health }> = ({ health }) =>
  health ? <HealthBadge health={health} /> : <span style={{ color: 'inherit' }}>{strings.PortfolioHealthUnknown}</span>;

export const fmt = {
  amount: (v: number | undefined): string => (v === undefined ? '' : `${v > 0 ? '+' : ''}${formatAmount(v)}`),
  money: formatAmount,
  percent: formatPercent,
  index: (v: number | undefined): string => formatNumber(v, 2, 2),
  days: (v: number | undefined): string => (v === undefined ? '' : `${v > 0 ? '+' : ''}${v}`),
  date: formatDate,
  dateTime: (iso: string | undefined): string => formatDateTime(iso)
};

/** A figure, or the dash for unknown. */
export function figure(text: string, why?: string): React.ReactElement {
  return text ? <>{text}</> : <Unknown why={why} />;
}
