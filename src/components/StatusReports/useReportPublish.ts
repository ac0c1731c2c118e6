import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { publishedInPeriod, type IReportFormValues, type IStatusReport } from '../../model/statusReport';
import type { Health } from '../../model/types';
import { ConflictError } from '../../services/errors';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import { healthLabel } from '../common/fields/labels';
import { formatDate } from '../common/fields/formatValue';
import type { IEditableRecords } from '../records/useEditableRecords';

/** A message after drafting or publishing, or its failure. */
export interface IReportNotice {
  ok: boolean;
  text: string;
}

export interface IReportPublishState {
  publishing: boolean;
  /** Publishes the selected draft; asks first (via `supersede`) when the period already has a published report. */
  publish(): void;
  supersede?: IStatusReport;
  confirmSupersede(): void;
  cancelSupersede(): void;
}

/** Publishing a status report: one publish at a time, a supersede question when the period already has one. */
export function useReportPublish(
  records: IEditableRecords<IStatusReport, IReportFormValues>,
  selected: IStatusReport | undefined,
  setNotice: (notice: IReportNotice | undefined) => void,
  onPublished?: (health: Health) => void
): IReportPublishState {
  const { statusReports } = useServices();
  const [publishing, setPublishing] = React.useState(false);
  const [supersede, setSupersede] = React.useState<IStatusReport | undefined>(undefined);

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
    publishing,
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
