import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Portfolio } from '../../src/components/Portfolio';
import { DEFAULT_REGISTER_COLUMNS, ProjectRegister } from '../../src/components/ProjectRegister';
import { ProjectWorkspace } from '../../src/components/ProjectWorkspace';
import { Meetings } from '../../src/components/Meetings';
import { ProposalBoard } from '../../src/components/Proposals/ProposalBoard';
import { ProjectChooser } from './ProjectChooser';
import { PageStrings } from './strings';
import { routeHref, type Route } from './route';

const openProject = (projectId: number, target?: { tab?: string; meetingId?: number }) => {
  window.location.hash = routeHref({ view: 'project', projectId, tab: target?.tab, meetingId: target?.meetingId });
};

/** The web part root for a route, with the props the page author (or the Teams context) would give it. */
export const WebPartView: React.FC<{ route: Route }> = ({ route }) => {
  switch (route.view) {
    case 'register':
      return <ProjectRegister columns={DEFAULT_REGISTER_COLUMNS} />;
    case 'project':
      return (
        <Stack tokens={{ childrenGap: 16 }}>
          <ProjectChooser projectId={route.projectId} onChoose={openProject} />
          {route.projectId ? (
            <ProjectWorkspace key={`${route.projectId}/${route.tab ?? ''}/${route.meetingId ?? ''}`} projectId={route.projectId} tab={route.tab} meetingId={route.meetingId} />
          ) : (
            <p>{PageStrings.ProjectChooserPrompt}</p>
          )}
        </Stack>
      );
    case 'meetings':
      return <Meetings />;
    case 'proposals':
      return <ProposalBoard />;
    default:
      return <Portfolio onOpenProject={openProject} />;
  }
};
