import type { IAllocation, IPerson, IProject } from '../../model/types';
import type { ILoadPeriod } from '../../model/allocations';

/** Props of the Resources tab. */
export interface IResourcesTabProps {
  /** The project whose allocations are shown. */
  project: IProject;
  /** Every project of the register: names of the other projects a person works on. */
  projects: IProject[];
}

/** One allocated person's load across every project. */
export interface IPersonLoad {
  person: IPerson;
  /** True until their allocations on other projects are read. */
  loading: boolean;
  /** Localized reason their other allocations could not be read (the load then covers this project only). */
  error?: string;
  /** Every allocation of the person on every project (this project's as currently saved). */
  allocations: IAllocation[];
  /** The busiest day over all their allocations. */
  peak: number;
  /** The intervals above 100 %. */
  overAllocated: ILoadPeriod[];
}
