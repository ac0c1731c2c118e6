import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider, type ITheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { ErrorBoundary } from '../../components/common/ErrorBoundary';
import { ShellMessage } from '../../components/common/ShellMessage';
import { ServicesProvider } from '../../components/common/ServicesContext';
import { errorMessage } from '../../components/common/errorMessage';
import { SetupGate } from '../../components/Setup';
import type { IPmoServices } from '../../services/types';

export interface IPmoRootProps {
  /** Names the web part in error logs. */
  name: string;
  theme: ITheme;
  /** Built once by buildServices(); absent only when startError is set. */
  services?: IPmoServices;
  /** Why the services could not be built (shown as a localized message instead of the content). */
  startError?: unknown;
  /** Wrap the content in the provisioning offer (every web part that reads the PMO lists). */
  needsLists: boolean;
  /** The page author's title for the web part; nothing is rendered when empty. */
  title?: string;
  children?: React.ReactNode;
}

/**
 * What every PMO web part renders, in SharePoint, in Teams and in tests: the error boundary, the
 * theme, the services, the optional title and the provisioning gate around the web part's own root.
 */
export const PmoRoot: React.FC<IPmoRootProps> = ({ name, theme, services, startError, needsLists, title, children }) => {
  let body: React.ReactNode;
  if (startError !== undefined || !services) {
    body = (
      <ShellMessage kind="error">
        <strong>{strings.WebPartInitFailed}</strong> {errorMessage(startError)}
      </ShellMessage>
    );
  } else {
    body = (
      <ServicesProvider services={services}>{needsLists ? <SetupGate>{children}</SetupGate> : children}</ServicesProvider>
    );
  }
  return (
    <ErrorBoundary name={name}>
      <ThemeProvider theme={theme}>
        <Stack tokens={{ childrenGap: 12 }}>
          {title ? (
            <Text as="h2" variant="xLarge">
              {title}
            </Text>
          ) : null}
          {body}
        </Stack>
      </ThemeProvider>
    </ErrorBoundary>
  );
};

/** Renders (or re-renders) the root into the web part's element. */
export function renderRoot(element: HTMLElement, props: IPmoRootProps): void {
  ReactDom.render(React.createElement(PmoRoot, props), element);
}

/** Unmounts what renderRoot() mounted, so effects are cleaned up and nothing updates a dead element. */
export function unmountRoot(element: HTMLElement): void {
  ReactDom.unmountComponentAtNode(element);
}
