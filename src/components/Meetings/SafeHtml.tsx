import * as React from 'react';
import { sanitizeHtml } from './sanitize';

/** Minutes HTML shown read-only, sanitized again at display whatever the list holds. */
export function SafeHtml(props: { html: string; className?: string }): React.ReactElement {
  // eslint-disable-next-line react/no-danger -- reason: the value has just been through DOMPurify
  return <div className={props.className} dangerouslySetInnerHTML={{ __html: sanitizeHtml(props.html) }} />;
}
