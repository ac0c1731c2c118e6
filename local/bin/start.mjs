#!/usr/bin/env node
// Starts the local tenant (SharePoint REST + Microsoft Graph on one HTTPS port) with the local PMO page.
//   PMO_PORT      port (default 4321; 0 picks a free one)
//   PMO_DATA_DIR  SQLite store and certificate (default local/.data)
//   PMO_SEED      demo (default) or none: what an empty store is filled with
//   PMO_PAGE      0 to skip building the local PMO page
//   PMO_PAGE_DIST where the page is built and served from (default local/page/dist)
//   PMO_LATENCY_MS, PMO_FAULTS  see local/README.md
// --reset-only   restore the demo data and exit.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCertificate } from './cert.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`PMO Hub's local tenant needs Node 22 (node:sqlite); this is ${process.version}. Run it through npm (npm start), which uses the project's own Node 22.`);
  process.exit(1);
}
const dataDir = path.resolve(root, process.env.PMO_DATA_DIR || 'local/.data');
const { certFile } = ensureCertificate(dataDir);

if (process.env.PMO_PAGE !== '0' && !process.argv.includes('--reset-only')) {
  const { buildPage } = await import('../page/build.mjs');
  // Built where the tenant serves it from: a run with its own PMO_PAGE_DIST (the benchmark) does not
  // race another run rebuilding the shared local/page/dist.
  await buildPage({ outdir: process.env.PMO_PAGE_DIST ? path.resolve(root, process.env.PMO_PAGE_DIST) : undefined });
}

const child = spawn(
  process.execPath,
  ['--disable-warning=ExperimentalWarning', '--import', 'tsx', path.join(root, 'local/src/main.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    // The server calls itself (seeding through the production provisioning service): trust our own certificate.
    env: { ...process.env, PMO_DATA_DIR: dataDir, NODE_EXTRA_CA_CERTS: certFile }
  }
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
