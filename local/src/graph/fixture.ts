/**
 * POST /__pmo/graph/fixture {op, args}: the store API of api.ts over HTTP, so tests against a tenant
 * started with seed 'none' can build groups, events and plans. Answers {result} or 400 {error}.
 */
import { json } from '../http.ts';
import type { TenantContext } from '../server.ts';
import { addBucket, addEvent, addException, addGroup, addOnlineMeeting, addPlan, addTask, addTranscript, clearGraph } from './api.ts';

type Op = (args: Record<string, unknown>) => unknown;

export function registerFixtures(ctx: TenantContext): void {
  const db = ctx.db;
  const ops: Record<string, Op> = {
    addGroup: (a) => addGroup(db, a as never),
    addEvent: (a) => addEvent(db, a as never),
    addException: (a) => addException(db, String(a.seriesId), String(a.originalStart), a as never),
    addPlan: (a) => addPlan(db, a as never),
    addBucket: (a) => addBucket(db, String(a.planId), String(a.name)),
    addTask: (a) => addTask(db, a as never),
    addTranscript: (a) => addTranscript(db, a as never, a.organizerId ? String(a.organizerId) : undefined),
    addOnlineMeeting: (a) => addOnlineMeeting(db, a as never).id,
    clearGraph: () => clearGraph(db)
  };
  ctx.control.set('POST /__pmo/graph/fixture', (req) => {
    try {
      const { op, args } = JSON.parse(req.body.toString('utf8') || '{}') as { op?: string; args?: Record<string, unknown> };
      const run = op ? ops[op] : undefined;
      if (!run) return json(400, { error: `Unknown fixture op '${op}'. Known: ${Object.keys(ops).join(', ')}` });
      return json(200, { result: run(args ?? {}) ?? null });
    } catch (e) {
      return json(400, { error: (e as Error).message });
    }
  });
}
