import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { toIsoDate } from '../../model/dates';
import {
  newReportValues,
  publishedInPeriod,
  reportHistory,
  reportToFormValues,
  toReportDraft,
  validateReport,
  type IReportFormValues,
  type IStatusReport,
  type ReportingPeriod
} from '../../model/statusReport';
import type { Health, IProject } from '../../model/types';
import { ConflictError } from '../../services/errors';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { healthLabel } from '../common/fields/labels';
import { formatDate } from '../common/fields/formatValue';
import { useEditableRecords, type IEditableRecords } from '../records/useEditableRecords';
import { reportConflictFields } from './reportConflictFields';

export interface IStatusReportsState extends IEditableRecords<IStatusReport, IReportFormValues> {
  /** Published, not superseded, newest first. */
  history: IStatusReport[];
  selected?: IStatusReport;
  select(id: number | undefined): void;
  /** Reads the project's data and opens the editor on a new report with the figures and suggestion. */
  startNew(): void;
  drafting: boolean;
  publishing: boolean;
  /** A message after publishing or its failure. */
  notice?: { ok: boolean; text: string };
  dismissNotice(): void;
  /** Publishes the selected draft; asks first (via `supersede`) when the period already has a published report. */
  publish(): void;
  supersede?: IStatusReport;
  confirmSupersede(): void;
  cancelSupersede(): void;
}

/** The status reports of one project: list, new draft from the data, edit (records framework), publish. */
export function useStatusReports(project: IProject, period: ReportingPeriod, onPublished?: (health: Health) => void): IStatusReportsState {
  const { statusReports } = useServices();
  const records = useEditableRecords(statusReports, project.id, {
    name: 'status reports',
    kind: 'status-report',
    empty: () => newReportValues(project.id, '', { asOf: toIsoDate(new Date()), missing: [] }, period),
    toValues: reportToFormValues,
    validate: validateReport,
    conflictFields: reportConflictFields,
    toDraft: toReportDraft
  });
  const [selectedId, select] = React.useState<number | undefined>(undefined);
  const [drafting, setDrafting] = React.useState(false);
  const [publishing, setPublishing] = React.useState(false);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [supersede, setSupersede] = React.useState<IStatusReport | undefined>(undefined);
  const selected = records.items.filter((r) => r.id === selectedId)[0];
  const history = React.useMemo(() => reportHistory(records.items), [records.items]);

  const startNew = (): void => {
    const today = toIsoDate(new Date());
    setDrafting(true);
    setNotice(undefined);
    statusReports.draftFigures(project, today).then(
      (figures) => {
        setDrafting(false);
        const title = format(strings.ReportDefaultTitle, project.code, formatDate(today));
        records.editor.startNew(newReportValues(project.id, title, figures, period));
      },
      (e: unknown) => {
        logError('StatusReports: draft', e);
        setDrafting(false);
        setNotice({ ok: false, text: format(strings.ReportDraftFailed, errorMessage(e)) });
      }
    );
  };

  const doPublish = (report: IStatusReport, supersedes?: number): void => {
    setPublishing(true);
    statusReports.publish(report, new Date().toISOString(), supersedes).then(
      (published) => {
        setPublishing(false);
        records.upsert(published);
        records.reload();
        setNotice({ ok: true, text: format(strings.ReportPublished, formatDate(published.reportDate), healthLabel(published.health.overall)) });
        if (published.health.overall && onPublished) onPublished(published.health.overall);
      },
      (e: unknown) => {
        logError('StatusReports: publish', e);
        setPublishing(false);
        if (e instanceof ConflictError) {
          records.reload();
          setNotice({ ok: false, text: strings.ReportPublishConflict });
        } else setNotice({ ok: false, text: format(strings.ReportPublishFailed, errorMessage(e)) });
      }
    );
  };

  const publish = (): void => {
    if (!selected || publishing || selected.state === 'Published') return;
    const existing = publishedInPeriod(records.items, selected.period, selected.id);
    if (existing && existing.id !== selected.supersedes) setSupersede(existing);
    else doPublish(selected, selected.supersedes);
  };

  return {
    ...records,
    history,
    selected,
    select,
    startNew,
    drafting,
    publishing,
    notice,
    dismissNotice: () => setNotice(undefined),
    publish,
    supersede,
    confirmSupersede: () => {
      const old = supersede;
      setSupersede(undefined);
      if (selected && old) doPublish(selected, old.id);
    },
    cancelSupersede: () => setSupersede(undefined)
  };
}
