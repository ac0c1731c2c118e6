/**
 * Consent simulation: the tenant can run as if the app lacked some delegated scopes (PMO_DENY_SCOPES
 * or POST /__pmo/consent), for the fault drills and for views that must name a missing permission.
 * The app holds the scopes it requests in config/package-solution.json (plus User.Read, which every
 * SPFx solution has) minus the denied ones; a route answers 403 when none of the scopes Graph accepts
 * for it is held, with the error body that route's workload answers:
 * - Outlook (calendar, events, attachments, sendMail): `ErrorAccessDenied` "Access is denied. Check
 *   credentials and try again." (msgraph-sdk-javascript#378, microsoftgraph-postman-collections#48);
 * - directory (users, groups): `Authorization_RequestDenied` "Insufficient privileges to complete the
 *   operation." (msgraph-sdk-powershell#2169, microsoft-graph-docs-contrib#4903);
 * - Planner: code "" and "You do not have the required permissions to access this item."
 *   (microsoft-graph-docs#6204, microsoft-graph-explorer-v4#2897);
 * - Teams: `Forbidden` "Missing scope permissions on the request. API requires one of '…'. Scopes on
 *   the request '…'".
 * Which scopes each route accepts follows the permission tables of the Graph v1.0 API reference (least
 * privileged first; e.g. https://learn.microsoft.com/en-us/graph/api/user-list-calendarview,
 * /group-list-calendarview, /plannerplan-get, /user-sendmail, /channel-list, /user-list).
 * - cloud communications (online meetings, transcripts): `Forbidden` with an empty message
 *   (microsoft-graph-docs#6663, microsoft-graph-docs-contrib#6320).
 * With nothing denied every request passes, as before (any token is accepted).
 */
import { graphError, type LocalResponse } from '../http.ts';

/** What PMO Hub's package requests (config/package-solution.json), plus SPFx's own User.Read. */
export const APP_SCOPES = ['User.Read', 'Calendars.ReadWrite', 'Group.Read.All', 'Tasks.ReadWrite', 'Mail.Send', 'User.ReadBasic.All', 'OnlineMeetings.Read', 'OnlineMeetingTranscript.Read.All'];

type Workload = 'outlook' | 'directory' | 'planner' | 'teams' | 'communications';

interface ScopeRule {
  methods: 'read' | 'write' | 'any';
  path: RegExp;
  workload: Workload;
  scopes: string[];
}

const OWNER = '(?:me|users/[^/]+)';
const GROUP = 'groups/[^/]+';
const CAL = '(?:/calendar)?/(?:calendarview|events)';

/** First match wins; order from the most specific path. */
const RULES: ScopeRule[] = [
  // Transcripts need their own scope even when OnlineMeetings.Read is held (onlinemeeting-list-transcripts, calltranscript-get).
  { methods: 'read', path: new RegExp(`^/${OWNER}/onlinemeetings/[^/]+/transcripts(?:/|$)`), workload: 'communications', scopes: ['OnlineMeetingTranscript.Read.All'] },
  { methods: 'read', path: new RegExp(`^/${OWNER}/onlinemeetings(?:/|$)`), workload: 'communications', scopes: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'] },
  { methods: 'any', path: new RegExp(`^/${OWNER}/sendmail$`), workload: 'outlook', scopes: ['Mail.Send'] },
  { methods: 'read', path: new RegExp(`^/${GROUP}${CAL}(?:/|$)`), workload: 'outlook', scopes: ['Group.Read.All', 'Group.ReadWrite.All'] },
  { methods: 'write', path: new RegExp(`^/${GROUP}${CAL}(?:/|$)`), workload: 'outlook', scopes: ['Group.ReadWrite.All'] },
  { methods: 'read', path: new RegExp(`^/${OWNER}${CAL}(?:/|$)`), workload: 'outlook', scopes: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'] },
  { methods: 'write', path: new RegExp(`^/${OWNER}${CAL}(?:/|$)`), workload: 'outlook', scopes: ['Calendars.ReadWrite'] },
  { methods: 'read', path: /^\/(?:planner\/|groups\/[^/]+\/planner\/|(?:me|users\/[^/]+)\/planner\/)/, workload: 'planner', scopes: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'] },
  { methods: 'write', path: /^\/(?:planner\/|groups\/[^/]+\/planner\/)/, workload: 'planner', scopes: ['Tasks.ReadWrite', 'Group.ReadWrite.All'] },
  { methods: 'read', path: /^\/teams\/[^/]+\/(?:channels|primarychannel)(?:\/|$)/, workload: 'teams', scopes: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
  { methods: 'read', path: /^\/(?:teams\/[^/]+|groups\/[^/]+\/team)$/, workload: 'teams', scopes: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
  { methods: 'read', path: /^\/(?:me|users\/[^/]+)\/joinedteams$/, workload: 'teams', scopes: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'User.Read.All', 'Directory.Read.All'] },
  { methods: 'read', path: /^\/(?:me|users\/[^/]+)\/memberof(?:\/|$)/, workload: 'directory', scopes: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
  { methods: 'read', path: /^\/groups(?:\/|$)/, workload: 'directory', scopes: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] },
  { methods: 'read', path: /^\/me$/, workload: 'directory', scopes: ['User.Read', 'User.ReadBasic.All', 'User.Read.All'] },
  { methods: 'read', path: /^\/users(?:\/[^/]+)?$/, workload: 'directory', scopes: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'] }
];

/** The scopes the simulated app lacks; empty = no simulation. */
export class Consent {
  private denied = new Set<string>();

  constructor(initial = '') {
    this.set(initial.split(/[\s,]+/));
  }

  set(scopes: string[]): string[] {
    this.denied = new Set(scopes.map((s) => s.trim()).filter(Boolean).map(scopeName));
    return this.list();
  }

  list(): string[] {
    return [...this.denied].sort();
  }

  /** The 403 a request gets when the app holds none of the scopes its route accepts; undefined when allowed. */
  check(method: string, graphPath: string): LocalResponse | undefined {
    if (!this.denied.size) return undefined;
    const path = graphPath.toLowerCase().replace(/\/+$/, '');
    const kind = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
    const rule = RULES.find((r) => (r.methods === 'any' || r.methods === kind) && r.path.test(path));
    if (!rule) return undefined;
    const held = APP_SCOPES.filter((s) => !this.denied.has(s));
    if (rule.scopes.some((s) => held.includes(s))) return undefined;
    return denial(rule, held);
  }
}

/** The app's spelling of a scope, whatever case the caller used (scopes are case-insensitive). */
function scopeName(scope: string): string {
  return [...APP_SCOPES, ...RULES.flatMap((r) => r.scopes)].find((s) => s.toLowerCase() === scope.toLowerCase()) ?? scope;
}

function denial(rule: ScopeRule, held: string[]): LocalResponse {
  switch (rule.workload) {
    case 'outlook':
      return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    case 'directory':
      return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'planner':
      return graphError(403, '', 'You do not have the required permissions to access this item.');
    case 'communications':
      return graphError(403, 'Forbidden', '');
    case 'teams':
      return graphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${rule.scopes.join(', ')}'. Scopes on the request '${held.join(', ')}'`);
  }
}
