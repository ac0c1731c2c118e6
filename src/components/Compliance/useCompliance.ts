import * as React from 'react';
import { COMPLIANCE_THRESHOLDS, complianceByManager, complianceByProject, complianceFindings, complianceSettings, countByCheck, type IComplianceData,
  type IComplianceSettings, type ComplianceThreshold } from '../../model/compliance';
import type { ReportingPeriod } from '../../model/statusReport';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';
import { useServices } from '../common/ServicesContext';
import { errorMessage } from '../common/errorMessage';
import { validateDays } from '../../webparts/common/properties';
import { complianceProject } from './complianceProject';
import type { ComplianceGrouping, ComplianceSettingsInput } from './types';

/**
 * The board's state: the compliance reads (once per day shown), the thresholds as typed here
 * (starting from the host's settings; a value that is not a whole number of days keeps the last valid
 * one and says so), and the findings grouped by project or by project manager.
 */
export function useCompliance(rows: IPortfolioRow[], today: string, input: ComplianceSettingsInput | undefined) {
  const services = useServices();
  const base = React.useMemo(() => complianceSettings(input), [input]);
  const [typed, setTyped] = React.useState<Record<ComplianceThreshold, string>>(() => toTyped(base));
  const [period, setPeriod] = React.useState<ReportingPeriod>(base.period);
  const [grouping, setGrouping] = React.useState<ComplianceGrouping>('project');
  const [load, setLoad] = React.useState<{ data?: IComplianceData; error?: string }>({});
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setLoad({});
    services.compliance.read(today).then(
      (data) => live && setLoad({ data }),
      (e: unknown) => live && setLoad({ error: errorMessage(e) })
    );
    return () => {
      live = false;
    };
  }, [services, today, attempt]);

  const errors = React.useMemo(() => Object.fromEntries(COMPLIANCE_THRESHOLDS.map((k) => [k, validateDays(typed[k]) || undefined])) as Record<ComplianceThreshold, string | undefined>, [typed]);
  const settings: IComplianceSettings = React.useMemo(() => {
    const valid = Object.fromEntries(COMPLIANCE_THRESHOLDS.filter((k) => !errors[k] && typed[k].trim() !== '').map((k) => [k, typed[k]]));
    return complianceSettings({ ...base, ...valid, period });
  }, [base, typed, errors, period]);
  const projects = React.useMemo(() => rows.map(complianceProject), [rows]);
  const findings = React.useMemo(() => (load.data ? complianceFindings(projects, load.data, settings, today) : []), [projects, load.data, settings, today]);
  const grouped = React.useMemo(() => (grouping === 'project' ? complianceByProject(projects, findings) : complianceByManager(projects, findings)), [grouping, projects, findings]);
  const underWay = React.useMemo(() => complianceByManager(projects, []).reduce((n, r) => n + r.projects, 0), [projects]);
  return {
    loading: !load.data && !load.error,
    error: load.error,
    retry: () => setAttempt((n) => n + 1),
    typed,
    errors,
    setThreshold: (k: ComplianceThreshold, v: string) => setTyped((t) => ({ ...t, [k]: v })),
    period,
    setPeriod,
    grouping,
    setGrouping,
    counts: countByCheck(findings),
    rows: grouped,
    failing: new Set(findings.map((f) => f.projectId)).size,
    underWay
  };
}

const toTyped = (s: IComplianceSettings): Record<ComplianceThreshold, string> =>
  Object.fromEntries(COMPLIANCE_THRESHOLDS.map((k) => [k, String(s[k])])) as Record<ComplianceThreshold, string>;
