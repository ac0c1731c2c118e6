/** Planner tasks: of one plan (the workspace) or of every plan in the portfolio at once (JSON $batch). */
import type { PlannerBucket, PlannerTask } from '@microsoft/microsoft-graph-types';
import type { IPlannerBucket, IPlannerTask } from '../../model/types';
import type { IGraphLike } from '../clients';
import { plannerDay, type IPlannerTaskState, type TaskRead } from '../../model/meetings/actionSync';
import { toAppError, type AppError } from '../errors';
import { guard, type Settled } from '../guard';
import type { IPlannerService, IPlannerTaskSync, ITaskPatch, ITaskPatchResult } from '../types';
import { batchError, batchSend } from './batchSend';
import { batchGetAll, batchGetSettled, type IBatchGetOptions } from './jsonBatch';
import { taskFromGraph } from './mappers';
import { getAllPages, seg } from './paging';
import { withPermission } from './permissions';

const tasksPath = (planId: string): string => `/planner/plans/${seg(planId)}/tasks`;
/** What the portfolio's rollup reads of a task: a third of the full resource's bytes. */
const ROLLUP_SELECT = '$select=id,planId,bucketId,title,percentComplete,startDateTime,dueDateTime,completedDateTime,createdDateTime';

export class PlannerService implements IPlannerService {
  constructor(
    private readonly graph: IGraphLike,
    /** Batch sizes and retry limits (tests shorten them). */
    private readonly batchOptions: IBatchGetOptions = {}
  ) {}

  public tasks(planId: string): Promise<IPlannerTask[]> {
    return guard(`Reading the tasks of plan ${planId}`, async () => {
      const rows = await getAllPages<PlannerTask>(this.graph, tasksPath(planId));
      return rows.map(taskFromGraph);
    });
  }

  public tasksOfPlans(planIds: string[]): Promise<Map<string, IPlannerTask[]>> {
    return guard(`Reading the tasks of ${planIds.length} plans`, async () => {
      const unique = planIds.filter((id, i) => id && planIds.indexOf(id) === i);
      const rows = await batchGetAll<PlannerTask>(
        this.graph,
        unique.map((id) => ({ key: id, url: tasksPath(id) })),
        this.batchOptions
      );
      const out = new Map<string, IPlannerTask[]>();
      for (const id of unique) out.set(id, rows[id].map(taskFromGraph));
      return out;
    });
  }

  public tasksOfPlansSettled(planIds: string[]): Promise<Map<string, Settled<IPlannerTask[]>>> {
    return guard(`Reading the tasks of ${planIds.length} plans`, async () => {
      const unique = planIds.filter((id, i) => id && planIds.indexOf(id) === i);
      const settled = await batchGetSettled<PlannerTask>(
        this.graph,
        unique.map((id) => ({ key: id, url: `${tasksPath(id)}?${ROLLUP_SELECT}` })),
        this.batchOptions
      );
      const out = new Map<string, Settled<IPlannerTask[]>>();
      for (const id of unique) {
        const o = settled[id];
        out.set(id, o.ok ? { ok: true, value: o.value.map(taskFromGraph) } : { ok: false, error: toAppError(o.error, `Reading the tasks of plan ${id}`) });
      }
      return out;
    });
  }

  public buckets(planId: string): Promise<IPlannerBucket[]> {
    return guard(`Reading the buckets of plan ${planId}`, async () => {
      const rows = await getAllPages<PlannerBucket>(this.graph, `/planner/plans/${seg(planId)}/buckets`);
      return rows.map((b) => ({ id: b.id || '', name: b.name || '', orderHint: b.orderHint || '' }));
    });
  }
}

/** What the sync reads of a task: the fields it compares, and the etag a later PATCH needs. */
const SYNC_SELECT = '$select=id,percentComplete,dueDateTime,assignments';

function taskState(body: Record<string, unknown>): IPlannerTaskState {
  return {
    id: String(body.id),
    etag: String(body['@odata.etag'] || ''),
    percentComplete: Number(body.percentComplete) || 0,
    due: plannerDay(body.dueDateTime as string | null),
    assigneeIds: Object.keys((body.assignments as object) || {}).filter((k) => k.indexOf('@odata.') !== 0)
  };
}

/**
 * The Planner side of keeping PMO Actions in step (services/meetings/actionSync.ts): tasks read and
 * updated through JSON $batch, 20 a request, so 50 linked actions take 3 requests, not 50.
 */
export class PlannerTaskSync implements IPlannerTaskSync {
  constructor(private readonly graph: IGraphLike) {}

  public readTasks(ids: string[]): Promise<Record<string, TaskRead | AppError>> {
    return guard(`Reading ${ids.length} Planner tasks`, async () => {
      const unique = ids.filter((id, i) => id && ids.indexOf(id) === i);
      const res = await batchSend(this.graph, unique.map((id) => ({ key: id, method: 'GET' as const, url: `/planner/tasks/${seg(id)}?${SYNC_SELECT}` })));
      const out: Record<string, TaskRead | AppError> = {};
      for (const id of unique) {
        const r = res[id];
        if (r && r.status === 200) out[id] = taskState(r.body || {});
        // A task deleted in Planner answers 404 (learn.microsoft.com/graph/api/plannertask-get).
        else if (r && r.status === 404) out[id] = 'deleted';
        else out[id] = toAppError(withPermission(batchError('Reading the Planner task', r || { status: 0, headers: {} }), 'GET', '/planner/tasks'), 'Planner');
      }
      return out;
    });
  }

  public updateTasks(changes: ITaskPatch[]): Promise<Record<string, ITaskPatchResult>> {
    return guard(`Updating ${changes.length} Planner tasks`, async () => {
      // Planner requires the task's etag in If-Match (412 when it moved on); return=representation gives the new etag in the same round trip.
      const res = await batchSend(
        this.graph,
        changes.map((c) => ({ key: c.id, method: 'PATCH' as const, url: `/planner/tasks/${seg(c.id)}`, headers: { 'If-Match': c.etag, Prefer: 'return=representation' }, body: c.body }))
      );
      const out: Record<string, ITaskPatchResult> = {};
      for (const c of changes) {
        const r = res[c.id];
        if (r && (r.status === 200 || r.status === 204)) out[c.id] = { etag: String((r.body && r.body['@odata.etag']) || '') };
        else if (r && r.status === 412) out[c.id] = 'conflict';
        else if (r && r.status === 404) out[c.id] = 'deleted';
        else out[c.id] = toAppError(withPermission(batchError('Updating the Planner task', r || { status: 0, headers: {} }), 'PATCH', '/planner/tasks'), 'Planner');
      }
      return out;
    });
  }

  public userIds(mails: string[]): Promise<Record<string, string>> {
    return guard('Looking up the owners in the directory', async () => {
      const unique = mails.map((m) => m.toLowerCase()).filter((m, i, all) => m && all.indexOf(m) === i);
      const res = await batchSend(this.graph, unique.map((m) => ({ key: m, method: 'GET' as const, url: `/users/${seg(m)}?$select=id` })));
      const out: Record<string, string> = {};
      for (const m of unique) if (res[m] && res[m].status === 200) out[m] = String(res[m].body!.id);
      return out;
    });
  }

  public mails(userIds: string[]): Promise<Record<string, string>> {
    return guard('Looking up the assignees in the directory', async () => {
      const unique = userIds.filter((m, i, all) => m && all.indexOf(m) === i);
      const res = await batchSend(this.graph, unique.map((id) => ({ key: id, method: 'GET' as const, url: `/users/${seg(id)}?$select=mail,userPrincipalName` })));
      const out: Record<string, string> = {};
      for (const id of unique) {
        const b = res[id] && res[id].status === 200 ? res[id].body! : undefined;
        if (b && (b.mail || b.userPrincipalName)) out[id] = String(b.mail || b.userPrincipalName).toLowerCase();
      }
      return out;
    });
  }
}
