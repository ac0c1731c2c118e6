import * as React from 'react';
import type { IProject } from '../../model/types';

/** Project titles by id (names of dependency targets and of a person's other projects). */
export function useProjectTitles(projects: IProject[]): { [id: number]: string } {
  return React.useMemo(() => {
    const map: { [id: number]: string } = {};
    for (const p of projects) map[p.id] = p.title;
    return map;
  }, [projects]);
}
