/** Validation of Planner task and details writes, with Planner's rules (open types need @odata.type, start ≤ due). */
import type { Db } from '../store.ts';
import type { LocalResponse } from '../http.ts';
import { graphError } from '../http.ts';
import { findPerson } from '../directory.ts';
import { parseDateTime, formatUtc } from './time.ts';
import { getBucket, plannerNow, type DetailsRow, type TaskRow } from './plannerStore.ts';

/** Planner's errors often carry an empty code. */
export const plannerError = (status: number, message: string) => graphError(status, '', message);

const WRITABLE_TASK = new Set(['planId', 'bucketId', 'title', 'orderHint', 'assigneePriority', 'percentComplete', 'priority', 'startDateTime', 'dueDateTime', 'conversationThreadId', 'appliedCategories', 'assignments']);
const READ_ONLY_TASK = new Set(['id', 'createdDateTime', 'createdBy', 'completedDateTime', 'completedBy', 'hasDescription', 'previewType', 'referenceCount', 'checklistItemCount', 'activeChecklistItemCount', 'details', 'assignedToTaskBoardFormat', 'bucketTaskBoardFormat', 'progressTaskBoardFormat']);

function unknownProperty(k: string, type: string): LocalResponse {
  return plannerError(400, `The property '${k}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
}

function dateValue(v: unknown, name: string): string | null | LocalResponse {
  if (v === null) return null;
  const ms = typeof v === 'string' ? parseDateTime(v) : undefined;
  if (ms === undefined) return plannerError(400, `The value of ${name} is not a valid date-time.`);
  return formatUtc(ms);
}

/**
 * Column changes for a task POST (`current` undefined) or PATCH. `actor` is the acting user's id,
 * recorded as assigner and as completedBy.
 */
export function readTaskBody(db: Db, body: Record<string, unknown>, current: TaskRow | undefined, actor: string): Record<string, string | number | null> | LocalResponse {
  const c: Record<string, string | number | null> = {};
  for (const k of Object.keys(body)) {
    if (k.startsWith('@odata.')) continue;
    if (READ_ONLY_TASK.has(k)) return plannerError(400, `The property '${k}' is read-only.`);
    if (!WRITABLE_TASK.has(k)) return unknownProperty(k, 'plannerTask');
  }
  if (current && body.planId !== undefined && body.planId !== current.planId) return plannerError(400, 'The planId of a task cannot be changed.');
  if (!current && (typeof body.title !== 'string' || !body.title.trim())) return plannerError(400, 'The title of the task is required.');
  if (body.title !== undefined) c.title = String(body.title);
  const planId = current?.planId ?? String(body.planId);
  if (body.bucketId !== undefined && body.bucketId !== null) {
    const b = getBucket(db, String(body.bucketId));
    if (!b || b.planId !== planId) return plannerError(400, 'The bucket does not belong to the plan of the task.');
    c.bucketId = b.id;
  }
  for (const k of ['orderHint', 'assigneePriority', 'conversationThreadId'] as const) if (body[k] !== undefined) c[k] = body[k] === null ? null : String(body[k]);
  if (body.percentComplete !== undefined) {
    const p = body.percentComplete;
    if (!Number.isInteger(p) || (p as number) < 0 || (p as number) > 100) return plannerError(400, 'percentComplete must be an integer between 0 and 100.');
    c.percentComplete = p as number;
    const wasDone = current?.percentComplete === 100;
    if (p === 100 && !wasDone) {
      c.completedDateTime = plannerNow();
      c.completedBy = actor;
    }
    if (p !== 100) {
      c.completedDateTime = null;
      c.completedBy = null;
    }
  }
  if (body.priority !== undefined) {
    if (!Number.isInteger(body.priority) || (body.priority as number) < 0 || (body.priority as number) > 10) return plannerError(400, 'priority must be an integer between 0 and 10.');
    c.priority = body.priority as number;
  }
  for (const k of ['startDateTime', 'dueDateTime'] as const) {
    if (body[k] === undefined) continue;
    const v = dateValue(body[k], k);
    if (v !== null && typeof v === 'object') return v;
    c[k] = v;
  }
  const start = c.startDateTime !== undefined ? c.startDateTime : (current?.startDateTime ?? null);
  const due = c.dueDateTime !== undefined ? c.dueDateTime : (current?.dueDateTime ?? null);
  if (start && due && Date.parse(String(start)) > Date.parse(String(due))) return plannerError(400, 'The start date of the task must be before its due date.');
  if (body.appliedCategories !== undefined) {
    const cats = { ...(current ? (JSON.parse(current.appliedCategories) as Record<string, boolean>) : {}) };
    for (const [k, v] of Object.entries((body.appliedCategories ?? {}) as Record<string, unknown>)) {
      if (k.startsWith('@odata.')) continue;
      if (!/^category([1-9]|1\d|2[0-5])$/.test(k) || typeof v !== 'boolean') return plannerError(400, `Invalid applied category '${k}'.`);
      if (v) cats[k] = true;
      else delete cats[k];
    }
    c.appliedCategories = JSON.stringify(cats);
  }
  if (body.assignments !== undefined) {
    const assignments = { ...(current ? (JSON.parse(current.assignments) as Record<string, unknown>) : {}) };
    for (const [userId, v] of Object.entries((body.assignments ?? {}) as Record<string, Record<string, unknown> | null>)) {
      if (userId.startsWith('@odata.')) continue;
      if (v === null) {
        delete assignments[userId];
        continue;
      }
      if (v?.['@odata.type'] !== '#microsoft.graph.plannerAssignment') return plannerError(400, `The assignment for '${userId}' must specify "@odata.type": "#microsoft.graph.plannerAssignment".`);
      if (!findPerson(db, userId)) return plannerError(400, `The user '${userId}' in assignments does not exist.`);
      assignments[userId] = { '@odata.type': '#microsoft.graph.plannerAssignment', assignedDateTime: plannerNow(), orderHint: typeof v.orderHint === 'string' ? v.orderHint : ' !', assignedBy: { user: { displayName: null, id: actor } } };
    }
    c.assignments = JSON.stringify(assignments);
  }
  return c;
}

/**
 * A references key is the URL with %, ., :, @ and # percent-encoded
 * (https://learn.microsoft.com/graph/api/resources/plannerexternalreferences); a raw URL is refused.
 */
function isEncodedReference(key: string): boolean {
  if (/[.:@#]/.test(key) || /%(?![0-9a-f]{2})/i.test(key)) return false;
  try {
    return /^[a-z][a-z0-9+-]*:\/\//i.test(decodeURIComponent(key));
  } catch {
    return false;
  }
}

/** Column changes for a task details PATCH (checklist and references are open types keyed by id/URL). */
export function readDetailsBody(body: Record<string, unknown>, current: DetailsRow, actor: string): Record<string, string | number | null> | LocalResponse {
  const c: Record<string, string | number | null> = {};
  for (const k of Object.keys(body)) {
    if (k.startsWith('@odata.')) continue;
    if (!['description', 'previewType', 'checklist', 'references'].includes(k)) return unknownProperty(k, 'plannerTaskDetails');
  }
  if (body.description !== undefined) c.description = String(body.description ?? '');
  if (body.previewType !== undefined) {
    if (!['automatic', 'noPreview', 'checklist', 'description', 'reference'].includes(String(body.previewType))) return plannerError(400, 'Invalid previewType.');
    c.previewType = String(body.previewType);
  }
  const openType = (key: 'checklist' | 'references', column: 'checklist' | 'refs', type: string) => {
    if (body[key] === undefined) return undefined;
    const map = JSON.parse(current[column]) as Record<string, Record<string, unknown>>;
    for (const [id, v] of Object.entries((body[key] ?? {}) as Record<string, Record<string, unknown> | null>)) {
      if (id.startsWith('@odata.')) continue;
      if (v === null) {
        delete map[id];
        continue;
      }
      if (!map[id] && v['@odata.type'] !== type) return plannerError(400, `The ${key} entry '${id}' must specify "@odata.type": "${type}".`);
      if (key === 'references' && !isEncodedReference(id)) return plannerError(400, `The reference '${id}' is not an encoded URL: %, ., :, @ and # must be percent-encoded.`);
      const rest = Object.fromEntries(Object.entries(v).filter(([k]) => k !== '@odata.type'));
      map[id] = { ...(map[id] ?? {}), ...rest, lastModifiedDateTime: plannerNow(), lastModifiedBy: { user: { displayName: null, id: actor } } };
      if (key === 'checklist') map[id].isChecked = Boolean(map[id].isChecked);
    }
    c[column] = JSON.stringify(map);
    return undefined;
  };
  return openType('checklist', 'checklist', '#microsoft.graph.plannerChecklistItem') ?? openType('references', 'refs', '#microsoft.graph.plannerExternalReference') ?? c;
}
