/**
 * jest globalSetup of the browser and drill projects (and, seeding only, test/helpers/prepareDemo.ts for
 * the integration project): what every test file used to do for itself, done once for the run. It builds the local PMO page (esbuild) into a folder of the run's own, and seeds one
 * demo store (lists provisioned over HTTP by the production service, then the items) whose data folder
 * each demo tenant starts from as a copy (test/helpers/localTenant.ts). Each test file still gets a
 * tenant of its own with a fresh store; only the identical work of building and seeding is shared.
 * Both run at once: the build is esbuild's (mostly native threads), the seeding a tenant process.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RUN_DEMO_DAY, RUN_DEMO_TEMPLATE, RUN_PAGE_DIST, localDay, startLocalTenant } from './localTenant';

const root = path.resolve(__dirname, '..', '..');
/** The run's folder, removed by test/helpers/finishRun.ts. */
export const RUN_DIR = 'PMO_TEST_RUN_DIR';

function buildPage(outdir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'local/page/build.mjs'), '--outdir', outdir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`local/page/build.mjs exited with ${code}:\n${out}`))));
  });
}

async function seedDemo(dataDir: string): Promise<void> {
  const tenant = await startLocalTenant({ seed: 'demo', dataDir, template: false, timeoutMs: 240_000 });
  await tenant.stop();
}

/** Prepares what the run does not have yet (several projects of one run name a setup: each part is made once). */
export async function prepare(parts: { page: boolean }): Promise<void> {
  const started = Date.now();
  const dir = process.env[RUN_DIR] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-run-'));
  process.env[RUN_DIR] = dir;
  const done: string[] = [];
  const work: Promise<void>[] = [];
  if (parts.page && !process.env[RUN_PAGE_DIST]) {
    const dist = path.join(dir, 'page');
    work.push(buildPage(dist).then(() => void (process.env[RUN_PAGE_DIST] = dist)));
    done.push(`the local page built into ${dist}`);
  }
  if (!process.env[RUN_DEMO_TEMPLATE]) {
    const demo = path.join(dir, 'demo');
    const day = localDay();
    work.push(seedDemo(demo).then(() => void Object.assign(process.env, { [RUN_DEMO_TEMPLATE]: demo, [RUN_DEMO_DAY]: day })));
    done.push(`a demo store seeded in ${demo}`);
  }
  await Promise.all(work);
  if (done.length) console.log(`\nPrepared once for the run in ${Date.now() - started} ms: ${done.join(', ')}.`);
}

export default function prepareRun(): Promise<void> {
  return prepare({ page: true });
}
