import * as React from 'react';
import type { IChannelRef, IGroupRef, IPlanRef } from '../../model/types';
import type { IDirectoryService } from '../../services/types';
import { errorMessage, logError } from '../common/errorMessage';

/** Options of the group, plan and channel pickers, loaded from Graph through IDirectoryService. */
export interface ILinkOptions {
  groups: IGroupRef[];
  plans: IPlanRef[];
  channels: IChannelRef[];
  loadingGroups: boolean;
  loadingChildren: boolean;
  /** Localized reason a list could not be loaded. */
  error: string | undefined;
  /** Searches groups by name as the person types. */
  searchGroups: (text: string) => void;
}

const GROUP_SEARCH_DEBOUNCE_MS = 300;

/** Loads groups (searchable) and, for the chosen group, its plans and channels. */
export function useLinkPickers(directory: IDirectoryService, groupId: string, active: boolean): ILinkOptions {
  const [groups, setGroups] = React.useState<IGroupRef[]>([]);
  const [plans, setPlans] = React.useState<IPlanRef[]>([]);
  const [channels, setChannels] = React.useState<IChannelRef[]>([]);
  const [search, setSearch] = React.useState('');
  const [loadingGroups, setLoadingGroups] = React.useState(false);
  const [loadingChildren, setLoadingChildren] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (!active) return;
    let current = true;
    const timer = window.setTimeout(() => {
      setLoadingGroups(true);
      directory.groups(search || undefined).then(
        (found) => {
          if (!current) return;
          setGroups(found);
          setLoadingGroups(false);
        },
        (e: unknown) => {
          logError('ProjectForm groups', e);
          if (!current) return;
          setLoadingGroups(false);
          setError(errorMessage(e));
        }
      );
    }, search ? GROUP_SEARCH_DEBOUNCE_MS : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [directory, search, active]);

  React.useEffect(() => {
    setPlans([]);
    setChannels([]);
    if (!active || !groupId) return;
    let current = true;
    setLoadingChildren(true);
    // A group without Teams has no channels; a failed channel list must not hide the plans.
    Promise.all([
      directory.plans(groupId).catch((e: unknown) => {
        logError('ProjectForm plans', e);
        if (current) setError(errorMessage(e));
        return [] as IPlanRef[];
      }),
      directory.channels(groupId).catch((e: unknown) => {
        logError('ProjectForm channels', e);
        if (current) setError(errorMessage(e));
        return [] as IChannelRef[];
      })
    ]).then(([p, c]) => {
      if (!current) return;
      setPlans(p);
      setChannels(c);
      setLoadingChildren(false);
    });
    return () => {
      current = false;
    };
  }, [directory, groupId, active]);

  const searchGroups = React.useCallback((text: string) => {
    setError(undefined);
    setSearch(text.trim());
  }, []);

  return { groups, plans, channels, loadingGroups, loadingChildren, error, searchGroups };
}
