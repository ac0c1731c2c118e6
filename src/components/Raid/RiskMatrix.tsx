import * as React from 'react';
import { hiddenContentStyle, mergeStyles, type ITheme } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { severityBand } from '../../model/raid';
import type { IRiskMatrix, SeverityBand } from '../../model/raid';
import { severityLabel } from '../common/fields/labels';
import { severityTints } from '../common/themeColors';

const hidden = mergeStyles(hiddenContentStyle);

const SCORES = [1, 2, 3, 4, 5];

/**
 * A cell's look: the band's background from the theme, body text on it. Every cell also names its band
 * in text for screen readers, and the legend states the rule, so the colour is never the only signal.
 * Critical cells add an inner edge in the error colour, as the theme's critical tint is no darker than High's.
 */
function cellStyle(theme: ITheme, band: SeverityBand, count: number): React.CSSProperties {
  const s = theme.semanticColors;
  return {
    width: 44,
    height: 36,
    textAlign: 'center',
    border: `1px solid ${s.bodyDivider}`,
    color: s.bodyText,
    background: severityTints(theme)[band],
    boxShadow: band === 'Critical' ? `inset 0 0 0 2px ${s.errorIcon}` : undefined,
    fontWeight: count ? 600 : 400
  };
}

/** The 5×5 matrix of open risks as a table: rows are probability (5 at the top), columns impact. */
export function RiskMatrix({ matrix }: { matrix: IRiskMatrix }): React.ReactElement {
  const theme = useTheme();
  return (
    <div>
      <table style={{ borderCollapse: 'collapse' }} data-testid="risk-matrix">
        <caption style={{ textAlign: 'left', paddingBottom: 4 }}>
          <Text variant="mediumPlus" style={{ fontWeight: 600 }}>
            {strings.RaidMatrixTitle}
          </Text>
          <Text variant="small" block>
            {strings.RaidMatrixCaption}
          </Text>
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={5}>
              {strings.RaidMatrixImpact}
            </th>
          </tr>
          <tr>
            <th scope="col">{strings.RaidMatrixProbability}</th>
            {SCORES.map((i) => (
              <th key={i} scope="col">
                <span className={hidden}>{strings.RaidMatrixImpact} </span>
                {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCORES.slice().reverse().map((p) => (
            <tr key={p}>
              <th scope="row">
                <span className={hidden}>{strings.RaidMatrixProbability} </span>
                {p}
              </th>
              {SCORES.map((i) => {
                const band = severityBand(p * i);
                const count = matrix.cells[p - 1][i - 1];
                return (
                  <td
                    key={i}
                    data-probability={p}
                    data-impact={i}
                    data-band={band}
                    style={cellStyle(theme, band, count)}
                  >
                    <span data-count="">{count}</span>
                    <span className={hidden}> {format(strings.RaidMatrixCellBand, severityLabel(band))}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text variant="small" block style={{ marginTop: 4 }}>
        {strings.RaidMatrixLegend}
      </Text>
      {matrix.unscored > 0 && (
        <Text variant="small" block>
          {format(strings.RaidMatrixUnscored, matrix.unscored)}
        </Text>
      )}
    </div>
  );
}
