/** jest globalTeardown of the browser and drill projects: removes what test/helpers/prepareRun.ts made. */
import * as fs from 'fs';
import { RUN_DIR } from './prepareRun';

export default async function finishRun(): Promise<void> {
  const dir = process.env[RUN_DIR];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR];
}
