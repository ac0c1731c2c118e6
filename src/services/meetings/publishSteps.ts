/**
 * The publish steps that write records: PMO Actions, Planner tasks, RAID items. Each looks at what the
 * log (and, for a crash between a write and its log entry, the store) already has and creates only
 * the rest, so a retry never makes a second item for the same action or decision.
 */
import type { IMinutesAction } from '../../model/meetings/types';
import type { IPublishLog } from '../../model/meetings/types';
import type { ActionDraft, IActionItem, IMeeting, IProject, IRaidItem, RaidDraft } from '../../model/types';
import { AppError } from '../errors';
import type { BatchWriter } from '../sharepoint/batchWrite';
import type { IActionRepository, IOutlookService, IRaidRepository } from '../types';

export const ACTIONS_BUCKET = 'Actions';

/** Graph permission each Graph step needs: a 403 names it (docs/permissions.md). */
export const STEP_PERMISSIONS = { tasks: 'Tasks.ReadWrite', attachment: 'Calendars.ReadWrite', mail: 'Mail.Send' } as const;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The project a decision or action is recorded in: the one the writer chose among the meeting's, else the first. */
export const projectOf = (id: number | undefined, projects: IProject[]): IProject => projects.filter((p) => p.id === id)[0] || projects[0];

/** Throws the first failure of a batch (the successes are already in the log). */
function firstFailure(results: { ok: boolean; error?: unknown }[]): void {
  const bad = results.filter((r) => !r.ok)[0];
  if (bad) throw bad.error;
}

export async function createActions(
  deps: { actions: IActionRepository; actionWriter: BatchWriter<IActionItem, ActionDraft> },
  meeting: IMeeting,
  projects: IProject[],
  actions: IMinutesAction[],
  log: IPublishLog
): Promise<IActionItem[] | undefined> {
  const missing = actions.filter((a) => !log.actionItems[a.id]);
  if (!missing.length) return undefined;
  // Written before its log entry? Then the item exists: find it by meeting and title instead of adding another.
  const existing = await deps.actions.listByMeeting(meeting.id);
  const toCreate: IMinutesAction[] = [];
  for (const a of missing) {
    const found = existing.filter((x) => same(x.title, a.title) && Object.keys(log.actionItems).every((k) => log.actionItems[k] !== x.id))[0];
    if (found) log.actionItems[a.id] = found.id;
    else toCreate.push(a);
  }
  const drafts: ActionDraft[] = toCreate.map((a) => ({ title: a.title, projectId: projectOf(a.projectId, projects).id, meetingId: meeting.id, ownerId: a.ownerId, dueDate: a.dueDate, status: 'Open' }));
  const results = await deps.actionWriter.createMany(drafts);
  const made: IActionItem[] = [];
  results.forEach((r, i) => {
    if (!r.ok) return;
    log.actionItems[toCreate[i].id] = (r.value as IActionItem).id;
    made.push(r.value as IActionItem);
  });
  firstFailure(results);
  // Every item of the meeting with its ETag: the tasks step patches them without reading them again.
  return existing.concat(made);
}

/**
 * Creates the missing tasks, each in its project's plan; returns 'noPlan' when no project has a plan
 * (the actions stay in PMO Actions, as do those of a project without one).
 */
export async function createTasks(
  deps: { outlook: IOutlookService; actions: IActionRepository; actionWriter: BatchWriter<IActionItem, ActionDraft> },
  meeting: IMeeting,
  projects: IProject[],
  actions: IMinutesAction[],
  log: IPublishLog,
  /** Where each task's details link to (the minutes in PMO Hub), and the link's text. */
  link: { url: string; alias: string },
  /** The meeting's PMO Actions items as the actions step of this run left them, when it ran. */
  items?: IActionItem[]
): Promise<'done' | 'noPlan'> {
  const planned = projects.filter((p) => p.planId);
  if (!planned.length) return 'noPlan';
  for (const p of planned) {
    const own = actions.filter((a) => projectOf(a.projectId, projects).id === p.id);
    const missing = own.filter((a) => !log.plannerTasks[a.id]);
    if (missing.length) await addTasks(deps, meeting, p.planId!, own, missing, log, items);
  }
  await linkTasks(deps.outlook, actions, log, link);
  return 'done';
}

/** Each task's details link back to the minutes (once: the log remembers, the details are checked too). */
async function linkTasks(outlook: IOutlookService, actions: IMinutesAction[], log: IPublishLog, link: { url: string; alias: string }): Promise<void> {
  const done = log.linkedTasks || [];
  const todo = actions.filter((a) => log.plannerTasks[a.id] && done.indexOf(a.id) < 0);
  if (!todo.length || !link.url) return;
  const results = await outlook.linkTasks(todo.map((a) => log.plannerTasks[a.id]), link.url, link.alias);
  let failure: AppError | undefined;
  for (const a of todo) {
    const r = results[log.plannerTasks[a.id]];
    if (r && !r.error) done.push(a.id);
    else failure = failure || r?.error;
  }
  log.linkedTasks = done;
  if (failure) throw failure;
}

async function addTasks(
  deps: { outlook: IOutlookService; actions: IActionRepository; actionWriter: BatchWriter<IActionItem, ActionDraft> },
  meeting: IMeeting,
  planId: string,
  actions: IMinutesAction[],
  missing: IMinutesAction[],
  log: IPublishLog,
  read?: IActionItem[]
): Promise<void> {
  const bucketId = await deps.outlook.ensureBucket(planId, ACTIONS_BUCKET);
  const inBucket = await deps.outlook.tasksInBucket(bucketId);
  const known = Object.keys(log.plannerTasks).map((k) => log.plannerTasks[k]);
  const toCreate = missing.filter((a) => {
    const found = inBucket.filter((t) => same(t.title, a.title) && known.indexOf(t.id) < 0)[0];
    if (found) log.plannerTasks[a.id] = found.id;
    return !found;
  });
  const created = await deps.outlook.createTasks(
    toCreate.map((a) => ({ key: a.id, planId, bucketId, title: a.title, dueDate: a.dueDate, assigneeEmail: a.ownerEmail }))
  );
  let failure: AppError | undefined;
  for (const a of toCreate) {
    const r = created[a.id];
    if (r && r.id) log.plannerTasks[a.id] = r.id;
    else failure = failure || r?.error;
    if (r && r.id && r.unassigned) log.unassignedTasks = { ...(log.unassignedTasks || {}), [a.id]: r.unassigned };
  }
  // The PMO Actions items point at their tasks (one SharePoint $batch).
  const items = read || (await deps.actions.listByMeeting(meeting.id));
  const patches = actions
    .filter((a) => log.plannerTasks[a.id] && log.actionItems[a.id])
    .map((a) => ({ item: items.filter((x) => x.id === log.actionItems[a.id])[0], taskId: log.plannerTasks[a.id] }))
    .filter((p) => p.item && p.item.plannerTaskId !== p.taskId)
    .map((p) => ({ id: p.item.id, etag: p.item.etag, columns: { PlannerTaskId: p.taskId } }));
  firstFailure(await deps.actionWriter.patchMany(patches));
  if (failure) throw failure;
}

export async function createRaidItems(
  deps: { raid: IRaidRepository; raidWriter: BatchWriter<IRaidItem, RaidDraft> },
  meeting: IMeeting,
  projects: IProject[],
  log: IPublishLog
): Promise<void> {
  const m = meeting.minutesData;
  const wanted: { key: string; draft: RaidDraft }[] = [
    ...m.decisions.map((d) => ({
      key: d.id,
      draft: { title: d.title, projectId: projectOf(d.projectId, projects).id, kind: 'Decision' as const, description: d.detail, ownerId: d.ownerId, status: 'Closed' as const, mitigation: '', raisedInMeetingId: meeting.id } as RaidDraft
    })),
    ...m.risks.map((r) => ({
      key: r.id,
      draft: {
        title: r.title,
        projectId: projectOf(r.projectId, projects).id,
        kind: r.kind,
        description: r.description,
        probability: r.kind === 'Risk' ? r.probability : undefined,
        impact: r.impact,
        status: 'Open' as const,
        mitigation: '',
        raisedInMeetingId: meeting.id
      }
    }))
  ].filter((w) => !log.raidItems[w.key]);
  if (!wanted.length) return;
  const known = Object.keys(log.raidItems).map((k) => log.raidItems[k]);
  const involved = wanted.map((w) => w.draft.projectId).filter((id, i, all) => all.indexOf(id) === i);
  const lists = await Promise.all(involved.map((id) => deps.raid.listByProject(id)));
  const existing = lists.reduce((all, l) => all.concat(l), [] as IRaidItem[]).filter((x) => x.raisedInMeetingId === meeting.id && known.indexOf(x.id) < 0);
  const toCreate = wanted.filter((w) => {
    const found = existing.filter((x) => x.kind === w.draft.kind && x.projectId === w.draft.projectId && same(x.title, w.draft.title))[0];
    if (found) {
      log.raidItems[w.key] = found.id;
      existing.splice(existing.indexOf(found), 1);
    }
    return !found;
  });
  const results = await deps.raidWriter.createMany(toCreate.map((w) => w.draft));
  results.forEach((r, i) => {
    if (r.ok) log.raidItems[toCreate[i].key] = (r.value as IRaidItem).id;
  });
  firstFailure(results);
}
