/**
 * Which project a Teams tab shows (issue 14): the project whose GroupId is the team's M365 group; when
 * one team holds several projects, the one whose TeamsChannelId is the tab's channel. Pure, so the
 * web part, the local page's Teams mode and the tests agree.
 */
import type { IProject } from './types';

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
