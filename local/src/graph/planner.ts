/**
 * Planner: plans of a group, buckets, tasks (paged) and task details. Writes need the resource's
 * current etag in If-Match; a PATCH answers 204 unless Prefer: return=representation. Only members of
 * the plan's group may read or write it, as in Planner.
 */
import type { LocalRequest, LocalResponse } from '../http.ts';
import { findPerson } from '../directory.ts';
import { applySelect, collection, context, gjson, header, isResponse, noContent, page, parseJsonBody } from './protocol.ts';
import { route, USER, type RouteFactory } from './router.ts';
import { getGroup, groupMemberIds } from './groupsStore.ts';
import { groupNotFound } from './groups.ts';
import { plannerEtag } from './ids.ts';
import {
  allTasks, bucketResource, bucketsOf, detailsResource, getBucket, getDetails, getPlan, getTask, insertBucket, insertTask, planResource,
  plansOfGroup, taskResource, tasksOfBucket, tasksOfPlan, updateRow, type TaskRow
} from './plannerStore.ts';
import { plannerError, readDetailsBody, readTaskBody } from './plannerInput.ts';
import { transaction } from '../store.ts';

const PLANNER_PAGE = { defaultTop: 100, maxTop: 100, style: '$skiptoken' as const };
const noAccess = () => plannerError(403, 'You do not have the required permissions to access this item, or the item may not exist.');
const missing = () => plannerError(404, 'The requested item is not found.');

/**
 * Planner's precondition: "All Planner API POST, PATCH, and DELETE requests require the If-Match header
 * … The 412 status code can also be returned if the etag value specified in the request no longer
 * matches a version of the resource" (learn.microsoft.com/graph/api/resources/planner-overview,
 * "Common Planner error conditions"). A missing header is a 412 too, code "" and this message, as
 * pnp/pnpjs#1033 ("[412] Precondition Failed … The If-Match header must be specified for this kind of
 * request.") and #841 observed; a malformed one is 400 (microsoft-graph-docs#4617). Creating a task
 * (POST planner/tasks) takes no If-Match: there is no resource to match yet.
 */
function ifMatch(req: LocalRequest, etag: string): LocalResponse | undefined {
  const v = header(req, 'if-match')?.trim();
  if (!v) return plannerError(412, 'The If-Match header must be specified for this kind of request.');
  if (!/^(W\/)?"[^"]+"$/.test(v)) return plannerError(400, 'The If-Match header contains an invalid value.');
  if (v.replace(/^W\//, '') !== etag.replace(/^W\//, '')) return plannerError(412, 'The item has been changed since the etag in If-Match was read (precondition failed).');
  return undefined;
}

// "If successful, this method returns 204 No Content … If the request specifies Prefer header with
// return=representation preference, then this method returns a 200 OK response code and an updated
// plannerTask object" (learn.microsoft.com/graph/api/plannertask-update; microsoft-graph-docs#5794).
const wantsRepresentation = (req: LocalRequest) => /return\s*=\s*representation/i.test(header(req, 'prefer') ?? '');

export const plannerRoutes: RouteFactory = (ctx) => {
  const db = ctx.db;
  const actorId = (req: LocalRequest) => findPerson(db, req.user)?.id ?? '';
  const member = (req: LocalRequest, groupId: string) => groupMemberIds(db, groupId, 'member').includes(actorId(req));
  /** The plan if it exists and the caller may see it, else the error to answer. */
  const plan = (req: LocalRequest, id: string) => {
    const p = getPlan(db, id);
    if (!p) return missing();
    return member(req, p.groupId) ? p : noAccess();
  };
  const task = (req: LocalRequest, id: string): TaskRow | LocalResponse => {
    const t = getTask(db, id);
    if (!t) return missing();
    const p = plan(req, t.planId);
    return isResponse(p) ? p : t;
  };
  const tasksPage = (req: LocalRequest, rows: TaskRow[], frag: string) => {
    const p = page(req, rows, PLANNER_PAGE);
    if (isResponse(p)) return p;
    return collection(req, frag, { value: p.value.map((t) => applySelect(req, taskResource(db, t))), nextLink: p.nextLink });
  };
  const taskOut = (req: LocalRequest, t: TaskRow, status: number, headers: Record<string, string> = {}) =>
    gjson(status, { '@odata.context': context(req, 'planner/tasks/$entity'), ...taskResource(db, t) }, headers);

  return [
    route('GET', 'groups/([^/]+)/planner/plans', (req, m) => {
      if (!getGroup(db, m[1])) return groupNotFound(m[1]);
      if (!member(req, m[1])) return noAccess();
      return collection(req, `groups('${m[1]}')/planner/plans`, { value: plansOfGroup(db, m[1]).map((p) => applySelect(req, planResource(p))) });
    }),
    route('GET', 'planner/plans/([^/]+)', (req, m) => {
      const p = plan(req, m[1]);
      if (isResponse(p)) return p;
      return gjson(200, { '@odata.context': context(req, 'planner/plans/$entity'), ...applySelect(req, planResource(p)) });
    }),
    route('GET', 'planner/plans/([^/]+)/buckets', (req, m) => {
      const p = plan(req, m[1]);
      if (isResponse(p)) return p;
      return collection(req, `planner/plans('${p.id}')/buckets`, { value: bucketsOf(db, p.id).map((b) => applySelect(req, bucketResource(b))) });
    }),
    route('GET', 'planner/plans/([^/]+)/tasks', (req, m) => {
      const p = plan(req, m[1]);
      if (isResponse(p)) return p;
      return tasksPage(req, tasksOfPlan(db, p.id), `planner/plans('${p.id}')/tasks`);
    }),
    route('GET', 'planner/buckets/([^/]+)', (req, m) => {
      const b = getBucket(db, m[1]);
      if (!b) return missing();
      const p = plan(req, b.planId);
      if (isResponse(p)) return p;
      return gjson(200, { '@odata.context': context(req, 'planner/buckets/$entity'), ...applySelect(req, bucketResource(b)) });
    }),
    route('GET', 'planner/buckets/([^/]+)/tasks', (req, m) => {
      const b = getBucket(db, m[1]);
      if (!b) return missing();
      const p = plan(req, b.planId);
      if (isResponse(p)) return p;
      return tasksPage(req, tasksOfBucket(db, b.id), `planner/buckets('${b.id}')/tasks`);
    }),
    route('GET', `${USER}/planner/tasks`, (req, m) => {
      const who = findPerson(db, m[1] ?? req.user);
      if (!who) return groupNotFound(m[1] ?? req.user);
      const mine = allTasks(db).filter((t) => who.id in (JSON.parse(t.assignments) as object));
      return tasksPage(req, mine, `users('${who.id}')/planner/tasks`);
    }),
    // https://learn.microsoft.com/graph/api/planner-post-buckets: { name, planId, orderHint? } → 201 plannerBucket.
    route('POST', 'planner/buckets', (req) => {
      const body = parseJsonBody(req);
      if (isResponse(body)) return body;
      if (typeof body.planId !== 'string') return plannerError(400, 'The planId of the bucket is required.');
      if (typeof body.name !== 'string' || !body.name.trim()) return plannerError(400, 'The name of the bucket is required.');
      if (body.name.length > 255) return plannerError(400, 'The name of the bucket is longer than 255 characters.');
      const p = plan(req, body.planId);
      if (isResponse(p)) return p;
      const b = insertBucket(db, p.id, body.name);
      return gjson(201, { '@odata.context': context(req, 'planner/buckets/$entity'), ...bucketResource(b) }, { Location: `${req.origin}/v1.0/planner/buckets/${b.id}` });
    }),
    route('POST', 'planner/tasks', (req) => {
      const body = parseJsonBody(req);
      if (isResponse(body)) return body;
      if (typeof body.planId !== 'string') return plannerError(400, 'The planId of the task is required.');
      const p = plan(req, body.planId);
      if (isResponse(p)) return p;
      const c = readTaskBody(db, body, undefined, actorId(req));
      if (isResponse(c)) return c;
      const t = insertTask(db, { ...(c as object), planId: p.id, title: String(c.title), createdBy: actorId(req) });
      return taskOut(req, t, 201, { Location: `${req.origin}/v1.0/planner/tasks/${t.id}` });
    }),
    route('GET', 'planner/tasks/([^/]+)', (req, m) => {
      const t = task(req, m[1]);
      if (isResponse(t)) return t;
      return gjson(200, { '@odata.context': context(req, 'planner/tasks/$entity'), ...applySelect(req, taskResource(db, t)) });
    }),
    route('PATCH', 'planner/tasks/([^/]+)', (req, m) => {
      const t = task(req, m[1]);
      if (isResponse(t)) return t;
      const pre = ifMatch(req, plannerEtag('Task', t.version));
      if (pre) return pre;
      const body = parseJsonBody(req);
      if (isResponse(body)) return body;
      const c = readTaskBody(db, body, t, actorId(req));
      if (isResponse(c)) return c;
      updateRow(db, 'graph_tasks', t.id, c);
      if (!wantsRepresentation(req)) return noContent();
      return taskOut(req, getTask(db, t.id)!, 200, { 'Preference-Applied': 'return=representation' });
    }),
    route('DELETE', 'planner/tasks/([^/]+)', (req, m) => {
      const t = task(req, m[1]);
      if (isResponse(t)) return t;
      const pre = ifMatch(req, plannerEtag('Task', t.version));
      if (pre) return pre;
      db.prepare('DELETE FROM graph_tasks WHERE id = ?').run(t.id);
      return noContent();
    }),
    route('GET', 'planner/tasks/([^/]+)/details', (req, m) => {
      const t = task(req, m[1]);
      if (isResponse(t)) return t;
      return gjson(200, { '@odata.context': context(req, 'planner/tasks(\'' + t.id + '\')/details/$entity'), ...applySelect(req, detailsResource(getDetails(db, t.id)!)) });
    }),
    route('PATCH', 'planner/tasks/([^/]+)/details', (req, m) => {
      const t = task(req, m[1]);
      if (isResponse(t)) return t;
      const d = getDetails(db, t.id)!;
      const pre = ifMatch(req, plannerEtag('TaskDetails', d.version));
      if (pre) return pre;
      const body = parseJsonBody(req);
      if (isResponse(body)) return body;
      const c = readDetailsBody(body, d, actorId(req));
      if (isResponse(c)) return c;
      transaction(db, () => {
        const before = JSON.stringify(taskResource(db, t));
        updateRow(db, 'graph_task_details', t.id, c);
        // The task shows hasDescription and checklist/reference counts, so it changes (new etag) when they do.
        const after = taskResource(db, t);
        if (JSON.stringify(after) !== before) updateRow(db, 'graph_tasks', t.id, {});
      });
      if (!wantsRepresentation(req)) return noContent();
      const fresh = getDetails(db, t.id)!;
      return gjson(200, { '@odata.context': context(req, `planner/tasks('${t.id}')/details/$entity`), ...detailsResource(fresh) }, { 'Preference-Applied': 'return=representation' });
    })
  ];
};
