import * as React from 'react';
import { toIsoDate } from '../../model/dates';
import { remainingSteps, validateMinutes, type IMinutesIssue } from '../../model/meetings';
import type { IMeeting, IProject } from '../../model/types';
import { ConflictError } from '../../services/errors';
import type { IConflict } from '../records/ConflictDialog';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import { draftKey, useDraft, type IStoredDraft } from '../records/useDraft';
import { draftFor, initialValues, previousMeeting, publishTexts, valuesOf, type IMeetingValues } from './meetingValues';
import type { IMeetingRow } from './types';

/** Autosave to the list this long after the last keystroke (every change is in localStorage at once). */
export const AUTOSAVE_MS = 1500;

export interface IMeetingEditor {
  loading: boolean;
  loadError?: string;
  record?: IMeeting;
  values?: IMeetingValues;
  change: (patch: Partial<IMeetingValues>) => void;
  saveState: 'idle' | 'pending' | 'saving' | 'saved' | 'error';
  saveError?: string;
  conflict?: IConflict<IMeetingValues>;
  resolveConflict: (merged: IMeetingValues, etag: string) => Promise<void>;
  cancelConflict: () => void;
  pendingDraft?: IStoredDraft<IMeetingValues>;
  restoreDraft: () => void;
  discardDraft: () => void;
  issues: IMinutesIssue[];
  publishing: boolean;
  publishError?: string;
  publish: () => void;
  /** Steps still to run (a retry runs only these). */
  remaining: string[];
}

/**
 * The meeting editor: agenda prefilled from the project's open items, minutes autosaved to PMO
 * Meetings (with the item's ETag; a 412 opens the conflict dialog) and kept in localStorage so a reload
 * or a crash loses nothing, validation before publishing, and publishing with its step outcomes.
 */
export function useMeetingEditor(row: IMeetingRow, records: IMeeting[], projects: IProject[], today: Date, onSaved: (m: IMeeting) => void): IMeetingEditor {
  const services = useServices();
  const [record, setRecord] = React.useState<IMeeting | undefined>(row.record);
  const [values, setValues] = React.useState<IMeetingValues | undefined>(row.record && row.record.agendaItems.length ? valuesOf(row.record) : undefined);
  const [loadError, setLoadError] = React.useState<string>();
  const [saveState, setSaveState] = React.useState<IMeetingEditor['saveState']>('idle');
  const [saveError, setSaveError] = React.useState<string>();
  const [conflict, setConflict] = React.useState<IConflict<IMeetingValues>>();
  const [issues, setIssues] = React.useState<IMinutesIssue[]>([]);
  const [publishing, setPublishing] = React.useState(false);
  const [publishError, setPublishError] = React.useState<string>();
  const draft = useDraft<IMeetingValues>(draftKey('minutes', record ? record.id : undefined) + (record ? '' : `:${row.key}`));
  const latest = React.useRef({ record, values, conflict, base: values });
  latest.current = { ...latest.current, record, values, conflict };
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  const saving = React.useRef<Promise<IMeeting | undefined>>();
  // Unsaved changes since the last write: only those are written (a retry of publishing with no edit
  // must not turn published minutes back into a draft and start a new revision).
  const dirty = React.useRef(false);
  const projectId = row.matches[0]?.projectId;

  React.useEffect(() => {
    if (values) return;
    let live = true;
    Promise.all([projectId ? services.actions.listByProject(projectId) : Promise.resolve([]), projectId ? services.raid.listByProject(projectId) : Promise.resolve([])])
      .then(([actions, raid]) => {
        if (!live) return;
        const v = initialValues(row, actions, raid, previousMeeting(row, records), today);
        latest.current.base = v;
        setValues(v);
      })
      .catch((e: unknown) => {
        logError('Meeting agenda', e);
        if (live) setLoadError(errorMessage(e));
      });
    return () => {
      live = false;
      // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: the agenda is built once per meeting opened
    };
  }, []);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  const write = async (v: IMeetingValues, etag?: string): Promise<IMeeting | undefined> => {
    const cur = latest.current.record;
    setSaveState('saving');
    try {
      const d = draftFor(row, cur, v);
      const saved = cur ? await services.meetings.update(cur.id, d, etag || cur.etag) : await services.meetings.create(d);
      latest.current.record = saved;
      latest.current.base = valuesOf(saved);
      setRecord(saved);
      setSaveState('saved');
      setSaveError(undefined);
      onSaved(saved);
      return saved;
    } catch (e) {
      if (e instanceof ConflictError) {
        const theirs = e.current as IMeeting;
        setConflict({ base: latest.current.base || v, mine: v, theirs: valuesOf(theirs), etag: theirs.etag });
        setSaveState('error');
        return undefined;
      }
      dirty.current = true;
      logError('Save minutes', e);
      setSaveError(errorMessage(e));
      setSaveState('error');
      return undefined;
    }
  };

  const flush = (): Promise<IMeeting | undefined> => {
    clearTimeout(timer.current);
    const v = latest.current.values;
    if (!v || latest.current.conflict) return Promise.resolve(latest.current.record);
    if (!dirty.current && latest.current.record) return (saving.current || Promise.resolve(undefined)).then(() => latest.current.record);
    dirty.current = false;
    saving.current = (saving.current || Promise.resolve(undefined)).then(() => write(v));
    return saving.current;
  };

  const change = (patch: Partial<IMeetingValues>) => {
    const next = { ...(latest.current.values as IMeetingValues), ...patch };
    latest.current.values = next;
    dirty.current = true;
    setValues(next);
    draft.save(next, { etag: latest.current.record?.etag, base: latest.current.base });
    setIssues([]);
    setSaveState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const publish = () => {
    const v = latest.current.values;
    if (!v || publishing) return;
    const found = validateMinutes(v, today);
    setIssues(found);
    if (found.length) return;
    setPublishing(true);
    setPublishError(undefined);
    (async () => {
      const saved = await flush();
      if (!saved) return;
      const linked = projects.filter((p) => saved.projectIds.indexOf(p.id) >= 0);
      const me = await services.people.current();
      const url = typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname}#/meetings` : '';
      const result = await services.publisher.publish(
        { meeting: saved, event: row.event, projects: linked, me: me.email, minutesUrl: url, today: toIsoDate(today), texts: publishTexts(saved) },
        (m) => {
          latest.current.record = m;
          setRecord(m);
        }
      );
      latest.current.record = result.meeting;
      setRecord(result.meeting);
      draft.clear();
      onSaved(result.meeting);
    })()
      .catch((e: unknown) => {
        logError('Publish minutes', e);
        setPublishError(errorMessage(e));
      })
      .then(() => setPublishing(false));
  };

  return {
    loading: !values && !loadError,
    loadError,
    record,
    values,
    change,
    saveState,
    saveError,
    conflict,
    resolveConflict: async (merged, etag) => {
      setConflict(undefined);
      latest.current.conflict = undefined;
      latest.current.values = merged;
      setValues(merged);
      await write(merged, etag);
    },
    cancelConflict: () => setConflict(undefined),
    pendingDraft: draft.pending,
    restoreDraft: () => {
      const d = draft.restore();
      if (d) change(d.value);
    },
    discardDraft: draft.discard,
    issues,
    publishing,
    publishError,
    publish,
    remaining: record && record.publishLog ? remainingSteps(record.publishLog) : []
  };
}
