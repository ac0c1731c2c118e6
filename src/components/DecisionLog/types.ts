import type { IProject } from '../../model/types';

export interface IDecisionLogProps {
  /** Only this project's decisions (PMO Project); the whole portfolio otherwise. */
  projectId?: number;
  /** The projects to name and filter by (read by the view when not given). */
  projects?: IProject[];
  /** Opens the meeting a decision was taken in (PMO Meetings); without it the meeting is named only. */
  onOpenMeeting?: (meetingId: number) => void;
}

/** What the person asks: words of the title, a project, a date range (yyyy-mm-dd, inclusive). */
export interface IDecisionFilters {
  words: string;
  projectId?: number;
  from: string;
  to: string;
}
