import * as React from 'react';
import type { IResourcesTabProps } from './types';

/** The project's allocations (being built). */
export function ResourcesTab(props: IResourcesTabProps): React.ReactElement {
  return <div data-project-id={props.project.id} />;
}
