/**
 * @jest-environment node
 */
// Real Graph client, fake wire: a middleware in place of the HTTP handler answers each $batch like
// Graph would (style rule 8: fake send, not the fluent chain).
import { Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { PlannerService } from '../../../src/services/graph/plannerService';
import { retryAfterSeconds } from '../../../src/services/graph/jsonBatch';
import { AppError } from '../../../src/services/errors';

interface Inner { id: string; method: string; url: string }
type Answer = { status: number; headers?: Record<string, string>; body?: unknown };

class FakeGraph implements Middleware {
  public batches: Inner[][] = [];
  public inFlight = 0;
  public maxInFlight = 0;
  constructor(private readonly answer: (url: string, attempt: number) => Answer) {}
  private attempts: Record<string, number> = {};
  public async execute(ctx: Context): Promise<void> {
    const url = typeof ctx.request === 'string' ? ctx.request : ctx.request.url;
    expect(url).toBe('https://graph.test/v1.0/$batch');
    const { requests } = JSON.parse(String(ctx.options?.body)) as { requests: Inner[] };
    this.batches.push(requests);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setTimeout(r, 10));
    this.inFlight--;
    const responses = requests.map((r) => {
      this.attempts[r.url] = (this.attempts[r.url] ?? 0) + 1;
      return { id: r.id, headers: { 'Content-Type': 'application/json' }, ...this.answer(r.url, this.attempts[r.url]) };
    });
    // Graph does not promise response order; reversing proves correlation by id.
    ctx.response = new Response(JSON.stringify({ responses: responses.reverse() }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }
}

const task = (planId: string, n: number) => ({
  '@odata.etag': `W/"${planId}-${n}"`, id: `${planId}-t${n}`, planId, title: `Task ${n}`, percentComplete: n % 2 ? 100 : 0,
  assignments: { 'user-1': { '@odata.type': '#microsoft.graph.plannerAssignment' } }
});

/** Plans with 3 tasks each; "big" has 25 tasks in pages of 10 with absolute nextLinks. */
function plannerAnswer(url: string): Answer {
  const m = /^\/planner\/plans\/([^/]+)\/tasks(?:\?\$skiptoken=(\d+))?$/.exec(url);
  if (!m) return { status: 400, body: { error: { code: 'BadRequest', message: `bad url ${url}` } } };
  const planId = decodeURIComponent(m[1]);
  const count = planId === 'big' ? 25 : 3;
  const from = Number(m[2] ?? 0);
  const value = Array.from({ length: Math.min(10, count - from) }, (_, i) => task(planId, from + i));
  const next = from + 10 < count ? { '@odata.nextLink': `https://graph.test/v1.0/planner/plans/${m[1]}/tasks?$skiptoken=${from + 10}` } : {};
  return { status: 200, body: { value, ...next } };
}

const serviceOn = (fake: FakeGraph) =>
  new PlannerService(Client.initWithMiddleware({ baseUrl: 'https://graph.test', customHosts: new Set(['graph.test']), middleware: [fake] }));

/** Moves the fake clock on, then lets the real event loop run what the timers set going (response parsing). */
async function advance(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

describe('tasksOfPlans over JSON $batch', () => {
  it('sends at most 20 requests a batch and 4 batches at a time, with version-free inner URLs', async () => {
    const fake = new FakeGraph(plannerAnswer);
    const ids = Array.from({ length: 100 }, (_, i) => `plan-${i}`);
    const result = await serviceOn(fake).tasksOfPlans(ids);
    expect(fake.batches).toHaveLength(5);
    expect(fake.batches.every((b) => b.length <= 20 && new Set(b.map((r) => r.id)).size === b.length)).toBe(true);
    expect(fake.batches.every((b) => b.every((r) => r.method === 'GET' && r.url.startsWith('/planner/')))).toBe(true);
    expect(fake.maxInFlight).toBe(4);
    expect(result.size).toBe(100);
    expect(result.get('plan-42')).toEqual([0, 1, 2].map((n) => ({
      id: `plan-42-t${n}`, etag: `W/"plan-42-${n}"`, planId: 'plan-42', bucketId: undefined, title: `Task ${n}`, percentComplete: n % 2 ? 100 : 0,
      startDateTime: undefined, dueDateTime: undefined, completedDateTime: undefined, assigneeIds: ['user-1']
    })));
  });

  it('follows paging and retries a throttled inner request, each in a later round', async () => {
    const fake = new FakeGraph((url, attempt) =>
      url.indexOf('/throttled/') > 0 && attempt === 1 ? { status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'TooManyRequests' } } } : plannerAnswer(url)
    );
    const result = await serviceOn(fake).tasksOfPlans(['small', 'big', 'throttled', 'small']);
    expect(result.get('big')!.map((t) => t.id)).toEqual(Array.from({ length: 25 }, (_, i) => `big-t${i}`));
    expect(result.get('throttled')).toHaveLength(3);
    expect(fake.batches.map((b) => b.map((r) => r.url).sort())).toEqual([
      ['/planner/plans/big/tasks', '/planner/plans/small/tasks', '/planner/plans/throttled/tasks'],
      ['/planner/plans/big/tasks?$skiptoken=10', '/planner/plans/throttled/tasks'],
      ['/planner/plans/big/tasks?$skiptoken=20']
    ]);
  });

  it('waits for Retry-After before retrying (fake clock: nothing is sent before the second is over)', async () => {
    // Only the clock is fake; the real microtask and I/O queues let the client parse its responses.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const fake = new FakeGraph((url, attempt) => (attempt === 1 ? { status: 429, headers: { 'retry-after': '1' } } : plannerAnswer(url)));
      const result = serviceOn(fake).tasksOfPlans(['p']);
      await advance(10); // the first round is answered (the fake answers after 10 ms)
      expect(fake.batches).toHaveLength(1);
      await advance(999);
      expect(fake.batches).toHaveLength(1);
      await advance(1);
      expect(fake.batches).toHaveLength(2);
      await advance(10);
      expect((await result).get('p')).toHaveLength(3);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives up as throttled after five attempts, and maps other inner failures by status', async () => {
    const always = new FakeGraph(() => ({ status: 429, headers: { 'Retry-After': '0' } }));
    await expect(serviceOn(always).tasksOfPlans(['p'])).rejects.toMatchObject({ kind: 'throttled', status: 429 });
    expect(always.batches).toHaveLength(5);

    const missing = new FakeGraph((url) => (url.indexOf('/gone/') > 0 ? { status: 404, body: { error: { code: 'NotFound', message: 'plan gone' } } } : plannerAnswer(url)));
    const e = await serviceOn(missing).tasksOfPlans(['a', 'gone']).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ kind: 'notFound', status: 404 });
    expect((e as AppError).message).toMatch(/plan gone/);
  });

  it('sends nothing for no plans', async () => {
    const fake = new FakeGraph(plannerAnswer);
    expect((await serviceOn(fake).tasksOfPlans([])).size).toBe(0);
    expect(fake.batches).toHaveLength(0);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds or an HTTP date, in any header case', () => {
    expect(retryAfterSeconds({ 'Retry-After': '3' })).toBe(3);
    expect(retryAfterSeconds({ 'retry-after': '0.5' })).toBe(0.5);
    expect(retryAfterSeconds({ 'Retry-After': new Date(10000).toUTCString() }, 4000)).toBe(6);
    expect(retryAfterSeconds({ 'Content-Type': 'application/json' })).toBeUndefined();
    expect(retryAfterSeconds(undefined)).toBeUndefined();
  });
});
