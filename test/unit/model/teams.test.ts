import { projectForTeam } from '../../../src/model/teams';
import type { IProject } from '../../../src/model/types';

const project = (id: number, groupId?: string, teamsChannelId?: string): IProject => ({ id, title: `P${id}`, groupId, teamsChannelId }) as IProject;
const G = '5b6c0c7e-1a2b-4c3d-8e9f-000000000001';

describe('projectForTeam', () => {
  const projects = [project(1, G.toUpperCase(), '19:general@thread.tacv2'), project(2, 'other-group'), project(3)];

  it("shows the one project whose GroupId is the team's group, whatever the case of the id and the channel", () => {
    expect(projectForTeam(projects, G).project?.id).toBe(1);
    expect(projectForTeam(projects, G, '19:another@thread.tacv2').project?.id).toBe(1);
  });

  it("lets the channel choose between several projects of one team", () => {
    const shared = [project(4, G, '19:alpha@thread.tacv2'), project(5, G, '19:beta@thread.tacv2'), project(6, G)];
    expect(projectForTeam(shared, G, '19:BETA@thread.tacv2').project?.id).toBe(5);
    expect(projectForTeam(shared, G, '19:alpha@thread.tacv2').project?.id).toBe(4);
  });

  it('shows nothing but offers the candidates when the channel names none of the team\'s projects', () => {
    const shared = [project(4, G, '19:alpha@thread.tacv2'), project(5, G)];
    const m = projectForTeam(shared, G, '19:gamma@thread.tacv2');
    expect(m.project).toBeUndefined();
    expect(m.candidates.map((p) => p.id)).toEqual([4, 5]);
  });

  it('finds nothing for an unlinked team', () => {
    expect(projectForTeam(projects, 'unlinked')).toEqual({ candidates: [] });
  });
});
