import * as React from 'react';
import { overAllocations, peakLoad } from '../../model/allocations';
import type { IAllocation, IPerson } from '../../model/types';
import type { IAllocationRepository } from '../../services/types';
import { errorMessage, logError } from '../common/errorMessage';
import type { IPersonLoad } from './types';

interface IFetched {
  loading: boolean;
  error?: string;
  allocations: IAllocation[];
}

/**
 * The load of every person allocated to the project, across all projects. Each person's allocations
 * are read once (listByPerson); this project's own are taken from `own`, so a save shows at once.
 */
export function usePersonLoads(projectId: number, own: IAllocation[], repo: IAllocationRepository): IPersonLoad[] {
  const people = React.useMemo(() => {
    const byId: { [id: number]: IPerson } = {};
    for (const a of own) if (a.person) byId[a.person.id] = a.person;
    return Object.keys(byId).map((id) => byId[Number(id)]).sort((a, b) => a.title.localeCompare(b.title));
  }, [own]);
  const [fetched, setFetched] = React.useState<{ [personId: number]: IFetched }>({});
  const requested = React.useRef<{ [personId: number]: boolean }>({});
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  React.useEffect(() => {
    for (const person of people) {
      if (requested.current[person.id]) continue;
      requested.current[person.id] = true;
      setFetched((f) => ({ ...f, [person.id]: { loading: true, allocations: [] } }));
      repo.listByPerson(person.id).then(
        (allocations) => live.current && setFetched((f) => ({ ...f, [person.id]: { loading: false, allocations } })),
        (e: unknown) => {
          logError('Allocations of person', e);
          if (live.current) setFetched((f) => ({ ...f, [person.id]: { loading: false, error: errorMessage(e), allocations: [] } }));
        }
      );
    }
  }, [people, repo]);

  return React.useMemo(
    () =>
      people.map((person) => {
        const f = fetched[person.id] || { loading: true, allocations: [] };
        const allocations = f.allocations
          .filter((a) => a.projectId !== projectId)
          .concat(own.filter((a) => a.person && a.person.id === person.id));
        return {
          person,
          loading: f.loading,
          error: f.error,
          allocations,
          peak: peakLoad(allocations, '0000-01-01', '9999-12-31'),
          overAllocated: overAllocations(allocations)
        };
      }),
    [people, fetched, own, projectId]
  );
}
