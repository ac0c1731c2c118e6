/**
 * A service whose implementation is a chunk of its own, downloaded on the first call (style rule 10):
 * a PMO page with one web part downloads only the services that view calls, and none of them before
 * its first paint. Every member of such a service must be a method returning a Promise, which the
 * type below enforces, so the stand-in can wait for the chunk and then call the real method.
 */

/** The services that can be loaded on demand: nothing but methods returning promises. */
export type AsyncService<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/** The stand-in's own key: starts its chunk's download without calling anything (preloadService). */
const PRELOAD = Symbol('preload');

/**
 * Starts the download of a lazy service's chunk, so a view that calls it on mount finds it loaded
 * (the web parts start their view's services with the view's chunk). Nothing for any other service.
 */
export function preloadService(service: object): void {
  const start = (service as { [PRELOAD]?: () => void })[PRELOAD];
  if (typeof start === 'function') start();
}

/**
 * A stand-in for the service `load()` builds: each method call waits for the first (and only) load,
 * then calls the real method. A failed load (chunk download) is not kept, so the next call retries.
 */
export function lazyService<T extends AsyncService<T>>(load: () => Promise<T>): T {
  let pending: Promise<T> | undefined;
  const real = (): Promise<T> => {
    if (!pending) {
      pending = load().catch((e: unknown) => {
        pending = undefined;
        throw e;
      });
    }
    return pending;
  };
  const methods = new Map<PropertyKey, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as T, {
    get(_target, name) {
      // A failed preload is the first call's to report (and retry).
      if (name === PRELOAD) return () => real().catch(() => undefined);
      // Not a thenable: `await services.projects` must not call a `then` method that does not exist.
      if (name === 'then' || typeof name === 'symbol') return undefined;
      let m = methods.get(name);
      if (!m) {
        m = (...args: unknown[]) =>
          real().then((s) => (s as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name](...args));
        methods.set(name, m);
      }
      return m;
    }
  });
}
