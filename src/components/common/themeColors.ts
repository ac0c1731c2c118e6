/**
 * The one place where the domain's states (health, milestone states, risk bands, attention) meet
 * colours. Every colour is a slot of the Fluent theme the component gets from useTheme(), never a
 * fixed value, so the Teams default, dark and high-contrast themes recolour everything, charts
 * included; test/unit/colours.test.ts fails on a colour literal in src.
 */
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { SeverityBand } from '../../model/raid';
import type { MilestoneState } from '../../model/schedule';
import type { Health } from '../../model/types';

/**
 * Solid RAG colours (dots, bars, edges, chart slices) from the theme's status icons; `none` for a
 * missing health. Always shown next to the health in words (WCAG 1.4.1: colour is never the only signal).
 */
export function healthColors(theme: ITheme): Record<Health | 'none', string> {
  const s = theme.semanticColors;
  return { Green: s.successIcon, Amber: s.severeWarningIcon, Red: s.errorIcon, none: theme.palette.neutralSecondary };
}

/** Backgrounds tinted by health, for cells whose body text must keep its contrast on them. */
export function healthTints(theme: ITheme): Record<Health, string> {
  const s = theme.semanticColors;
  return { Green: s.successBackground, Amber: s.warningBackground, Red: s.errorBackground };
}

/** Background of each risk severity band (the body text stays readable on all four). */
export function severityTints(theme: ITheme): Record<SeverityBand, string> {
  const s = theme.semanticColors;
  return { Low: s.successBackground, Medium: s.warningBackground, High: s.severeWarningBackground, Critical: s.errorBackground };
}

/** The marker colour of each milestone state: the health colours, the accent for what is to come. */
export function milestoneColors(theme: ITheme): Record<MilestoneState, string> {
  const h = healthColors(theme);
  return { done: h.Green, doneLate: h.Amber, missed: h.Red, upcoming: theme.palette.themePrimary, undated: h.none };
}

/** Text that needs attention (overdue, over budget, over-allocated, failed): the theme's error text. */
export const alertText = (theme: ITheme): string => theme.semanticColors.errorText;

/**
 * Distinct series colours of the theme, in order. Inverted (dark, high-contrast) themes take the light
 * accents, since the dark ones vanish on a dark background (tealDark is 1.7:1 on Teams dark). Purple
 * comes last: it is next to the Teams accent (themePrimary) in both.
 */
export function seriesColors(theme: ITheme): string[] {
  const p = theme.palette;
  return theme.isInverted
    ? [p.themePrimary, p.neutralPrimary, p.orangeLighter, p.tealLight, p.magentaLight, p.purpleLight]
    : [p.themePrimary, p.neutralPrimary, p.orange, p.tealDark, p.magentaDark, p.purple];
}
