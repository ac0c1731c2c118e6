/**
 * Hash routes of the local page, so a reload (e.g. after switching person) keeps the view:
 * #/portfolio (default), #/register, #/project, #/project/<item id>[/<tab>[/<meeting id>]], #/meetings, #/proposals, and the
 * Teams mode #/teams, #/teams/<team group id>[/<channel id>] (a channel tab as Teams hosts it).
 */
import * as React from 'react';

export type ViewKey = 'portfolio' | 'register' | 'project' | 'meetings' | 'proposals' | 'teams';
export const VIEWS: ViewKey[] = ['portfolio', 'register', 'project', 'meetings', 'proposals', 'teams'];

export interface Route {
  view: ViewKey;
  /** PMO Projects item id, project view only. */
  projectId?: number;
  /** Project view only: the workspace tab to open on, and (meetings tab) the PMO Meetings item to open. */
  tab?: string;
  meetingId?: number;
  /** Teams mode only: the team (its M365 group id) and the channel whose tab is shown. */
  teamId?: string;
  channelId?: string;
}

export function parseRoute(hash: string): Route {
  const t = /^#\/teams(?:\/([0-9a-f-]{36}))?(?:\/([^/]+))?\/?$/i.exec(hash);
  if (t) return { view: 'teams', teamId: t[1], channelId: t[1] && t[2] ? decodeURIComponent(t[2]) : undefined };
  const p = /^#\/project\/(\d+)\/([a-z]+)(?:\/(\d+))?\/?$/.exec(hash);
  if (p) return { view: 'project', projectId: Number(p[1]), tab: p[2], meetingId: p[3] ? Number(p[3]) : undefined };
  const m = /^#\/(portfolio|register|project|meetings|proposals)(?:\/(\d+))?\/?$/.exec(hash);
  if (!m) return { view: 'portfolio' };
  const view = m[1] as ViewKey;
  const id = m[2] ? Number(m[2]) : undefined;
  return view === 'project' && id ? { view, projectId: id } : { view };
}

export function routeHref(route: Route): string {
  if (route.view === 'teams' && route.teamId) return `#/teams/${route.teamId}${route.channelId ? `/${encodeURIComponent(route.channelId)}` : ''}`;
  if (route.view !== 'project' || !route.projectId) return `#/${route.view}`;
  const tab = route.tab ? `/${route.tab}${route.meetingId ? `/${route.meetingId}` : ''}` : '';
  return `#/project/${route.projectId}${tab}`;
}

/** The current route, following hashchange. */
export function useRoute(): Route {
  const [route, setRoute] = React.useState(() => parseRoute(window.location.hash));
  React.useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
