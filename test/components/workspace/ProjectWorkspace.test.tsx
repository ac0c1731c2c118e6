import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { ProjectWorkspace } from '../../../src/components/ProjectWorkspace';
import { AppError } from '../../../src/services/errors';
import { FakeProjectRepository, FakeRaidRepository } from '../../fakes';
import { ADA, fakes, makeProject, raidItem, renderWith } from './helpers';

const PROJECTS = [
  makeProject(1, { title: 'CRM rollout', code: 'PRJ-0001', phase: 'Execution', health: 'Amber', manager: ADA, groupId: 'AAAA-1111' }),
  makeProject(2, { title: 'Data platform', code: 'PRJ-0002', phase: 'Planning', health: 'Green', groupId: 'bbbb-2222' })
];

function setup(props: { projectId?: number; groupId?: string; channelId?: string }, prepare?: (services: ReturnType<typeof fakes>) => void, projects = PROJECTS) {
  const services = fakes({
    projects: new FakeProjectRepository(projects),
    raid: new FakeRaidRepository([raidItem(1, { title: 'CRM risk', projectId: 1 }), raidItem(2, { title: 'Data risk', projectId: 2 })])
  });
  if (prepare) prepare(services);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  renderWith(services, <ProjectWorkspace {...props} />);
  return { services, user };
}

// Panel flows take a few seconds of user-event typing on two shared cores.
jest.setTimeout(20000);
// Drafts live in localStorage; each test starts without any.
beforeEach(() => localStorage.clear());

describe('ProjectWorkspace', () => {
  it('shows the project header with health as text and the record and meetings tabs', async () => {
    setup({ projectId: 1 });
    const header = await screen.findByTestId('project-header');
    expect(within(header).getByRole('heading', { name: 'CRM rollout' })).toBeInTheDocument();
    expect(header).toHaveTextContent('PRJ-0001');
    expect(header).toHaveTextContent(strings.RegisterPhaseExecution);
    expect(header).toHaveTextContent(strings.RegisterHealthAmber);
    expect(header).toHaveTextContent('Ada Lovelace');
    expect(screen.getAllByRole('tab').map((t) => (t.textContent || '').trim())).toEqual([strings.WorkspaceTabStatus, strings.WorkspaceTabReports, strings.WorkspaceTabRaid, strings.WorkspaceTabCosts, strings.WorkspaceTabResources, strings.WorkspaceTabMeetings, strings.DecisionLogTab]);
    // The status tab comes first and is open.
    expect(await screen.findByTestId('project-status')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: strings.WorkspaceTabRaid }));
    expect(await screen.findByText('CRM risk')).toBeInTheDocument();
    expect(screen.queryByText('Data risk')).not.toBeInTheDocument();
  });

  it('loads a tab\'s records only when the tab is opened', async () => {
    const { services, user } = setup({ projectId: 1 });
    // The status tab reads the cost lines for its burn chart, never the allocations.
    await screen.findByTestId('project-status');
    expect(services.raid.callsOf('listByProject')).toHaveLength(0);
    await user.click(screen.getByRole('tab', { name: strings.WorkspaceTabRaid }));
    await screen.findByText('CRM risk');
    expect(services.raid.callsOf('listByProject')).toEqual([[1]]);
    expect(services.allocations.callsOf('listByProject')).toHaveLength(0);
    await user.click(screen.getByRole('tab', { name: strings.WorkspaceTabResources }));
    await waitFor(() => expect(services.allocations.callsOf('listByProject')).toEqual([[1]]));
  });

  it('finds the project of a Teams tab by its group id, whatever the case', async () => {
    setup({ groupId: 'aaaa-1111' });
    expect(await screen.findByRole('heading', { name: 'CRM rollout' })).toBeInTheDocument();
  });

  it("shows the project of the tab's channel when the team holds several projects", async () => {
    const shared = [
      makeProject(1, { title: 'CRM rollout', code: 'PRJ-0001', groupId: 'aaaa-1111', teamsChannelId: '19:crm@thread.tacv2' }),
      makeProject(2, { title: 'CRM reporting', code: 'PRJ-0002', groupId: 'aaaa-1111', teamsChannelId: '19:reports@thread.tacv2' })
    ];
    setup({ groupId: 'AAAA-1111', channelId: '19:reports@thread.tacv2' }, undefined, shared);
    expect(await screen.findByRole('heading', { name: 'CRM reporting' })).toBeInTheDocument();
  });

  it("lets a PMO member link a team no project has: a project of another team is refused next to the field, a free one is saved with the team's group and channel", async () => {
    const projects = [...PROJECTS, makeProject(3, { title: 'HR portal', code: 'PRJ-0003', phase: 'Planning', health: 'Green' })];
    const { services, user } = setup({ groupId: 'cccc-3333', channelId: '19:general@thread.tacv2' }, undefined, projects);
    expect(await screen.findByRole('heading', { name: strings.TeamLinkTitle })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: new RegExp(strings.TeamLinkProject) }));
    await user.click(await screen.findByRole('option', { name: 'PRJ-0002 – Data platform' }));
    await user.click(screen.getByRole('button', { name: strings.TeamLinkSave }));
    expect(await screen.findByText(strings.ValidationTeamLinkedElsewhere.replace('{0}', 'PRJ-0002'))).toBeInTheDocument();
    expect(services.projects.callsOf('update')).toHaveLength(0);
    await user.click(screen.getByRole('combobox', { name: new RegExp(strings.TeamLinkProject) }));
    await user.click(await screen.findByRole('option', { name: 'PRJ-0003 – HR portal' }));
    await user.click(screen.getByRole('button', { name: strings.TeamLinkSave }));
    expect(await screen.findByRole('heading', { name: 'HR portal' })).toBeInTheDocument();
    const [[id, draft]] = services.projects.callsOf('update') as [number, { groupId?: string; teamsChannelId?: string }][];
    expect(id).toBe(3);
    expect(draft).toMatchObject({ groupId: 'cccc-3333', teamsChannelId: '19:general@thread.tacv2' });
  });

  it('tells anyone outside the PMO whom to ask about a team no project has, and still lets them pick a project to look at', async () => {
    const { services, user } = setup({ groupId: 'cccc-3333' }, (s) => {
      s.people.pmo = false;
    });
    expect(await screen.findByRole('heading', { name: strings.TeamLinkAskTitle })).toBeInTheDocument();
    expect(await screen.findByText(/Patricia Moreau/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.TeamLinkSave })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: new RegExp(strings.WorkspacePickLabel) }));
    await user.click(await screen.findByRole('option', { name: 'PRJ-0002 – Data platform' }));
    expect(await screen.findByRole('heading', { name: 'Data platform' })).toBeInTheDocument();
    expect(services.projects.callsOf('update')).toHaveLength(0);
  });

  it('lets the person pick a project when none is given', async () => {
    setup({});
    expect(await screen.findByRole('combobox', { name: new RegExp(strings.WorkspacePickLabel) })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: strings.TeamLinkAskTitle })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: strings.TeamLinkTitle })).not.toBeInTheDocument();
  });

  it('shows a localized error with a retry when the project cannot be loaded', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { services, user } = setup({ projectId: 1 }, (s) => s.projects.failNext('get', new AppError('forbidden', 'no', { status: 403 })));
    expect(await screen.findByText(strings.WorkspaceLoadFailed.replace('{0}', strings.ErrorForbidden))).toBeInTheDocument();
    expect(log).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: strings.Retry }));
    expect(await screen.findByRole('heading', { name: 'CRM rollout' })).toBeInTheDocument();
    expect(services.projects.callsOf('get')).toEqual([[1], [1]]);
    log.mockRestore();
  });
});
