import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { formatDateTime, formatTime } from '../../model/locale';

/** "n minutes ago" in words. */
export function ageText(loadedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(loadedAt)) / 60000));
  if (minutes < 1) return strings.PortfolioAgeJustNow;
  if (minutes < 60) return format(minutes === 1 ? strings.PortfolioAgeMinute : strings.PortfolioAgeMinutes, minutes);
  const hours = Math.floor(minutes / 60);
  return format(hours === 1 ? strings.PortfolioAgeHour : strings.PortfolioAgeHours, hours);
}

/** How old the figures are, whether they are being refreshed, and a refresh button. */
export const Freshness: React.FC<{ loadedAt: string; now: Date; refreshing: boolean; onRefresh(): void }> = ({ loadedAt, now, refreshing, onRefresh }) => (
  <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }} data-testid="freshness">
    <Text variant="small" title={formatDateTime(new Date(loadedAt))}>
      {format(strings.PortfolioAsOf, formatTime(new Date(loadedAt)), ageText(loadedAt, now))}
    </Text>
    {refreshing ? <Spinner size={SpinnerSize.small} label={strings.PortfolioRefreshing} labelPosition="right" /> : <DefaultButton text={strings.PortfolioRefresh} iconProps={{ iconName: 'Refresh' }} onClick={onRefresh} />}
  </Stack>
);
