import type * as React from 'react';
import { PropertyPaneTextField, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import type { IHostInfo } from '../common/compositionRoot';
import { PmoWebPartBase } from '../common/PmoWebPartBase';
import { projectTarget, validateProjectId, type IPmoWebPartProps } from '../common/properties';
import { lazyView } from '../common/lazyView';
import { preloadService } from '../../services/lazyService';
import type { IPmoServices } from '../../services/types';

const VIEW = lazyView('PmoProject', () =>
  import(/* webpackChunkName: 'pmo-project' */ '../../components/ProjectWorkspace/ProjectWorkspace').then((m) => m.ProjectWorkspace)
);

export interface IPmoProjectWebPartProps extends IPmoWebPartProps {
  /** PMO Projects item id as typed in the pane; empty to find the project from the M365 group. */
  projectId?: string;
}

/**
 * PMO Project: one project's workspace. In Teams the project is the one whose GroupId is the team's
 * group; on a page it is the pane's project id, else the group-connected site's group.
 */
export default class PmoProjectWebPart extends PmoWebPartBase<IPmoProjectWebPartProps> {
  protected readonly rootName: string = 'PmoProject';

  protected preloadView(services: IPmoServices | undefined): void {
    VIEW.preload();
    // What the view calls on mount (the workspace reads the projects), so their chunks are there when it does.
    if (services) [services.projects].forEach(preloadService);
  }

  protected renderContent(host: IHostInfo): React.ReactElement {
    return VIEW.element(projectTarget(this.properties.projectId, host.groupId, host.channelId));
  }

  protected paneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.WebPartPaneProjectGroup,
        groupFields: [
          PropertyPaneTextField('projectId', {
            label: strings.WebPartPaneProjectIdLabel,
            description: strings.WebPartPaneProjectIdDescription,
            onGetErrorMessage: validateProjectId,
            deferredValidationTime: 300
          })
        ]
      }
    ];
  }
}
