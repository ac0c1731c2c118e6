import * as React from 'react';
import { LazyBoundary, lazyPart } from '../common/LazyPart';

interface ISafeHtmlProps {
  html: string;
  className?: string;
}

// DOMPurify is a chunk of its own, loaded when minutes are first shown (not at a view's first paint).
const Sanitized = lazyPart<ISafeHtmlProps>(() =>
  import(/* webpackChunkName: 'pmo-sanitize' */ './sanitize').then(({ sanitizeHtml }) =>
    function SanitizedHtml(props: ISafeHtmlProps): React.ReactElement {
      // eslint-disable-next-line react/no-danger -- reason: the value has just been through DOMPurify
      return <div className={props.className} dangerouslySetInnerHTML={{ __html: sanitizeHtml(props.html) }} />;
    }
  )
);

/** Minutes HTML shown read-only, sanitized again at display whatever the list holds. */
export function SafeHtml(props: ISafeHtmlProps): React.ReactElement {
  return (
    <LazyBoundary name="SafeHtml">
      <Sanitized {...props} />
    </LazyBoundary>
  );
}
