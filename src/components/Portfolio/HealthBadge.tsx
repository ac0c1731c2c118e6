import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { healthLabel } from '../common/fields/labels';
import { healthColors } from '../common/themeColors';
import type { Health } from '../../model/types';

/** A coloured dot followed by the health's localized name (the text names it: colour is never the only signal). */
export const HealthBadge: React.FC<{ health: Health }> = ({ health }) => {
  const colors = healthColors(useTheme());
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 5, background: colors[health] ?? colors.none, flex: 'none' }} />
      {healthLabel(health)}
    </span>
  );
};
