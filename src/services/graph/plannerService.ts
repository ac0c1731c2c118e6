/** Planner tasks: of one plan (the workspace) or of every plan in the portfolio at once (JSON $batch). */
import type { PlannerBucket, PlannerTask } from '@microsoft/microsoft-graph-types';
import type { IPlannerBucket, IPlannerTask } from '../../model/types';
import type { IGraphLike } from '../clients';
import { toAppError } from '../errors';
import { guard, type Settled } from '../guard';
import type { IPlannerService } from '../types';
import { batchGetAll, batchGetSettled, type IBatchGetOptions } from './jsonBatch';
import { taskFromGraph } from './mappers';
import { getAllPages, seg } from './paging';

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
