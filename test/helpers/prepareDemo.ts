/**
 * jest globalSetup of the integration project: seeds the demo store once for the run; each demo tenant
 * of the data-layer tests starts from a copy (test/helpers/prepareRun.ts, localTenant.ts).
 */
import { prepare } from './prepareRun';

export default function prepareDemo(): Promise<void> {
  return prepare({ page: false });
}
