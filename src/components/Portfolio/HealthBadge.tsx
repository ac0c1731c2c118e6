import * as React from 'react';
import { healthLabel } from '../common/fields/labels';
import type { Health } from '../../model/types';

// Dots carry the colour; the text always names the health, so colour is never the only signal.
const COLORS: Record<Health, string> = { Green: '#107C10', Amber: '#D39300', Red: '#C50F1F' };

/** A coloured dot followed by the health's localized name. */
export const HealthBadge: React.FC<{ health: Health }> = ({ health }) => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
    <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 5, background: COLORS[health] ?? 'gray', flex: 'none' }} />
    {healthLabel(health)}
  </span>
);
