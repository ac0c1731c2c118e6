import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { toIsoDate } from '../../model/dates';
import { newReportValues, reportHistory, reportToFormValues, type IReportFormValues, type IStatusReport, type ReportingPeriod } from '../../model/statusReport';
import type { Health, IProject } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { formatDate } from '../common/fields/formatValue';
import { healthLabel } from '../common/fields/labels';
import { useRecords, type IRecords } from '../records/useRecords';

/** A message after drafting or publishing, or its failure. */
export interface IReportNotice {
  ok: boolean;
  text: string;
}

/** The draft open in the editor: `key` stays the same when a new report gets its id, so the editor is not reopened. */
export interface IReportSession {
  key: string;
  record?: IStatusReport;
  values: IReportFormValues;
}

export interface IStatusReportsState extends IRecords<IStatusReport> {
  /** Published, not superseded, newest first. */
  history: IStatusReport[];
  selected?: IStatusReport;
  /** Opens a report: a draft in the editor, a published one to read, mail and export. */
  select(id: number | undefined): void;
  /** The draft being written, if any. */
  session?: IReportSession;
  /** Reads the project's data and opens the editor on a new report with the figures and suggestion. */
  startNew(): void;
  drafting: boolean;
  /** The editor stored a version of the draft. */
  saved(report: IStatusReport): void;
  /** The editor published the draft. */
  published(report: IStatusReport): void;
  /** A message after drafting or publishing, or its failure. */
  notice?: IReportNotice;
  dismissNotice(): void;
}

/** The status reports of one project: list, a new draft from the data, the draft editor (autosave), publishing. */
export function useStatusReports(project: IProject, period: ReportingPeriod, onPublished?: (health: Health) => void): IStatusReportsState {
  const { statusReports } = useServices();
  const records = useRecords('status reports', project.id, (id) => statusReports.listByProject(id));
  const [selectedId, setSelectedId] = React.useState<number | undefined>(undefined);
  const [session, setSession] = React.useState<IReportSession | undefined>(undefined);
  const [drafting, setDrafting] = React.useState(false);
  const [notice, setNotice] = React.useState<IReportNotice | undefined>(undefined);
  const selected = records.items.filter((r) => r.id === selectedId)[0];
  const history = React.useMemo(() => reportHistory(records.items), [records.items]);

  const select = (id: number | undefined): void => {
    const r = records.items.filter((x) => x.id === id)[0];
    // The draft already open stays open (reopening it would start from the list's copy, behind what is typed).
    if (r && session && r.state === 'Draft' && r.id === selectedId) return;
    setSelectedId(r?.id);
    setSession(r && r.state === 'Draft' ? { key: `report-${r.id}`, record: r, values: reportToFormValues(r) } : undefined);
  };

  const startNew = (): void => {
    const today = toIsoDate(new Date());
    setDrafting(true);
    setNotice(undefined);
    statusReports.draftFigures(project, today).then(
      (figures) => {
        setDrafting(false);
        const title = format(strings.ReportDefaultTitle, project.code, formatDate(today));
        // One key per started draft: saving again after a lost answer updates the draft it made (StatusReportService.create).
        const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        setSelectedId(undefined);
        setSession({ key: `new-${key}`, values: newReportValues(project.id, title, figures, period, key) });
      },
      (e: unknown) => {
        logError('StatusReports: draft', e);
        setDrafting(false);
        setNotice({ ok: false, text: format(strings.ReportDraftFailed, errorMessage(e)) });
      }
    );
  };

  const saved = (r: IStatusReport): void => {
    records.upsert(r);
    setSelectedId(r.id);
  };
  const published = (r: IStatusReport): void => {
    records.upsert(r);
    // The superseded report and the history change too.
    records.reload();
    setSession(undefined);
    setSelectedId(r.id);
    setNotice({ ok: true, text: format(strings.ReportPublished, formatDate(r.reportDate), healthLabel(r.health.overall)) });
    if (r.health.overall && onPublished) onPublished(r.health.overall);
  };

  return { ...records, history, selected, select, session, startNew, drafting, saved, published, notice, dismissNotice: () => setNotice(undefined) };
}
