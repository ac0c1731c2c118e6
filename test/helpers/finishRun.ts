/** jest globalTeardown of the projects that prepare a run: removes what test/helpers/prepareRun.ts made. */
import * as fs from 'fs';
import { RUN_DEMO_TEMPLATE, RUN_PAGE_DIST } from './localTenant';
import { RUN_DIR } from './prepareRun';

export default async function finishRun(): Promise<void> {
  const dir = process.env[RUN_DIR];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  for (const name of [RUN_DIR, RUN_PAGE_DIST, RUN_DEMO_TEMPLATE]) delete process.env[name];
}
