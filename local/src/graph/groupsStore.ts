/** Microsoft 365 groups, their members and owners, and the team (with channels) each group has. */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { findPerson } from '../directory.ts';
import { channelId } from './ids.ts';

export const TENANT_ID = 'b1f6c3a2-7d4e-4f5a-9c8b-0a1b2c3d4e5f';

export interface GroupRow {
  seq: number;
  id: string;
  displayName: string;
  mail: string;
  mailNickname: string;
  description: string | null;
  visibility: string;
  hasTeam: number;
  createdDateTime: string;
}

export interface ChannelRow {
  id: string;
  groupId: string;
  displayName: string;
  description: string | null;
  isGeneral: number;
  createdDateTime: string;
}

export interface NewGroup {
  id?: string;
  displayName: string;
  mail: string;
  description?: string;
  visibility?: 'Private' | 'Public';
  /** Graph user ids (or mails) of members; owners are added as members too, as the Teams admin UI does. */
  memberIds?: string[];
  ownerIds?: string[];
  /** Whether the group is team-enabled (default true). */
  team?: boolean;
  /** Channels besides General. */
  channels?: string[];
}

function personId(db: Db, key: string): string {
  const p = findPerson(db, key);
  if (!p) throw new Error(`Unknown person '${key}'`);
  return p.id;
}

export function insertGroup(db: Db, g: NewGroup): GroupRow {
  return transaction(db, () => {
    const id = g.id ?? crypto.randomUUID();
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    db.prepare('INSERT INTO graph_groups (id, displayName, mail, mailNickname, description, visibility, hasTeam, createdDateTime) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      g.displayName,
      g.mail,
      g.mail.split('@')[0],
      g.description ?? null,
      g.visibility ?? 'Private',
      g.team === false ? 0 : 1,
      now
    );
    const add = db.prepare('INSERT OR IGNORE INTO graph_group_members (groupId, userId, role) VALUES (?, ?, ?)');
    for (const o of g.ownerIds ?? []) {
      add.run(id, personId(db, o), 'owner');
      add.run(id, personId(db, o), 'member');
    }
    for (const m of g.memberIds ?? []) add.run(id, personId(db, m), 'member');
    if (g.team !== false) {
      const ch = db.prepare('INSERT INTO graph_channels (id, groupId, displayName, description, isGeneral, createdDateTime) VALUES (?, ?, ?, ?, ?, ?)');
      ch.run(channelId(), id, 'General', g.description ?? null, 1, now);
      for (const name of g.channels ?? []) ch.run(channelId(), id, name, null, 0, now);
    }
    return getGroup(db, id)!;
  });
}

export function getGroup(db: Db, id: string): GroupRow | undefined {
  return db.prepare('SELECT * FROM graph_groups WHERE id = ?').get(id) as GroupRow | undefined;
}

export function listGroups(db: Db): GroupRow[] {
  return db.prepare('SELECT * FROM graph_groups ORDER BY seq').all() as unknown as GroupRow[];
}

export function groupMemberIds(db: Db, groupId: string, role: 'member' | 'owner'): string[] {
  return (db.prepare('SELECT userId FROM graph_group_members WHERE groupId = ? AND role = ?').all(groupId, role) as { userId: string }[]).map((r) => r.userId);
}

export function groupsOfUser(db: Db, userId: string): GroupRow[] {
  return db
    .prepare("SELECT g.* FROM graph_groups g JOIN graph_group_members m ON m.groupId = g.id WHERE m.userId = ? AND m.role = 'member' ORDER BY g.seq")
    .all(userId) as unknown as GroupRow[];
}

export function channelsOf(db: Db, groupId: string): ChannelRow[] {
  return db.prepare('SELECT * FROM graph_channels WHERE groupId = ? ORDER BY isGeneral DESC, seq').all(groupId) as unknown as ChannelRow[];
}

export function groupResource(g: GroupRow): Record<string, unknown> {
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.createdDateTime,
    creationOptions: g.hasTeam ? ['Team'] : [],
    description: g.description,
    displayName: g.displayName,
    expirationDateTime: null,
    groupTypes: ['Unified'],
    isAssignableToRole: null,
    mail: g.mail,
    mailEnabled: true,
    mailNickname: g.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: [`SMTP:${g.mail}`],
    renewedDateTime: g.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: g.hasTeam ? ['Team'] : [],
    securityEnabled: false,
    securityIdentifier: null,
    theme: null,
    visibility: g.visibility
  };
}

export function teamResource(g: GroupRow, general?: ChannelRow): Record<string, unknown> {
  return {
    id: g.id,
    createdDateTime: g.createdDateTime,
    displayName: g.displayName,
    description: g.description,
    internalId: general?.id ?? null,
    classification: null,
    specialization: 'none',
    visibility: g.visibility.toLowerCase(),
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(general?.id ?? '')}/conversations?groupId=${g.id}&tenantId=${TENANT_ID}`,
    isArchived: false,
    tenantId: TENANT_ID
  };
}

export function channelResource(c: ChannelRow, mail: string): Record<string, unknown> {
  return {
    id: c.id,
    createdDateTime: c.createdDateTime,
    displayName: c.displayName,
    description: c.description,
    isFavoriteByDefault: null,
    email: c.isGeneral ? mail : '',
    tenantId: TENANT_ID,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(c.id)}/${encodeURIComponent(c.displayName)}?groupId=${c.groupId}&tenantId=${TENANT_ID}`,
    membershipType: 'standard'
  };
}
