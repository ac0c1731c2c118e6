import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { ProjectStatus } from '../ProjectStatus';
import { LazyBoundary, lazyPart } from '../common/LazyPart';
import { ViewTabs } from '../common/ViewTabs';

// The status tab is what the workspace opens on; the record tabs (lists, filters, exports) and the
// meetings and minutes editor are loaded when their tab is first opened.
const RaidTab = lazyPart(() => import(/* webpackChunkName: 'pmo-project-records' */ '../Raid').then((m) => m.RaidTab));
const CostsTab = lazyPart(() => import(/* webpackChunkName: 'pmo-project-records' */ '../Costs').then((m) => m.CostsTab));
const ResourcesTab = lazyPart(() => import(/* webpackChunkName: 'pmo-project-records' */ '../Resources').then((m) => m.ResourcesTab));
const MeetingsTab = lazyPart(() => import(/* webpackChunkName: 'pmo-meetings' */ '../Meetings').then((m) => m.Meetings));
const DecisionLogTab = lazyPart(() => import(/* webpackChunkName: 'pmo-decision-log' */ '../DecisionLog').then((m) => m.DecisionLog));
// Linking an unlinked team (issue 14): only a team's first visit needs it.
const TeamLink = lazyPart(() => import(/* webpackChunkName: 'pmo-team-link' */ './TeamLink').then((m) => m.TeamLink));
// Status reports likewise (issue 11).
const StatusReportsTab = lazyPart(() => import(/* webpackChunkName: 'pmo-status-reports' */ '../StatusReports').then((m) => m.StatusReports));
import { ProjectHeader } from './ProjectHeader';
import type { Health } from '../../model/types';
import type { IProjectWorkspaceProps } from './types';
import { useProjectWorkspace } from './useProjectWorkspace';

/** A tab whose view loads on demand: shown inside its own LazyBoundary (spinner, load error). */
const loaded = (name: string, view: React.ReactElement) => (): React.ReactElement => <LazyBoundary name={name}>{view}</LazyBoundary>;

/** The PMO Project web part's root: project header and the RAID, Costs and Resources tabs. */
export function ProjectWorkspace(props: IProjectWorkspaceProps): React.ReactElement {
  const ws = useProjectWorkspace(props);
  const [tab, setTab] = React.useState(props.tab || 'status');
  // Publishing a status report sets the project's Health in the register; the header shows it at once.
  const [published, setPublished] = React.useState<{ id: number; health: Health } | undefined>(undefined);

  if (ws.loading) return <Spinner label={strings.WorkspaceLoading} />;
  if (ws.error) {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={<DefaultButton text={strings.Retry} onClick={ws.retry} />}
      >
        {format(strings.WorkspaceLoadFailed, ws.error)}
      </MessageBar>
    );
  }
  const { project, projects } = ws;
  if (!project) {
    const picker = (
      <Stack tokens={{ childrenGap: 12 }}>
        {ws.groupUnmatched ? null : <Text>{strings.WorkspacePickIntro}</Text>}
        {projects.length ? (
          <Dropdown
            label={strings.WorkspacePickLabel}
            placeholder={strings.WorkspacePickPlaceholder}
            options={projects.map((p) => ({ key: p.id, text: p.code ? `${p.code} – ${p.title}` : p.title }))}
            onChange={(_e, o) => o && ws.choose(Number(o.key))}
            styles={{ root: { maxWidth: 480 } }}
          />
        ) : (
          <MessageBar>{strings.WorkspaceNoProjects}</MessageBar>
        )}
      </Stack>
    );
    if (!ws.groupUnmatched || !props.groupId) return picker;
    // A team no project is linked to: a PMO member links it here, anyone else learns whom to ask.
    return (
      <LazyBoundary name="TeamLink">
        <TeamLink groupId={props.groupId} channelId={props.channelId} projects={projects} onLinked={ws.linked} onStale={ws.retry}>
          {picker}
        </TeamLink>
      </LazyBoundary>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <ProjectHeader project={published && published.id === project.id ? { ...project, health: published.health } : project} />
      <ViewTabs
        label={strings.WorkspaceTabsLabel}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'status', text: strings.WorkspaceTabStatus, content: () => <ProjectStatus project={project} /> },
          {
            key: 'reports',
            text: strings.WorkspaceTabReports,
            content: loaded('StatusReportsTab', <StatusReportsTab project={project} onPublished={(health: Health) => setPublished({ id: project.id, health })} />)
          },
          { key: 'raid', text: strings.WorkspaceTabRaid, content: loaded('RaidTab', <RaidTab project={project} projects={projects} />) },
          { key: 'costs', text: strings.WorkspaceTabCosts, content: loaded('CostsTab', <CostsTab project={project} />) },
          { key: 'resources', text: strings.WorkspaceTabResources, content: loaded('ResourcesTab', <ResourcesTab project={project} projects={projects} />) },
          { key: 'meetings', text: strings.WorkspaceTabMeetings, content: loaded('MeetingsTab', <MeetingsTab projectId={project.id} openMeetingId={props.meetingId} />) },
          { key: 'decisions', text: strings.DecisionLogTab, content: loaded('DecisionLogTab', <DecisionLogTab projectId={project.id} />) }
        ]}
      />
    </Stack>
  );
}
