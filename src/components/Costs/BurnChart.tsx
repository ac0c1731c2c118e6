import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IBurnPoint } from '../../model/costs';
import { formatAmount } from '../common/fields/formatValue';
import { monthLabel } from '../common/fields/labels';
import { seriesColors } from '../common/themeColors';

/** Props of the burn chart. */
export interface IBurnChartProps {
  /** Cumulative points from burnSeries(), one per month. */
  points: IBurnPoint[];
}

const W = 640;
const H = 260;
const M = { left: 72, right: 16, top: 12, bottom: 36 };

/** A round step for about four gridlines (1, 2 or 5 × a power of ten). */
function niceStep(max: number): number {
  const raw = max / 4;
  const power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * Cumulative budget against cumulative actual-then-forecast, as SVG (no chart library: this chunk is
 * loaded lazily and stays small). Budget is a solid line in the theme's accent; spend, in another series
 * colour of the theme, is solid up to the last actual month and dashed after it, so the forecast part is told apart by pattern as well as by the
 * legend. Screen readers get the summary in aria-label; the data table sits next to the chart.
 */
export default function BurnChart({ points }: IBurnChartProps): React.ReactElement {
  const theme = useTheme();
  const series = seriesColors(theme);
  const BUDGET = series[0];
  const SPEND = series[2];
  const axis = theme.semanticColors.bodySubtext;
  const last = points[points.length - 1];
  const peak = points.reduce((m, p) => Math.max(m, p.budget, p.actualForecast), 0) || 1;
  const step = niceStep(peak);
  const top = Math.ceil(peak / step) * step;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number): number => M.left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const y = (v: number): number => M.top + plotH - (v / top) * plotH;
  const line = (from: number, to: number, value: (p: IBurnPoint) => number): string =>
    points.slice(from, to).map((p, i) => `${x(from + i)},${y(value(p))}`).join(' ');
  const firstForecast = points.map((p) => p.isForecast).indexOf(true);
  const split = firstForecast < 0 ? points.length : firstForecast;
  const every = Math.ceil(points.length / 8);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  const label = format(
    strings.CostChartLabel,
    monthLabel(points[0].period),
    monthLabel(last.period),
    formatAmount(last.budget),
    formatAmount(last.actualForecast)
  );

  return (
    <figure style={{ margin: 0, maxWidth: W }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" data-testid="burn-chart" style={{ fontSize: 11 }}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={theme.semanticColors.bodyDivider} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fill={axis}>
              {formatAmount(v)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          // Counted back from the last month, so the latest month is always labelled and none overlap.
          (points.length - 1 - i) % every === 0 ? (
            <text key={p.period} x={x(i)} y={H - M.bottom + 16} textAnchor="middle" fill={axis}>
              {monthLabel(p.period, 'short')}
            </text>
          ) : null
        )}
        <polyline points={line(0, points.length, (p) => p.budget)} fill="none" stroke={BUDGET} strokeWidth={2} data-series="budget" />
        {split > 0 && <polyline points={line(0, split, (p) => p.actualForecast)} fill="none" stroke={SPEND} strokeWidth={2.5} data-series="actual" />}
        {split < points.length && (
          <polyline
            points={line(Math.max(0, split - 1), points.length, (p) => p.actualForecast)}
            fill="none"
            stroke={SPEND}
            strokeWidth={2}
            strokeDasharray="6 4"
            data-series="forecast"
          />
        )}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, fontSize: 12 }} aria-hidden>
        <span>
          <svg width="24" height="8"><line x1="0" x2="24" y1="4" y2="4" stroke={BUDGET} strokeWidth={2} /></svg> {strings.CostChartBudget}
        </span>
        <span>
          <svg width="24" height="8"><line x1="0" x2="24" y1="4" y2="4" stroke={SPEND} strokeWidth={2.5} /></svg>{' '}
          <svg width="24" height="8"><line x1="0" x2="24" y1="4" y2="4" stroke={SPEND} strokeWidth={2} strokeDasharray="6 4" /></svg>{' '}
          {strings.CostChartActualForecast}
        </span>
      </figcaption>
    </figure>
  );
}
