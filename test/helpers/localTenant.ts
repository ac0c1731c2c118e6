/**
 * Starts the real local tenant (local/bin/start.mjs) in a child process on a free port with its own
 * data folder, for integration, browser and durability tests.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface RunningTenant {
  /** https://localhost:<port> */
  origin: string;
  /** The PMO site: https://localhost:<port>/sites/pmo */
  siteUrl: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Graceful stop (SIGTERM) and wait. */
  stop(): Promise<void>;
  /** SIGKILL the whole process group, as a crash would. */
  kill(): Promise<void>;
  /**
   * Starts the tenant again on the same data folder and port (after kill() or stop(); kills it first
   * if it still runs), as a person would after a crash: the page keeps its URL. The page is not rebuilt.
   */
  restart(): Promise<void>;
  /** Calls a control endpoint under /__pmo/. */
  control<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
}

export interface StartOptions {
  seed?: 'none' | 'demo';
  /** Reuse a data folder (e.g. after a kill); a fresh temporary one by default. */
  dataDir?: string;
  env?: Record<string, string>;
  /** Build and serve the local PMO page (browser tests); served from the run's one build when there is one. */
  page?: boolean;
  /**
   * With seed 'demo': start from a copy of the demo store seeded once for the run (test/helpers/prepareRun.ts)
   * instead of seeding anew. On by default when the run has one; false for tests of the seeding itself.
   */
  template?: boolean;
  timeoutMs?: number;
}

/** Set by test/helpers/prepareRun.ts (jest globalSetup of the browser and drill projects). */
export const RUN_PAGE_DIST = 'PMO_TEST_PAGE_DIST';
export const RUN_DEMO_TEMPLATE = 'PMO_TEST_DEMO_TEMPLATE';
/** The local day the template was seeded on: the demo's dates are relative to it, so another day seeds anew. */
export const RUN_DEMO_DAY = 'PMO_TEST_DEMO_DAY';

export const localDay = (d = new Date()): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** The run's page build, when prepared and still there. */
function runPageDist(): string | undefined {
  const dist = process.env[RUN_PAGE_DIST];
  return dist && fs.existsSync(path.join(dist, 'index.html')) ? dist : undefined;
}

/** The run's seeded demo store to copy for this start, if it applies. */
function demoTemplate(opts: StartOptions): string | undefined {
  const dir = process.env[RUN_DEMO_TEMPLATE];
  if (opts.seed !== 'demo' || opts.dataDir || opts.template === false || !dir) return undefined;
  return process.env[RUN_DEMO_DAY] === localDay() && fs.existsSync(path.join(dir, 'pmo.sqlite')) ? dir : undefined;
}

const root = path.resolve(__dirname, '..', '..');

interface Spawned {
  origin: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<void>;
}

/** Runs local/bin/start.mjs and waits for its "listening on" line. */
async function spawnTenant(dataDir: string, opts: StartOptions, port: number, page: boolean): Promise<Spawned> {
  const child = spawn(process.execPath, [path.join(root, 'local/bin/start.mjs')], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      PMO_PORT: String(port),
      PMO_DATA_DIR: dataDir,
      PMO_SEED: opts.seed ?? 'none',
      PMO_PAGE: page ? '1' : '0',
      ...(opts.env ?? {})
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local tenant did not start in time:\n${out}`)), opts.timeoutMs ?? 120000);
    const check = (): void => {
      const m = /listening on (https:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local tenant exited with ${code}:\n${out}`));
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { origin, child, output: () => out, exited };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}

export async function startLocalTenant(opts: StartOptions = {}): Promise<RunningTenant> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-tenant-'));
  // The store (already marked seeded, so the tenant does not seed) and its certificate, copied.
  const template = demoTemplate(opts);
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  // The page is built once per run: each tenant serves that build instead of building its own.
  const dist = opts.page ? runPageDist() : undefined;
  if (dist) opts = { ...opts, env: { PMO_PAGE_DIST: dist, ...(opts.env ?? {}) } };
  let run = await spawnTenant(dataDir, opts, 0, !!opts.page && !dist);
  const earlier: string[] = [];
  const tenant: RunningTenant = {
    origin: run.origin,
    siteUrl: `${run.origin}/sites/pmo`,
    dataDir,
    child: run.child,
    output: () => earlier.join('') + run.output(),
    stop: async () => {
      signalGroup(run.child, 'SIGTERM');
      await run.exited;
    },
    kill: async () => {
      signalGroup(run.child, 'SIGKILL');
      await run.exited;
    },
    restart: async () => {
      signalGroup(run.child, 'SIGKILL');
      await run.exited;
      earlier.push(run.output());
      run = await spawnTenant(dataDir, opts, Number(new URL(tenant.origin).port), false);
      tenant.child = run.child;
    },
    control: async <T,>(method: string, route: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${tenant.origin}/__pmo/${route}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      });
      const txt = await res.text();
      if (!res.ok) throw new Error(`control ${method} ${route}: ${res.status} ${txt}`);
      return (txt ? JSON.parse(txt) : undefined) as T;
    }
  };
  return tenant;
}
