import type { IBurnPoint, ICostSummary } from '../../model/costs';
import type { IProjectStatus } from '../../model/projectStatus';
import type { IPlannerTask, IProject } from '../../model/types';
import type { IProjectMeeting } from '../../services/types';

export interface IProjectStatusProps {
  project: IProject;
}

/** One part of the status read on its own: its value, or why it could not be read. */
export type Part<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

export interface IBucketTasks {
  bucket: string;
  /** Overdue first (oldest due first), then open by due date, then done. */
  tasks: (IPlannerTask & { overdue: boolean })[];
}

export interface IProjectStatusData {
  status: IProjectStatus;
  buckets: Part<IBucketTasks[]>;
  meetings: Part<{ upcoming: IProjectMeeting[]; latestMinutes?: IProjectMeeting }>;
  costs: Part<{ summary: ICostSummary; burn: IBurnPoint[] }>;
  /** Open risks and issues by severity band. */
  raid: Part<{ open: number; high: number; critical: number; issues: number }>;
}
