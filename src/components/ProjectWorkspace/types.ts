/** Props of the PMO Project web part's root: which project to show. */
export interface IProjectWorkspaceProps {
  /** The PMO Projects item id (web part property or page query string). */
  projectId?: number;
  /** The M365 group id from the Teams context; the project whose GroupId matches is shown. */
  groupId?: string;
  /** The Teams channel of the tab: chooses (TeamsChannelId) between several projects of one team. */
  channelId?: string;
  /** The tab to open on (status, reports, raid, costs, resources, meetings); status otherwise. */
  tab?: string;
  /** With the meetings tab: the PMO Meetings item to open. */
  meetingId?: number;
}
