import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { IProject } from '../../model/types';
import { useReportDistribution } from './useReportDistribution';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { REPORT_DIMENSIONS, type IStatusReport } from '../../model/statusReport';
import { formatDate } from '../common/fields/formatValue';
import { healthLabel } from '../common/fields/labels';
import { HealthBadge } from '../Portfolio/HealthBadge';
import { ReportFigures, reasonText } from './ReportFigures';
import { DIMENSION_LABEL } from './ReportForm';
import { MailAgainDialog, ReportMailDialog } from './ReportMailDialog';
import { lastSent } from '../../model/reportMail';
import { formatDateTime } from '../../model/locale';

export interface IReportDetailProps {
  report: IStatusReport;
  project: IProject;
  reports: IStatusReport[];
  /** A new version of the report was stored (its mail log). */
  onChanged(report: IStatusReport): void;
  onClose(): void;
}

const Para: React.FC<{ label: string; value: string }> = ({ label, value }) =>
  value ? (
    <div>
      <Text block variant="mediumPlus" style={{ fontWeight: 600 }}>{label}</Text>
      <Text block style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>
    </div>
  ) : null;

/** One report as it reads: health per dimension (with the suggestion and its reasons), texts and its own figures. */
export const ReportDetail: React.FC<IReportDetailProps> = ({ report: r, project, reports, onChanged, onClose }) => {
  const snap = r.snapshot;
  const theme = useTheme();
  const dist = useReportDistribution(r, project, onChanged);
  const mailed = lastSent(r.mailLog ?? []);
  const superseded = r.supersedes ? reports.filter((x) => x.id === r.supersedes)[0] : undefined;
  return (
    <section aria-label={r.title} data-testid="report-detail" style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, paddingTop: 12 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="xLarge" block>{r.title}</Text>
        <Text block data-testid="report-state">
          {r.state === 'Published' ? format(strings.ReportPublishedAt, formatDate(r.publishedAt)) : strings.ReportStateDraft}
        </Text>
        {mailed && <Text block data-testid="report-mailed">{format(strings.ReportMailedOn, formatDateTime(mailed.at), mailed.to.join(', '))}</Text>}
        {superseded && <Text block>{format(strings.ReportSupersedes, formatDate(superseded.publishedAt))}</Text>}
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {r.state === 'Published' && <DefaultButton text={dist.busy ? strings.ReportMailing : strings.ReportMail} iconProps={{ iconName: 'Mail' }} onClick={dist.openMail} disabled={dist.busy} />}
          {r.state === 'Published' && <DefaultButton text={strings.ReportWord} iconProps={{ iconName: 'WordDocument' }} onClick={dist.word} disabled={dist.busy} />}
          <DefaultButton text={strings.ReportClose} onClick={onClose} />
        </Stack>
        {dist.notice && (
          <MessageBar messageBarType={dist.notice.ok ? MessageBarType.success : MessageBarType.error} onDismiss={dist.dismiss} dismissButtonAriaLabel={strings.Close} data-testid="report-dist-notice">
            {dist.notice.text}
          </MessageBar>
        )}
        <table aria-label={strings.ReportHealthTitle} data-testid="report-health">
          <tbody>
            {(['overall', ...REPORT_DIMENSIONS] as const).map((d) => {
              const h = r.health[d];
              const suggested = d === 'overall' ? undefined : snap?.suggested[d];
              const reasons = d === 'overall' ? [] : (snap?.reasons[d] ?? []).map(reasonText);
              return (
                <tr key={d} data-dim={d}>
                  <th scope="row" style={{ textAlign: 'left', paddingRight: 12 }}>{DIMENSION_LABEL[d]}</th>
                  <td style={{ paddingRight: 12 }}>{h ? <HealthBadge health={h} /> : '–'}</td>
                  <td>
                    <Text variant="small">
                      {d === 'overall' ? '' : suggested ? format(strings.ReportSuggested, healthLabel(suggested)) : strings.ReportSuggestedNone}
                      {reasons.length ? ` – ${reasons.join('; ')}` : ''}
                      {d !== 'overall' && h && h !== suggested ? ` (${strings.ReportOverridden})` : ''}
                    </Text>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {r.overrideReason && <Text block data-testid="report-override">{format(strings.ReportOverrideReasonShown, r.overrideReason)}</Text>}
        <Para label={strings.ReportFieldSummary} value={r.summary} />
        <Para label={strings.ReportFieldAccomplishments} value={r.accomplishments} />
        <Para label={strings.ReportFieldNextSteps} value={r.nextSteps} />
        {r.state === 'Published' && <Text block variant="small">{strings.ReportFrozenNote}</Text>}
        {snap && <ReportFigures figures={snap.figures} />}
        <ReportMailDialog dist={dist} />
        <MailAgainDialog dist={dist} />
      </Stack>
    </section>
  );
};
