import type { IProject, RaidKind, RaidStatus } from '../../model/types';

/** Props of the RAID tab. */
export interface IRaidTabProps {
  /** The project whose RAID log is shown. */
  project: IProject;
  /** Every project of the register: targets of dependencies. */
  projects: IProject[];
  /** "Today" for overdue marking; the current day when omitted (tests pin it). */
  today?: Date | string;
}

/** The list's filters; undefined shows every kind or status. */
export interface IRaidFilters {
  kind?: RaidKind;
  status?: RaidStatus;
}
