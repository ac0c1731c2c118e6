/**
 * Which of PMO Hub's Graph scopes (config/package-solution.json, justified in docs/permissions.md) each
 * call relies on, so a refusal can name the permission an administrator has to grant. Graph's 403 body
 * does not say which scope was missing (Outlook answers ErrorAccessDenied, the directory
 * Authorization_RequestDenied, Planner an empty code: local/src/graph/consent.ts cites each), so the
 * name comes from the call that was refused.
 */
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import type { IGraphLike } from '../clients';

interface IRule {
  /** 'read' = GET; 'write' = anything else; 'any' = both. */
  methods: 'read' | 'write' | 'any';
  path: RegExp;
  permission: string;
}

const OWNER = '(?:me|users/[^/]+)';
const CAL = '(?:/calendar)?/(?:calendarview|events)';

/** First match wins. Paths relative to the version root, lower case, without the query. */
const RULES: IRule[] = [
  { methods: 'any', path: new RegExp(`^/${OWNER}/sendmail$`), permission: 'Mail.Send' },
  { methods: 'any', path: new RegExp(`^/groups/[^/]+${CAL}(?:/|$)`), permission: 'Group.Read.All' },
  { methods: 'any', path: new RegExp(`^/${OWNER}${CAL}(?:/|$)`), permission: 'Calendars.ReadWrite' },
  // Planner reads also accept Group.Read.All, so a read is refused only when both are missing; the
  // package relies on Tasks.ReadWrite for Planner.
  { methods: 'any', path: /^\/(?:planner\/|groups\/[^/]+\/planner\/|(?:me|users\/[^/]+)\/planner\/)/, permission: 'Tasks.ReadWrite' },
  { methods: 'read', path: /^\/(?:teams\/|groups(?:\/|$)|(?:me|users\/[^/]+)\/(?:memberof|joinedteams)(?:\/|$))/, permission: 'Group.Read.All' },
  // Transcripts need their own scope beside OnlineMeetings.Read (onlinemeeting-list-transcripts, calltranscript-get).
  { methods: 'read', path: new RegExp(`^/${OWNER}/onlinemeetings/[^/]+/transcripts(?:/|$)`), permission: 'OnlineMeetingTranscript.Read.All' },
  { methods: 'read', path: new RegExp(`^/${OWNER}/onlinemeetings(?:/|$)`), permission: 'OnlineMeetings.Read' },
  { methods: 'read', path: /^\/me$/, permission: 'User.Read' },
  { methods: 'read', path: /^\/users(?:\/[^/]+)?$/, permission: 'User.ReadBasic.All' }
];

/** The permission a Graph call relies on: `url` relative to the version root or absolute (a nextLink). */
export function permissionFor(method: string, url: string): string | undefined {
  const path = url
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/^\/(?:v1\.0|beta)(?=\/)/i, '')
    .split('?')[0]
    .replace(/\/+$/, '')
    .toLowerCase();
  const kind = method.toUpperCase() === 'GET' ? 'read' : 'write';
  const rule = RULES.filter((r) => (r.methods === 'any' || r.methods === kind) && r.path.test(path))[0];
  return rule && rule.permission;
}

interface IRefusal {
  statusCode?: number;
  status?: number;
  message?: string;
  permission?: string;
}

// Without any consent, SPFx cannot get a Graph token at all and rejects before sending (AADSTS65001,
// "The user or administrator has not consented to use the application": SharePoint/sp-dev-docs#2473, #9715).
const NO_CONSENT = /AADSTS65001|has not consented/i;

/** Marks a refused Graph call with the permission it relies on (read by toAppError); other errors pass. */
export function withPermission<E>(error: E, method: string, url: string): E {
  const e = error as unknown as IRefusal;
  if (!e || typeof e !== 'object') return error;
  const status = e.statusCode ?? e.status;
  const refused = status === 401 || status === 403 || NO_CONSENT.test(String(e.message || ''));
  const permission = refused ? permissionFor(method, url) : undefined;
  if (permission && !e.permission) e.permission = permission;
  return error;
}

const SENDERS: { name: keyof GraphRequest; method: string }[] = [
  { name: 'get', method: 'GET' },
  { name: 'post', method: 'POST' },
  { name: 'create', method: 'POST' },
  { name: 'put', method: 'PUT' },
  { name: 'patch', method: 'PATCH' },
  { name: 'update', method: 'PATCH' },
  { name: 'delete', method: 'DELETE' },
  { name: 'del', method: 'DELETE' }
];

/** The Graph client whose every refused call names its permission (see withPermission). */
export function namingPermissions(graph: IGraphLike): IGraphLike {
  return {
    api(path: string): GraphRequest {
      const request = graph.api(path);
      const target = request as unknown as Record<string, unknown>;
      for (const s of SENDERS) {
        const send = target[s.name];
        if (typeof send !== 'function') continue;
        target[s.name] = (...args: unknown[]): Promise<unknown> =>
          (send as (...a: unknown[]) => Promise<unknown>).apply(request, args).catch((e: unknown) => {
            throw withPermission(e, s.method, path);
          });
      }
      return request;
    }
  };
}
