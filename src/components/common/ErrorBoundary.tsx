import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { logError } from './errorMessage';
import { ShellMessage } from './ShellMessage';

interface IErrorBoundaryProps {
  /** Names the web part in the log. */
  name: string;
}

interface IErrorBoundaryState {
  failed: boolean;
}

/** Wraps each web part's root: a render error becomes a localized message (ShellMessage), logged once. */
export class ErrorBoundary extends React.Component<IErrorBoundaryProps, IErrorBoundaryState> {
  public state: IErrorBoundaryState = { failed: false };

  public static getDerivedStateFromError(): IErrorBoundaryState {
    return { failed: true };
  }

  public componentDidCatch(error: Error): void {
    logError(this.props.name, error);
  }

  public render(): React.ReactNode {
    if (this.state.failed) {
      return (
        <ShellMessage kind="error">
          <strong>{strings.ErrorBoundaryTitle}</strong> {strings.ErrorBoundaryDetails}
        </ShellMessage>
      );
    }
    return this.props.children;
  }
}
