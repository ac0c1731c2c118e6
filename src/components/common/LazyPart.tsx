import * as React from 'react';
import { Layer } from '@fluentui/react/lib/Layer';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { logError } from './errorMessage';
import { ShellMessage } from './ShellMessage';

/**
 * A component loaded on first render from its own chunk (the caller's `import()` names it with
 * webpackChunkName). A failed load is not cached: the next render tries the import again.
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>): React.ComponentType<P> {
  const make = (): React.LazyExoticComponent<React.ComponentType<P>> =>
    React.lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (e: unknown) => {
          Lazy = make();
          throw e;
        }
      )
    );
  let Lazy = make();
  function LazyPart(props: P): React.ReactElement {
    return React.createElement(Lazy as unknown as React.ComponentType<P>, props);
  }
  return LazyPart;
}

export interface ILazyBoundaryProps {
  /** Names the part in the log. */
  name: string;
  /**
   * Shows the spinner and the error over the page, at the side a panel opens from, instead of in
   * place: for panels, whose place in the page may be out of view.
   */
  overlay?: boolean;
  /**
   * When given, nothing renders (and nothing loads) until it is first true; from then on the part
   * stays mounted, so a panel closes as before. For a panel: whether it is open.
   */
  active?: boolean;
  /** Called when the person dismisses the load error (e.g. closes the panel that did not load). */
  onDismiss?: () => void;
  children: React.ReactNode;
}

interface ILazyBoundaryState {
  failed: boolean;
  /** The part has been asked for (active was true once). */
  used: boolean;
}

function Overlay({ children }: { children: React.ReactNode }): React.ReactElement {
  const theme = useTheme();
  return (
    <Layer>
      <div
        style={{
          position: 'fixed',
          top: 0,
          right: 0,
          bottom: 0,
          width: 340,
          maxWidth: '100%',
          boxSizing: 'border-box',
          padding: 24,
          background: theme.semanticColors.bodyBackground,
          boxShadow: theme.effects.elevation64
        }}
      >
        {children}
      </div>
    </Layer>
  );
}

/** Around parts loaded on demand: a localized spinner while the chunk loads, a localized error if it fails. */
export class LazyBoundary extends React.Component<ILazyBoundaryProps, ILazyBoundaryState> {
  public state: ILazyBoundaryState = { failed: false, used: false };

  public static getDerivedStateFromProps(props: ILazyBoundaryProps, state: ILazyBoundaryState): Partial<ILazyBoundaryState> | null {
    return !state.used && (props.active === undefined || props.active) ? { used: true } : null;
  }

  public static getDerivedStateFromError(): Partial<ILazyBoundaryState> {
    return { failed: true };
  }

  public componentDidCatch(error: Error): void {
    logError(`Loading ${this.props.name}`, error);
  }

  public render(): React.ReactNode {
    const { overlay, onDismiss } = this.props;
    if (!this.state.used) return null;
    const wrap = (content: React.ReactElement): React.ReactElement => (overlay ? <Overlay>{content}</Overlay> : content);
    if (this.state.failed) {
      const retry = (): void => this.setState({ failed: false });
      const dismiss = onDismiss
        ? (): void => {
            // Not asked for again until the next open (so a closed panel does not retry in the background).
            this.setState({ failed: false, used: false });
            onDismiss();
          }
        : undefined;
      // Plain markup (ShellMessage): the chunk that did not load cannot be followed by another one.
      return wrap(
        <ShellMessage kind="error" actions={[{ label: strings.Retry, onClick: retry }, ...(dismiss ? [{ label: strings.Close, onClick: dismiss }] : [])]}>
          {strings.PartLoadFailed}
        </ShellMessage>
      );
    }
    return <React.Suspense fallback={wrap(<Spinner label={strings.PartLoading} />)}>{this.props.children}</React.Suspense>;
  }
}
