/** Graph payloads → domain shapes for the pickers, people search and Planner. */
import type { Channel, Group, PlannerPlan, PlannerTask, User } from '@microsoft/microsoft-graph-types';
import type { IChannelRef, IGroupRef, IPerson, IPlanRef, IPlannerTask } from '../../model/types';

type WithEtag<T> = T & { '@odata.etag'?: string };

const opt = (v: string | null | undefined): string | undefined => (v ? v : undefined);

/** A directory user as a person not yet known to the site (id 0 until IPeopleService.ensure). */
export function personFromUser(u: User): IPerson {
  return { id: 0, title: u.displayName || '', email: u.mail || u.userPrincipalName || '' };
}

export function groupFromGraph(g: Group): IGroupRef {
  return { id: g.id || '', displayName: g.displayName || '', mail: opt(g.mail) };
}

/** A plan; its group comes from container (current API) or owner (legacy), else the group asked for. */
export function planFromGraph(p: PlannerPlan, groupId: string): IPlanRef {
  const fromContainer = p.container && p.container.containerId;
  return { id: p.id || '', title: p.title || '', groupId: fromContainer || opt(p.owner) || groupId };
}

export function channelFromGraph(c: Channel, teamId: string): IChannelRef {
  return { id: c.id || '', displayName: c.displayName || '', teamId };
}

export function taskFromGraph(t: WithEtag<PlannerTask>): IPlannerTask {
  return {
    id: t.id || '',
    etag: t['@odata.etag'] || '',
    planId: t.planId || '',
    bucketId: opt(t.bucketId),
    title: t.title || '',
    percentComplete: typeof t.percentComplete === 'number' ? t.percentComplete : 0,
    startDateTime: opt(t.startDateTime),
    dueDateTime: opt(t.dueDateTime),
    completedDateTime: opt(t.completedDateTime),
    createdDateTime: opt(t.createdDateTime),
    assigneeIds: t.assignments ? Object.keys(t.assignments) : []
  };
}
