import * as React from 'react';
import type { ICostsTabProps } from './types';

/** The project's costs (being built). */
export function CostsTab(props: ICostsTabProps): React.ReactElement {
  return <div data-project-id={props.project.id} />;
}
