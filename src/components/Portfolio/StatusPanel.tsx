import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import { ProjectStatus } from '../ProjectStatus';

export interface IStatusPanelProps {
  /** The project whose status is shown; undefined closes the panel. */
  project: IProject | undefined;
  onDismiss: () => void;
}

/** A project's status beside the portfolio (its own chunk: Portfolio loads it when a row is first opened). */
export function StatusPanel({ project, onDismiss }: IStatusPanelProps): React.ReactElement {
  return (
    <Panel
      isOpen={!!project}
      onDismiss={onDismiss}
      type={PanelType.large}
      headerText={project ? `${project.code} ${project.title}` : ''}
      closeButtonAriaLabel={strings.Close}
    >
      {project && <ProjectStatus project={project} />}
    </Panel>
  );
}
