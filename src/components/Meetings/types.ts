import type { ICalendarEvent, IProjectMatch, MeetingStatus } from '../../model/meetings/types';
import type { IMeeting, IProject } from '../../model/types';

/** Props of the PMO Meetings web part's root (and of the Meetings tab of PMO Project). */
export interface IMeetingsProps {
  /** The web part's title as the page author set it; the localized default when empty. */
  title?: string;
  /** Only this project's meetings (the Meetings tab of PMO Project). */
  projectId?: number;
  /** Today, for tests; the clock otherwise. */
  today?: Date;
  /** A PMO Meetings item to open once the list is read (a link from the compliance board). */
  openMeetingId?: number;
}

/** One line of the meetings list: the Outlook meeting, its PMO Meetings item, or both. */
export interface IMeetingRow {
  key: string;
  title: string;
  start: string;
  end: string;
  event?: ICalendarEvent;
  record?: IMeeting;
  matches: IProjectMatch[];
  status: MeetingStatus;
}

export interface IMeetingFilters {
  projectId?: number;
  status?: MeetingStatus;
  /** Also the meetings linked to no project (so a person can link them). */
  showUnlinked?: boolean;
}

export interface IMeetingWindow {
  /** yyyy-mm-dd, inclusive. */
  from: string;
  /** yyyy-mm-dd, exclusive. */
  to: string;
}

export type ProjectsById = Map<number, IProject>;
