/**
 * PMO Actions kept in step with the Planner tasks made from them (rules: model/meetings/actionSync.ts,
 * docs/rules.md "Actions and Planner"). One sync: the linked tasks read in JSON $batch requests of 20,
 * PMO Hub's changes PATCHed into Planner with each task's etag (one $batch per 20), owners and
 * assignees resolved only where they changed, and one SharePoint $batch for the actions that changed.
 * A task whose etag moved on meanwhile (412) is read again and compared again once; what still
 * conflicts is stored as a conflict and shown, never overwritten.
 */
import { reconcile, resolveConflict, type IActionChange, type IActionSide, type IPlannerSync, type IPlannerTaskState, type ISyncOutcome, type TaskRead } from '../../model/meetings/actionSync';
import { ACTION_FIELDS as AC, idColumn } from '../../model/fields';
import type { ActionDraft, IActionItem, IPerson } from '../../model/types';
import { AppError, toAppError } from '../errors';
import { guard } from '../guard';
import type { BatchWriter } from '../sharepoint/batchWrite';
import { toSpDate } from '../sharepoint/values';
import type { IActionSyncResult, IActionSyncService, IPeopleService, IPlannerTaskSync, ITaskPatch } from '../types';

export interface IActionSyncDeps {
  tasks: IPlannerTaskSync;
  writer: BatchWriter<IActionItem, ActionDraft>;
  people: Pick<IPeopleService, 'ensure'>;
}

interface IWork {
  action: IActionItem;
  task: TaskRead;
  outcome: ISyncOutcome;
  /** The person the action gets as owner (Planner's assignee), once resolved. */
  owner?: IPerson | null;
}

const sideOf = (a: IActionItem): IActionSide => ({ status: a.status, dueDate: a.dueDate, ownerEmail: a.owner && a.owner.email });
const isAppError = (v: unknown): v is AppError => v instanceof AppError;

export class ActionSyncService implements IActionSyncService {
  constructor(private readonly deps: IActionSyncDeps) {}

  public sync(actions: IActionItem[]): Promise<IActionSyncResult> {
    return guard(`Bringing ${actions.length} actions in step with Planner`, async () => {
      const linked = actions.filter((a) => a.plannerTaskId);
      const reads = linked.length ? await this.deps.tasks.readTasks(linked.map((a) => a.plannerTaskId!)) : {};
      const errors: AppError[] = [];
      const work: IWork[] = [];
      for (const a of linked) {
        const r = reads[a.plannerTaskId!];
        if (!r || isAppError(r)) errors.push(r || new AppError('unknown', `The task of ${a.title} was not answered`));
        else work.push({ action: a, task: r, outcome: reconcile(sideOf(a), a.plannerSync, r) });
      }
      return this.finish(actions, work, linked.length, errors);
    });
  }

  public resolve(action: IActionItem, keep: 'pmo' | 'planner'): Promise<IActionSyncResult> {
    return guard(`Settling the Planner conflict of ${action.title}`, async () => {
      const r = (await this.deps.tasks.readTasks([action.plannerTaskId || '']))[action.plannerTaskId || ''];
      if (!r || isAppError(r)) throw r || new AppError('unknown', 'The task was not answered');
      const outcome = r === 'deleted' ? reconcile(sideOf(action), action.plannerSync, r) : resolveConflict(sideOf(action), action.plannerSync || {}, r, keep);
      return this.finish([action], [{ action, task: r, outcome }], 1, []);
    });
  }

  private async finish(all: IActionItem[], work: IWork[], tasksRead: number, errors: AppError[]): Promise<IActionSyncResult> {
    const taskWrites = await this.push(work, errors);
    await this.resolveOwners(work, errors);
    const written = await this.write(work, errors);
    const byId = new Map(written.map((a) => [a.id, a]));
    return { actions: all.map((a) => byId.get(a.id) || a), counts: { tasksRead, actionWrites: written.length, taskWrites }, errors };
  }

  /** PMO Hub's changes into Planner; a 412 reads the task again and compares once more. Returns the PATCHes sent. */
  private async push(work: IWork[], errors: AppError[]): Promise<number> {
    let sent = 0;
    for (let round = 0; round < 2; round++) {
      const todo = work.filter((w) => w.outcome.toTask && w.task !== 'deleted');
      if (!todo.length) break;
      const mails = todo.map((w) => w.outcome.toTask!.ownerEmail).filter((m): m is string => !!m);
      const ids = mails.length ? await this.deps.tasks.userIds(mails) : {};
      const patches: ITaskPatch[] = [];
      for (const w of todo) {
        const body = taskBody(w, ids);
        if (body) patches.push({ id: (w.task as IPlannerTaskState).id, etag: (w.task as IPlannerTaskState).etag, body });
        else {
          errors.push(new AppError('notFound', `No directory account for ${w.outcome.toTask!.ownerEmail}: the task of ${w.action.title} keeps its assignee`));
          w.outcome = { ...w.outcome, toTask: undefined };
        }
      }
      sent += patches.length;
      const res = await this.deps.tasks.updateTasks(patches);
      const stale: IWork[] = [];
      for (const w of todo.filter((x) => x.outcome.toTask)) {
        const r = res[(w.task as IPlannerTaskState).id];
        if (r && typeof r === 'object' && 'etag' in r) {
          w.outcome.sync.base = { ...w.outcome.sync.base!, etag: r.etag || w.outcome.sync.base!.etag };
          w.outcome = { ...w.outcome, toTask: undefined };
        } else if (r === 'conflict' && round === 0) stale.push(w);
        else {
          if (isAppError(r)) errors.push(r);
          // Still refused after a fresh read, or gone: the action shows the conflict (or the deletion) instead.
          w.outcome = r === 'deleted' ? reconcile(sideOf(w.action), w.action.plannerSync, 'deleted') : asConflict(w);
        }
      }
      if (!stale.length) break;
      const again = await this.deps.tasks.readTasks(stale.map((w) => (w.task as IPlannerTaskState).id));
      for (const w of stale) {
        const r = again[(w.task as IPlannerTaskState).id];
        if (!r || isAppError(r)) {
          errors.push(r || new AppError('unknown', 'The task was not answered'));
          w.outcome = asConflict(w);
        } else {
          w.task = r;
          w.outcome = reconcile(sideOf(w.action), w.action.plannerSync, r);
        }
      }
    }
    return sent;
  }

  /** Planner's new assignee becomes the owner: Graph id → mail → site user (only for the actions reassigned in Planner). */
  private async resolveOwners(work: IWork[], errors: AppError[]): Promise<void> {
    const pulls = work.filter((w) => w.outcome.toAction.assigneeId !== undefined);
    if (!pulls.length) return;
    const ids = pulls.map((w) => w.outcome.toAction.assigneeId!).filter(Boolean);
    const mails = ids.length ? await this.deps.tasks.mails(ids) : {};
    for (const w of pulls) {
      const id = w.outcome.toAction.assigneeId!;
      if (!id) {
        w.owner = null;
        continue;
      }
      const mail = mails[id];
      if (!mail) {
        errors.push(new AppError('forbidden', `The Planner assignee of ${w.action.title} could not be looked up in the directory`, { permission: 'User.ReadBasic.All' }));
        continue;
      }
      try {
        w.owner = await this.deps.people.ensure(mail);
        w.outcome.sync.base = { ...w.outcome.sync.base!, owner: mail };
      } catch (e) {
        errors.push(toAppError(e, `Making ${mail} the owner of ${w.action.title}`));
      }
    }
  }

  /** One SharePoint $batch for the actions whose values or stored sync changed. */
  private async write(work: IWork[], errors: AppError[]): Promise<IActionItem[]> {
    const changed = work.filter((w) => w.outcome.write || w.owner !== undefined);
    const results = await this.deps.writer.patchMany(changed.map((w) => ({ id: w.action.id, etag: w.action.etag, columns: columnsOf(w.outcome.toAction, w.owner, w.outcome.sync) })));
    const out: IActionItem[] = [];
    results.forEach((r, i) => {
      const w = changed[i];
      if (!r.ok) {
        errors.push(toAppError(r.error, `Saving ${w.action.title} from Planner`));
        return;
      }
      const etag = String((r.value && (r.value as { etag?: string }).etag) || w.action.etag);
      out.push(applied(w, etag));
    });
    return out;
  }
}

function asConflict(w: IWork): ISyncOutcome {
  const t = w.task as IPlannerTaskState;
  const fields = (['status', 'due', 'owner'] as const).filter((f) => {
    const c = w.outcome.toTask || {};
    return (f === 'status' && c.percentComplete !== undefined) || (f === 'due' && c.dueDateTime !== undefined) || (f === 'owner' && c.ownerEmail !== undefined);
  });
  const sync: IPlannerSync = { ...(w.action.plannerSync || {}), state: 'conflict', conflict: { fields: fields.slice(), theirs: { progress: t.percentComplete >= 100 ? 'done' : t.percentComplete > 0 ? 'progress' : 'open', due: t.due, assigneeIds: t.assigneeIds } } };
  return { toAction: {}, sync, write: true };
}

function taskBody(w: IWork, ids: Record<string, string>): Record<string, unknown> | undefined {
  const c = w.outcome.toTask!;
  const t = w.task as IPlannerTaskState;
  const body: Record<string, unknown> = {};
  if (c.percentComplete !== undefined) body.percentComplete = c.percentComplete;
  if (c.dueDateTime !== undefined) body.dueDateTime = c.dueDateTime;
  if (c.ownerEmail !== undefined) {
    const id = c.ownerEmail ? ids[c.ownerEmail.toLowerCase()] : '';
    if (c.ownerEmail && !id) return undefined;
    // assignments is an open type: null removes an assignee (learn.microsoft.com/graph/api/resources/plannerassignments).
    const assignments: Record<string, unknown> = {};
    for (const old of t.assigneeIds) if (old !== id) assignments[old] = null;
    if (id) assignments[id] = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
    body.assignments = assignments;
  }
  return body;
}

function columnsOf(change: IActionChange, owner: IPerson | null | undefined, sync: IPlannerSync): Record<string, unknown> {
  const cols: Record<string, unknown> = { [AC.plannerSync]: JSON.stringify(sync) };
  if (change.status) cols[AC.status] = change.status;
  if (change.dueDate !== undefined) cols[AC.dueDate] = toSpDate(change.dueDate || undefined);
  if (owner !== undefined) cols[idColumn(AC.owner)] = owner ? owner.id : null;
  return cols;
}

function applied(w: IWork, etag: string): IActionItem {
  const c = w.outcome.toAction;
  return {
    ...w.action,
    etag,
    status: c.status || w.action.status,
    dueDate: c.dueDate === undefined ? w.action.dueDate : c.dueDate || undefined,
    owner: w.owner === undefined ? w.action.owner : w.owner || undefined,
    plannerSync: w.outcome.sync
  };
}

