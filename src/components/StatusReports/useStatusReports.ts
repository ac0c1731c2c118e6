import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { toIsoDate } from '../../model/dates';
import {
  newReportValues,
  reportHistory,
  reportToFormValues,
  toReportDraft,
  validateReport,
  type IReportFormValues,
  type IStatusReport,
  type ReportingPeriod
} from '../../model/statusReport';
import type { Health, IProject } from '../../model/types';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { formatDate } from '../common/fields/formatValue';
import { useEditableRecords, type IEditableRecords } from '../records/useEditableRecords';
import { reportConflictFields } from './reportConflictFields';
import { useReportPublish, type IReportNotice, type IReportPublishState } from './useReportPublish';

export interface IStatusReportsState extends IEditableRecords<IStatusReport, IReportFormValues>, IReportPublishState {
  /** Published, not superseded, newest first. */
  history: IStatusReport[];
  selected?: IStatusReport;
  select(id: number | undefined): void;
  /** Reads the project's data and opens the editor on a new report with the figures and suggestion. */
  startNew(): void;
  drafting: boolean;
  /** A message after drafting or publishing, or its failure. */
  notice?: IReportNotice;
  dismissNotice(): void;
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
  const [notice, setNotice] = React.useState<IReportNotice | undefined>(undefined);
  const selected = records.items.filter((r) => r.id === selectedId)[0];
  const publication = useReportPublish(records, selected, setNotice, onPublished);
  const history = React.useMemo(() => reportHistory(records.items), [records.items]);

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
        records.editor.startNew(newReportValues(project.id, title, figures, period, key));
      },
      (e: unknown) => {
        logError('StatusReports: draft', e);
        setDrafting(false);
        setNotice({ ok: false, text: format(strings.ReportDraftFailed, errorMessage(e)) });
      }
    );
  };

  return {
    ...records,
    history,
    selected,
    select,
    startNew,
    drafting,
    notice,
    dismissNotice: () => setNotice(undefined),
    ...publication
  };
}
