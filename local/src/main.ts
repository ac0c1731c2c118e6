/**
 * Entry point of the local tenant (run by local/bin/start.mjs, which brings Node 22, the certificate
 * and the page bundle). Opens the store, seeds an empty one, listens on loopback and prints the URL.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openStore, getMeta } from './store.ts';
import { migrateDirectory } from './directory.ts';
import { Faults, faultsFromEnv } from './faults.ts';
import { RequestLog } from './log.ts';
import { startLocalTenant, type TenantContext } from './server.ts';
import { createSharePoint } from './sharepoint/index.ts';
import { createGraph } from './graph/index.ts';
import { createPage } from '../page/serve.ts';
import { seed, resetStore, describeSeed, type SeedKind } from './seed/index.ts';

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.PMO_DATA_DIR ?? 'local/.data');
  // A reset may run beside a running tenant: it needs its own (any) port for the provisioning calls.
  const port = process.argv.includes('--reset-only') ? 0 : Number(process.env.PMO_PORT ?? 4321);
  const seedKind = (process.env.PMO_SEED ?? 'demo') as SeedKind;
  const db = openStore(path.join(dataDir, 'pmo.sqlite'));
  migrateDirectory(db);

  const ctx: TenantContext = { db, log: new RequestLog(), faults: new Faults(faultsFromEnv(process.env)), control: new Map() };
  const handlers = [createSharePoint(ctx), createGraph(ctx), createPage(ctx)];

  const tenant = await startLocalTenant({
    port,
    key: fs.readFileSync(path.join(dataDir, 'localhost-key.pem'), 'utf8'),
    cert: fs.readFileSync(path.join(dataDir, 'localhost-cert.pem'), 'utf8'),
    ctx,
    handlers
  });
  ctx.reset = async () => {
    resetStore(ctx);
    await seed(ctx, tenant.origin, seedKind);
  };

  if (process.argv.includes('--reset-only')) {
    resetStore(ctx);
    console.log(`PMO Hub local tenant: restored in ${dataDir}: ${describeSeed(await seed(ctx, tenant.origin, seedKind))}`);
    await tenant.close();
    return;
  }
  if (!getMeta(db, 'seeded')) {
    console.log(`PMO Hub local tenant: seeded ${describeSeed(await seed(ctx, tenant.origin, seedKind))}`);
  }
  // Tests wait for this exact line.
  console.log(`PMO Hub local tenant listening on ${tenant.origin}/`);
  const stop = () => void tenant.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: NodeJS.ErrnoException) => {
  if (e.code === 'EADDRINUSE') {
    console.error(`PMO Hub local tenant: port ${process.env.PMO_PORT ?? 4321} on 127.0.0.1 is in use (is it already running?). Stop the other process or choose another port: PMO_PORT=4322 npm start`);
  } else {
    console.error('PMO Hub local tenant failed to start:', e);
  }
  process.exit(1);
});
