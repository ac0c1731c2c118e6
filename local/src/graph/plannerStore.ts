/** Planner plans, buckets, tasks and task details, with one growing version per write for etags. */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { nextVersion } from './tables.ts';
import { plannerEtag, plannerId } from './ids.ts';

export interface PlanRow { id: string; groupId: string; title: string; createdBy: string | null; createdDateTime: string; version: number }
export interface BucketRow { id: string; planId: string; name: string; orderHint: string; version: number }
export interface TaskRow {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  completedDateTime: string | null;
  completedBy: string | null;
  createdDateTime: string;
  createdBy: string | null;
  conversationThreadId: string | null;
  appliedCategories: string;
  assignments: string;
  version: number;
}
export interface DetailsRow { taskId: string; description: string; previewType: string; checklist: string; refs: string; version: number }

/** Planner writes timestamps with 7 fractional digits. */
export const plannerNow = () => new Date().toISOString().replace(/Z$/, '0000Z');
const orderHint = (v: number) => `85${String(1e15 - v)}`;

export function insertPlan(db: Db, groupId: string, title: string, createdBy: string | null): PlanRow {
  return transaction(db, () => {
    const id = plannerId();
    db.prepare('INSERT INTO graph_plans (id, groupId, title, createdBy, createdDateTime, version) VALUES (?, ?, ?, ?, ?, ?)').run(id, groupId, title, createdBy, plannerNow(), nextVersion(db));
    return getPlan(db, id)!;
  });
}

export function insertBucket(db: Db, planId: string, name: string): BucketRow {
  return transaction(db, () => {
    const id = plannerId();
    const v = nextVersion(db);
    db.prepare('INSERT INTO graph_buckets (id, planId, name, orderHint, version) VALUES (?, ?, ?, ?, ?)').run(id, planId, name, orderHint(v), v);
    return db.prepare('SELECT * FROM graph_buckets WHERE id = ?').get(id) as unknown as BucketRow;
  });
}

export type NewTask = Partial<Omit<TaskRow, 'id' | 'version'>> & { planId: string; title: string };

export function insertTask(db: Db, t: NewTask, details: Partial<DetailsRow> = {}): TaskRow {
  return transaction(db, () => {
    const id = plannerId();
    const v = nextVersion(db);
    const now = plannerNow();
    db.prepare(`INSERT INTO graph_tasks (id, planId, bucketId, title, orderHint, assigneePriority, percentComplete, priority, startDateTime, dueDateTime,
      completedDateTime, completedBy, createdDateTime, createdBy, conversationThreadId, appliedCategories, assignments, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, t.planId, t.bucketId ?? null, t.title, t.orderHint ?? orderHint(v), t.assigneePriority ?? '', t.percentComplete ?? 0, t.priority ?? 5,
      t.startDateTime ?? null, t.dueDateTime ?? null, (t.percentComplete ?? 0) === 100 ? (t.completedDateTime ?? now) : null,
      (t.percentComplete ?? 0) === 100 ? (t.completedBy ?? t.createdBy ?? null) : null, t.createdDateTime ?? now, t.createdBy ?? null, t.conversationThreadId ?? null,
      t.appliedCategories ?? '{}', t.assignments ?? '{}', v
    );
    db.prepare('INSERT INTO graph_task_details (taskId, description, previewType, checklist, refs, version) VALUES (?, ?, ?, ?, ?, ?)').run(
      id, details.description ?? '', details.previewType ?? 'automatic', details.checklist ?? '{}', details.refs ?? '{}', nextVersion(db)
    );
    return getTask(db, id)!;
  });
}

export const getPlan = (db: Db, id: string) => db.prepare('SELECT * FROM graph_plans WHERE id = ?').get(id) as PlanRow | undefined;
export const getBucket = (db: Db, id: string) => db.prepare('SELECT * FROM graph_buckets WHERE id = ?').get(id) as BucketRow | undefined;
export const getTask = (db: Db, id: string) => db.prepare('SELECT * FROM graph_tasks WHERE id = ?').get(id) as TaskRow | undefined;
export const getDetails = (db: Db, id: string) => db.prepare('SELECT * FROM graph_task_details WHERE taskId = ?').get(id) as DetailsRow | undefined;
export const plansOfGroup = (db: Db, groupId: string) => db.prepare('SELECT * FROM graph_plans WHERE groupId = ? ORDER BY seq').all(groupId) as unknown as PlanRow[];
export const bucketsOf = (db: Db, planId: string) => db.prepare('SELECT * FROM graph_buckets WHERE planId = ? ORDER BY seq').all(planId) as unknown as BucketRow[];
export const tasksOfPlan = (db: Db, planId: string) => db.prepare('SELECT * FROM graph_tasks WHERE planId = ? ORDER BY seq').all(planId) as unknown as TaskRow[];
export const tasksOfBucket = (db: Db, bucketId: string) => db.prepare('SELECT * FROM graph_tasks WHERE bucketId = ? ORDER BY seq').all(bucketId) as unknown as TaskRow[];
export const allTasks = (db: Db) => db.prepare('SELECT * FROM graph_tasks ORDER BY seq').all() as unknown as TaskRow[];

/** Writes changed columns and gives the row a new version (a new etag). */
export function updateRow(db: Db, table: 'graph_tasks' | 'graph_task_details', key: string, changes: Record<string, string | number | null>): void {
  transaction(db, () => {
    const cols = Object.keys(changes);
    const sets = [...cols.map((c) => `${c} = ?`), 'version = ?'].join(', ');
    db.prepare(`UPDATE ${table} SET ${sets} WHERE ${table === 'graph_tasks' ? 'id' : 'taskId'} = ?`).run(...cols.map((c) => changes[c]), nextVersion(db), key);
  });
}

const user = (id: string | null) => (id ? { user: { displayName: null, id } } : null);

export function planResource(p: PlanRow): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag('Plan', p.version),
    createdDateTime: p.createdDateTime,
    owner: p.groupId,
    title: p.title,
    id: p.id,
    createdBy: user(p.createdBy),
    container: { containerId: p.groupId, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${p.groupId}` }
  };
}

export function bucketResource(b: BucketRow): Record<string, unknown> {
  return { '@odata.etag': plannerEtag('Bucket', b.version), name: b.name, planId: b.planId, orderHint: b.orderHint, id: b.id };
}

export function detailsCounts(d: DetailsRow | undefined) {
  const checklist = Object.values(JSON.parse(d?.checklist ?? '{}') as Record<string, { isChecked: boolean }>);
  return {
    hasDescription: Boolean(d?.description),
    referenceCount: Object.keys(JSON.parse(d?.refs ?? '{}') as object).length,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((c) => !c.isChecked).length
  };
}

export function taskResource(db: Db, t: TaskRow): Record<string, unknown> {
  const counts = detailsCounts(getDetails(db, t.id));
  return {
    '@odata.etag': plannerEtag('Task', t.version),
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: t.assigneePriority,
    percentComplete: t.percentComplete,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: counts.hasDescription,
    previewType: getDetails(db, t.id)?.previewType ?? 'automatic',
    completedDateTime: t.completedDateTime,
    completedBy: user(t.completedBy),
    referenceCount: counts.referenceCount,
    checklistItemCount: counts.checklistItemCount,
    activeChecklistItemCount: counts.activeChecklistItemCount,
    conversationThreadId: t.conversationThreadId,
    priority: t.priority,
    id: t.id,
    createdBy: user(t.createdBy),
    appliedCategories: JSON.parse(t.appliedCategories),
    assignments: JSON.parse(t.assignments)
  };
}

export function detailsResource(d: DetailsRow): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag('TaskDetails', d.version),
    description: d.description,
    previewType: d.previewType,
    id: d.taskId,
    references: JSON.parse(d.refs),
    checklist: JSON.parse(d.checklist)
  };
}
