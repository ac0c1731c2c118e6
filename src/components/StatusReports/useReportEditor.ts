import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { parseSnapshot, publishedInPeriod, reportToFormValues, toReportDraft, validateReport, type IReportFormValues, type IStatusReport } from '../../model/statusReport';
import { hasErrors, type FieldErrors } from '../../model/validate';
import { ConflictError } from '../../services/errors';
import { useServices } from '../common/ServicesContext';
import { errorMessage, logError } from '../common/errorMessage';
import type { IFieldSource } from '../records/bindFields';
import type { IAutosave } from '../records/types';
import { useAutosave } from '../records/useAutosave';
import { draftKey } from '../records/useDraft';
import { useMounted } from '../records/useMounted';
import { reportConflictFields } from './reportConflictFields';

/** The draft report being written: the records framework's autosave, the form's messages and publishing. */
export interface IReportEditor extends IFieldSource<IReportFormValues>, Omit<IAutosave<IStatusReport, IReportFormValues>, 'values' | 'change' | 'open' | 'adopt' | 'flush'> {
  /** True after a publish was refused by the rules (shows the summary bar). */
  showSummary: boolean;
  publishing: boolean;
  publishError?: string;
  /** Writes what is not saved yet now (after a failed write: the person's "Try again"). */
  retry(): void;
  /** Validates, asks about superseding when the period has a published report, saves what is typed, publishes. */
  publish(): void;
  /** The published report of the period publishing would replace, while the person is asked. */
  supersede?: IStatusReport;
  confirmSupersede(): void;
  cancelSupersede(): void;
}

export interface IReportEditorOptions {
  projectId: number;
  /** The stored draft, or undefined for a report just drafted from the data (it is created at once). */
  record?: IStatusReport;
  /** The form's values to start from (the stored draft's or the drafted ones). */
  values: IReportFormValues;
  /** The project's reports, for the supersede question. */
  reports: IStatusReport[];
  onSaved(report: IStatusReport): void;
  onPublished(report: IStatusReport): void;
}

/** A new report's draft is kept per project and per drafting (its Snapshot's draftKey) until it is first stored. */
const keyOf = (projectId: number, values: IReportFormValues) => (r: IStatusReport | undefined): string =>
  r ? draftKey('status-report', r.id) : `${draftKey(`status-report-project-${projectId}`)}:${parseSnapshot(values.snapshot)?.draftKey ?? ''}`;

/** Publishing the autosaved draft: flush first (publish what is typed), then the service's publish with the saved ETag. */
function usePublishing(o: IReportEditorOptions, auto: IAutosave<IStatusReport, IReportFormValues>, setAttempted: (b: boolean) => void) {
  const { statusReports } = useServices();
  const mounted = useMounted();
  const [publishing, setPublishing] = React.useState(false);
  const [publishError, setPublishError] = React.useState<string>();
  const [supersede, setSupersede] = React.useState<IStatusReport>();
  const run = (supersedes: number | undefined): void => {
    setPublishing(true);
    setPublishError(undefined);
    const steps = async (): Promise<void> => {
      // A failed write or a conflict is shown by the autosave (its message, its dialog): nothing is published.
      const saved = await auto.flush();
      if (!saved) return;
      const published = await statusReports.publish(saved, new Date().toISOString(), supersedes);
      auto.adopt(published);
      auto.clearDraft();
      o.onPublished(published);
    };
    steps()
      .catch((e: unknown) => {
        logError('StatusReports: publish', e);
        if (!mounted.current) return;
        if (e instanceof ConflictError) {
          setPublishError(strings.ReportPublishConflict);
          // Someone saved the draft after our last write: writing ours again meets the 412 and opens the conflict dialog.
          auto.change({});
          void auto.flush();
        } else setPublishError(format(strings.ReportPublishFailed, errorMessage(e)));
      })
      .then(() => mounted.current && setPublishing(false));
  };
  const publish = (): void => {
    const v = auto.values;
    if (!v || publishing) return;
    setAttempted(true);
    if (hasErrors(validateReport(v))) return;
    const existing = publishedInPeriod(o.reports, v.period, auto.record?.id);
    if (existing && existing.id !== v.supersedes) setSupersede(existing);
    else run(v.supersedes);
  };
  const confirmSupersede = (): void => {
    const old = supersede;
    setSupersede(undefined);
    if (old) run(old.id);
  };
  return { publishing, publishError, publish, supersede, confirmSupersede, cancelSupersede: () => setSupersede(undefined) };
}

/**
 * A draft status report on the records framework's autosave: a report drafted from the data is stored at
 * once (its draftKey makes a retried create find the draft it made), every change goes to the browser's
 * draft at once and to PMO Status Reports a pause later with IF-Match; a 412 opens the conflict dialog.
 * The form's rules show on the fields the person touched, and on every field when publishing.
 */
export function useReportEditor(o: IReportEditorOptions): IReportEditor {
  const { statusReports } = useServices();
  const opts = React.useRef(o);
  opts.current = o;
  const auto = useAutosave<IStatusReport, IReportFormValues>(
    {
      name: 'status report',
      draftKey: keyOf(o.projectId, o.values),
      toValues: reportToFormValues,
      conflictFields: reportConflictFields,
      create: (v) => statusReports.create(toReportDraft(v)),
      update: (r, v, etag) => statusReports.update(r.id, toReportDraft(v), etag),
      onSaved: (r) => opts.current.onSaved(r)
    },
    { record: o.record, values: o.values }
  );
  const [touched, setTouched] = React.useState<Partial<Record<keyof IReportFormValues, boolean>>>({});
  const [attempted, setAttempted] = React.useState(false);
  const publishing = usePublishing(o, auto, setAttempted);
  React.useEffect(() => {
    // Drafted from the data: stored at once, so the report is in the list (and survives a reload) before anything is typed.
    if (!o.record) void auto.flush();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: once per report opened
  }, []);
  const values = auto.values ?? o.values;
  const all = validateReport(values);
  const errors: FieldErrors<IReportFormValues> = {};
  for (const k of Object.keys(all) as (keyof IReportFormValues)[]) if (attempted || touched[k]) errors[k] = all[k];
  const { values: _v, change: _c, open: _o, adopt: _a, flush: _f, ...rest } = auto;
  return {
    ...rest,
    ...publishing,
    values,
    errors,
    showSummary: attempted && hasErrors(all),
    saving: publishing.publishing,
    retry: () => void auto.flush(),
    change: (patch) => {
      setTouched((t) => ({ ...t, ...Object.keys(patch).reduce((m, k) => ({ ...m, [k]: true }), {}) }));
      auto.change(patch);
    }
  };
}
