import * as React from 'react';
import { LazyBoundary, lazyPart } from '../../components/common/LazyPart';

/** A web part's own view, kept out of the shared bundle (config/config.json puts all four web parts in one). */
export interface ILazyView<P extends object> {
  /** Starts the chunk's download (once the shell's first data request is on its way), so it runs alongside it. */
  preload(): void;
  /** The view inside the localized spinner / load-error boundary. */
  element(props: P): React.ReactElement;
}

/**
 * The four web parts share one bundle (Fluent UI, PnPjs, services, the shell); each one's view is a
 * chunk of its own, so a page with one web part does not download the other three views. A failed
 * download is not cached: the boundary's retry asks again.
 */
export function lazyView<P extends object>(name: string, load: () => Promise<React.ComponentType<P>>): ILazyView<P> {
  let pending: Promise<React.ComponentType<P>> | undefined;
  const once = (): Promise<React.ComponentType<P>> => {
    if (!pending) {
      pending = load().catch((e: unknown) => {
        pending = undefined;
        throw e;
      });
    }
    return pending;
  };
  const View = lazyPart(once);
  return {
    preload: () => {
      // A failure here is shown (and retried) by the boundary when the view renders.
      once().catch(() => undefined);
    },
    element: (props) => (
      <LazyBoundary name={name}>
        <View {...props} />
      </LazyBoundary>
    )
  };
}
