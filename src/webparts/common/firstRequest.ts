/**
 * Render-as-you-fetch for the web part shell (issue 14: at most 130 KB of gzipped JavaScript before a
 * web part's first data request). The shell starts the setup check, every web part's first request,
 * as soon as the services exist, and asks for the view's chunk only once that request is on its way,
 * so the view downloads alongside the request instead of ahead of it.
 */
import type { IPmoServices, IProvisioningService } from '../../services/types';

/**
 * The services with the setup check already started. The setup gate's first missing() takes that
 * answer (nothing is asked twice); any later call (the gate's retry, a re-mounted gate) asks again.
 */
export function withSetupCheckStarted(services: IPmoServices): IPmoServices {
  const inner = services.provisioning;
  let started: Promise<string[]> | undefined = inner.missing();
  // A failure is the gate's to show (and log) when it takes the answer, not an unhandled rejection.
  started.catch(() => undefined);
  const provisioning: IProvisioningService = {
    missing: () => {
      const answer = started ?? inner.missing();
      started = undefined;
      return answer;
    },
    ensure: (onProgress) => inner.ensure(onProgress)
  };
  return { ...services, provisioning };
}

/**
 * Runs `then` once the request started just before is on the wire. PnPjs's Queryable.execute()
 * schedules each request with setTimeout(0) and calls fetch from that task after only promise steps
 * (the pre, auth and send observers of a GET do no I/O), so a timer set after it fires after the fetch.
 * test/package/shippedBundles.test.ts checks the order in the shipped bundles.
 */
export function afterRequestSent(then: () => void): void {
  setTimeout(then, 0);
}
