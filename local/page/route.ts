/**
 * Hash routes of the local page, so a reload (e.g. after switching person) keeps the view:
 * #/portfolio (default), #/register, #/project, #/project/<item id>, #/meetings, #/proposals.
 */
import * as React from 'react';

export type ViewKey = 'portfolio' | 'register' | 'project' | 'meetings' | 'proposals';
export const VIEWS: ViewKey[] = ['portfolio', 'register', 'project', 'meetings', 'proposals'];

export interface Route {
  view: ViewKey;
  /** PMO Projects item id, project view only. */
  projectId?: number;
}

export function parseRoute(hash: string): Route {
  const m = /^#\/(portfolio|register|project|meetings|proposals)(?:\/(\d+))?\/?$/.exec(hash);
  if (!m) return { view: 'portfolio' };
  const view = m[1] as ViewKey;
  const id = m[2] ? Number(m[2]) : undefined;
  return view === 'project' && id ? { view, projectId: id } : { view };
}

export function routeHref(route: Route): string {
  return route.view === 'project' && route.projectId ? `#/project/${route.projectId}` : `#/${route.view}`;
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
