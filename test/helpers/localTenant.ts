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
  /** Calls a control endpoint under /__pmo/. */
  control<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
}

export interface StartOptions {
  seed?: 'none' | 'demo';
  /** Reuse a data folder (e.g. after a kill); a fresh temporary one by default. */
  dataDir?: string;
  env?: Record<string, string>;
  /** Build and serve the local PMO page (browser tests). */
  page?: boolean;
  timeoutMs?: number;
}

const root = path.resolve(__dirname, '..', '..');

export async function startLocalTenant(opts: StartOptions = {}): Promise<RunningTenant> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-tenant-'));
  const child = spawn(process.execPath, [path.join(root, 'local/bin/start.mjs')], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      PMO_PORT: '0',
      PMO_DATA_DIR: dataDir,
      PMO_SEED: opts.seed ?? 'none',
      PMO_PAGE: opts.page ? '1' : '0',
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
  const tenant: RunningTenant = {
    origin,
    siteUrl: `${origin}/sites/pmo`,
    dataDir,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      await exited;
    },
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await exited;
    },
    control: async <T,>(method: string, route: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${origin}/__pmo/${route}`, {
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
