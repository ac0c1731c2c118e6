import type { IProject } from '../../model/types';

/** Props of the Resources tab. */
export interface IResourcesTabProps {
  /** The project whose allocations are shown. */
  project: IProject;
  /** Every project of the register: names of the other projects a person works on. */
  projects: IProject[];
}
