/** Graph look-ups behind the project form's pickers: Microsoft 365 groups, their plans and channels. */
import type { Channel, Group, PlannerPlan, User } from '@microsoft/microsoft-graph-types';
import type { IChannelRef, IGroupRef, IPlanRef } from '../../model/types';
import type { IGraphLike } from '../clients';
import { guard } from '../guard';
import { and, startsWith } from '../odata';
import type { IDirectoryService, IGroupMember } from '../types';
import { channelFromGraph, groupFromGraph, planFromGraph } from './mappers';
import { getAllPages, queryString, seg } from './paging';

/** Groups a picker shows at most; typing narrows the list rather than paging through it. */
export const MAX_GROUPS = 50;

export class DirectoryService implements IDirectoryService {
  constructor(private readonly graph: IGraphLike) {}

  public groups(search?: string): Promise<IGroupRef[]> {
    return guard('Searching Microsoft 365 groups', async () => {
      const text = (search ?? '').trim();
      // Unified groups only: those are the ones with Planner plans, calendars and Teams.
      const filter = and("groupTypes/any(c:c eq 'Unified')", text ? startsWith('displayName', text) : undefined);
      const path = `/groups${queryString({ $filter: filter, $select: 'id,displayName,mail', $top: MAX_GROUPS })}`;
      const rows = await getAllPages<Group>(this.graph, path, MAX_GROUPS);
      return rows.map(groupFromGraph);
    });
  }

  public plans(groupId: string): Promise<IPlanRef[]> {
    return guard(`Reading the plans of group ${groupId}`, async () => {
      const rows = await getAllPages<PlannerPlan>(this.graph, `/groups/${seg(groupId)}/planner/plans`);
      return rows.map((p) => planFromGraph(p, groupId));
    });
  }

  /**
   * The users among a group's members (the cast drops devices and nested groups), for a report's
   * distribution list. Group.Read.All, already granted for the group calendar, allows it
   * (https://learn.microsoft.com/graph/api/group-list-members: GroupMember.Read.All is the least, and
   * Group.Read.All is among the higher ones), so no new scope is requested.
   */
  public members(groupId: string): Promise<IGroupMember[]> {
    return guard(`Reading the members of group ${groupId}`, async () => {
      const path = `/groups/${seg(groupId)}/members/microsoft.graph.user${queryString({ $select: 'id,displayName,mail,userPrincipalName' })}`;
      const rows = await getAllPages<User>(this.graph, path);
      return rows.map((u) => ({ displayName: u.displayName ?? '', mail: u.mail ?? undefined }));
    });
  }

  public channels(groupId: string): Promise<IChannelRef[]> {
    return guard(`Reading the channels of team ${groupId}`, async () => {
      const path = `/teams/${seg(groupId)}/channels${queryString({ $select: 'id,displayName' })}`;
      const rows = await getAllPages<Channel>(this.graph, path);
      return rows.map((c) => channelFromGraph(c, groupId));
    });
  }
}
