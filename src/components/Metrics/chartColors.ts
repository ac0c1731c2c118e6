import type { ITheme } from '@fluentui/react/lib/Styling';
import type { Health } from '../../model/types';

/**
 * Chart colours from the theme (never fixed values), so the Teams dark and high-contrast themes
 * recolour the charts: health from the semantic status colours, series from the palette.
 */
export function healthColors(theme: ITheme): Record<Health | 'none', string> {
  const s = theme.semanticColors;
  return { Green: s.successIcon, Amber: s.severeWarningIcon, Red: s.errorIcon, none: theme.palette.neutralTertiary };
}

/** Distinct series colours of the theme, in order. */
export function seriesColors(theme: ITheme): string[] {
  const p = theme.palette;
  return [p.themePrimary, p.neutralPrimary, p.purple, p.tealDark, p.orange, p.magentaDark];
}

/** A yyyy-mm month as the Date of its first day (UTC), for time axes. */
export const monthDate = (month: string): Date => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));

/** Axis label of a month: its yyyy-mm key, the same in every language and in the table. */
export const monthLabel = (d: Date): string => {
  const m = d.getUTCMonth() + 1;
  return `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}`;
};
