/**
 * Which project a Teams tab shows (issue 14): the project whose GroupId is the team's M365 group; when
 * one team holds several projects, the one whose TeamsChannelId is the tab's channel. Pure, so the
 * web part, the local page's Teams mode and the tests agree.
 */
import type { IProject } from './types';
import { projectToFormValues, validateProject, type IProjectFormValues } from './project';
import type { IValidationMessage } from './validate';

const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

export interface ITeamsProjectMatch {
  /** The project the tab shows; undefined when none, or several and the channel names none of them. */
  project?: IProject;
  /** The team's projects when the channel does not decide between several (the person chooses). */
  candidates: IProject[];
}

/** The tab's project for the team's group id and the channel id (both from the Teams context). */
export function projectForTeam(projects: IProject[], groupId: string, channelId?: string): ITeamsProjectMatch {
  const ofTeam = projects.filter((p) => same(p.groupId, groupId));
  if (ofTeam.length === 1) return { project: ofTeam[0], candidates: ofTeam };
  const ofChannel = ofTeam.filter((p) => same(p.teamsChannelId, channelId));
  if (ofChannel.length === 1) return { project: ofChannel[0], candidates: ofTeam };
  return { candidates: ofTeam };
}

/** The project's register values with the team's group and the tab's channel set, as the register's form would save them. */
export function linkedToTeam(project: IProject, groupId: string, channelId?: string): IProjectFormValues {
  return { ...projectToFormValues(project), groupId, teamsChannelId: channelId ?? '' };
}

/**
 * Why `project` may not be linked to the team (undefined when it may): one must be chosen, the register's
 * rules for the group and channel fields apply, and a project linked to another team stays with it (the
 * register is where a project moves between teams, so one tab cannot take another team's project).
 */
export function validateTeamLink(project: IProject | undefined, groupId: string, channelId?: string): IValidationMessage | undefined {
  if (!project) return { key: 'ValidationRequired' };
  if (project.groupId && !same(project.groupId, groupId)) return { key: 'ValidationTeamLinkedElsewhere', values: [project.code || project.title] };
  const errors = validateProject(linkedToTeam(project, groupId, channelId));
  return errors.groupId ?? errors.teamsChannelId;
}
