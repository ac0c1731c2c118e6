// Chart colours come from the theme, defined once for every view (health, series).
export { healthColors, seriesColors } from '../common/themeColors';

/** A yyyy-mm month as the Date of its first day (UTC), for time axes. */
export const monthDate = (month: string): Date => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));

/** Axis label of a month: its yyyy-mm key, the same in every language and in the table. */
export const monthLabel = (d: Date): string => {
  const m = d.getUTCMonth() + 1;
  return `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}`;
};
