import type { IProject } from '../../model/types';

/** Props of the Costs tab. */
export interface ICostsTabProps {
  /** The project whose cost lines are shown. */
  project: IProject;
  /** The calendar year shown first; the current year when omitted (tests pin it). */
  year?: number;
}
