import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { COMPLIANCE_CHECKS, COMPLIANCE_THRESHOLDS, type IComplianceRow, type IComplianceTarget } from '../../model/compliance';
import { REPORTING_PERIODS, type ReportingPeriod } from '../../model/statusReport';
import { CHECK_LABEL, PERIOD_LABEL, THRESHOLD_LABEL, findingText } from './findingText';
import type { ComplianceGrouping, IComplianceBoardProps } from './types';
import { useCompliance } from './useCompliance';

type Board = ReturnType<typeof useCompliance>;

const Settings: React.FC<{ board: Board }> = ({ board }) => (
  <Stack horizontal wrap tokens={{ childrenGap: 12 }} role="group" aria-label={strings.ComplianceSettingsLabel} verticalAlign="start">
    <Dropdown
      label={strings.ComplianceFieldPeriod}
      selectedKey={board.period}
      options={REPORTING_PERIODS.map((p) => ({ key: p, text: PERIOD_LABEL[p] }))}
      onChange={(_e, o) => o && board.setPeriod(o.key as ReportingPeriod)}
      styles={{ root: { width: 160 } }}
    />
    {COMPLIANCE_THRESHOLDS.map((k) => (
      <TextField
        key={k}
        label={THRESHOLD_LABEL[k]}
        value={board.typed[k]}
        inputMode="numeric"
        errorMessage={board.errors[k]}
        onChange={(_e, v) => board.setThreshold(k, v ?? '')}
        styles={{ root: { width: 180 } }}
      />
    ))}
  </Stack>
);

const Counts: React.FC<{ board: Board }> = ({ board }) => {
  const theme = useTheme();
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={strings.ComplianceCountsLabel}>
      {COMPLIANCE_CHECKS.map((c) => (
        <div key={c} data-testid={`compliance-count-${c}`} style={{ minWidth: 120, padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 }}>
          <Text block variant="small">{CHECK_LABEL[c]}</Text>
          <Text block variant="xLarge">{board.counts[c]}</Text>
        </div>
      ))}
    </Stack>
  );
};

const Row: React.FC<{ row: IComplianceRow; grouping: ComplianceGrouping; codes: Map<number, string>; onOpen(t: IComplianceTarget): void }> = ({ row, grouping, codes, onOpen }) => {
  const id = `compliance-row-${grouping}-${row.key || 'none'}`;
  const summary = COMPLIANCE_CHECKS.filter((c) => row.counts[c] > 0).map((c) => `${CHECK_LABEL[c]}: ${row.counts[c]}`).join(' · ');
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Text as="h3" variant="mediumPlus" id={id} styles={{ root: { margin: '8px 0 0' } }}>
        {row.label || strings.ComplianceNoManager}
      </Text>
      <Text block variant="small">
        {grouping === 'manager' ? `${format(strings.ComplianceManagerProjects, row.projects, row.failing)}${summary ? ` · ${summary}` : ''}` : summary}
      </Text>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {row.findings.map((f) => (
          <li key={f.key}>
            <Link data-testid={`finding-${f.key}`} onClick={() => onOpen(f.target)}>
              {grouping === 'manager' ? `${codes.get(f.projectId) ?? ''}: ${findingText(f)}` : findingText(f)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
};

/**
 * The process compliance board (a tab of PMO Portfolio): the gaps of the projects under way — no
 * report for the current period, stale plans, overdue actions, unowned or overdue risks, minutes not
 * published — by project or by project manager, each one click from the item. The thresholds start
 * from the web part's properties and can be tried out here.
 */
export function ComplianceBoard({ rows, today, settings, onOpen }: IComplianceBoardProps): React.ReactElement {
  const board = useCompliance(rows, today, settings);
  const codes = React.useMemo(() => new Map(rows.map((r) => [r.project.id, r.project.code])), [rows]);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="compliance" styles={{ root: { paddingTop: 12 } }}>
      <Settings board={board} />
      {board.error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={board.retry}>{strings.Retry}</DefaultButton>}>
          {board.error}
        </MessageBar>
      )}
      {board.loading ? (
        <Spinner label={strings.ComplianceLoading} />
      ) : (
        !board.error && (
          <>
            <Counts board={board} />
            <Text aria-live="polite" data-testid="compliance-summary">{format(strings.ComplianceSummary, board.failing, board.underWay)}</Text>
            <ChoiceGroup
              label={strings.ComplianceGroupLabel}
              selectedKey={board.grouping}
              options={[{ key: 'project', text: strings.ComplianceByProject }, { key: 'manager', text: strings.ComplianceByManager }]}
              onChange={(_e, o) => o && board.setGrouping(o.key as ComplianceGrouping)}
              styles={{ flexContainer: { display: 'flex', gap: 16 } }}
            />
            {board.failing === 0 ? (
              <MessageBar messageBarType={MessageBarType.success}>{strings.ComplianceNone}</MessageBar>
            ) : (
              board.rows.map((r) => <Row key={r.key} row={r} grouping={board.grouping} codes={codes} onOpen={onOpen} />)
            )}
          </>
        )
      )}
    </Stack>
  );
}
