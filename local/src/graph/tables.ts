/**
 * SQLite tables of the Graph subset. Prefixed graph_ so they never collide with the SharePoint
 * module's tables in the same store.
 */
import type { Db } from '../store.ts';

const TABLES = [
  `CREATE TABLE IF NOT EXISTS graph_groups (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    displayName TEXT NOT NULL,
    mail TEXT NOT NULL,
    mailNickname TEXT NOT NULL,
    description TEXT,
    visibility TEXT NOT NULL DEFAULT 'Private',
    hasTeam INTEGER NOT NULL DEFAULT 1,
    createdDateTime TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_group_members (
    groupId TEXT NOT NULL REFERENCES graph_groups(id) ON DELETE CASCADE,
    userId TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('member', 'owner')),
    PRIMARY KEY (groupId, userId, role)
  )`,
  `CREATE TABLE IF NOT EXISTS graph_channels (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    groupId TEXT NOT NULL REFERENCES graph_groups(id) ON DELETE CASCADE,
    displayName TEXT NOT NULL,
    description TEXT,
    isGeneral INTEGER NOT NULL DEFAULT 0,
    createdDateTime TEXT NOT NULL
  )`,
  // One row per stored event: single instances, series masters, exceptions (id = the occurrence id),
  // and attendees' copies (organizerEventId points at the organizer's row). Plain occurrences of a
  // series have no row: calendarView computes them.
  `CREATE TABLE IF NOT EXISTS graph_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    ownerKind TEXT NOT NULL CHECK (ownerKind IN ('user', 'group')),
    ownerId TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('singleInstance', 'seriesMaster', 'exception')),
    seriesMasterId TEXT,
    originalStart INTEGER,
    organizerEventId TEXT,
    iCalUId TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    bodyType TEXT NOT NULL DEFAULT 'html',
    bodyContent TEXT NOT NULL DEFAULT '',
    startUtc INTEGER NOT NULL,
    endUtc INTEGER NOT NULL,
    startZone TEXT NOT NULL DEFAULT 'UTC',
    endZone TEXT NOT NULL DEFAULT 'UTC',
    isAllDay INTEGER NOT NULL DEFAULT 0,
    isCancelled INTEGER NOT NULL DEFAULT 0,
    isOrganizer INTEGER NOT NULL DEFAULT 1,
    organizer TEXT NOT NULL,
    attendees TEXT NOT NULL DEFAULT '[]',
    categories TEXT NOT NULL DEFAULT '[]',
    location TEXT NOT NULL DEFAULT '',
    isOnlineMeeting INTEGER NOT NULL DEFAULT 0,
    joinUrl TEXT,
    recurrence TEXT,
    changeKey TEXT NOT NULL,
    createdDateTime TEXT NOT NULL,
    lastModifiedDateTime TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS graph_events_owner ON graph_events (ownerKind, ownerId)',
  'CREATE INDEX IF NOT EXISTS graph_events_master ON graph_events (seriesMasterId)',
  'CREATE INDEX IF NOT EXISTS graph_events_copies ON graph_events (organizerEventId)',
  `CREATE TABLE IF NOT EXISTS graph_attachments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    eventId TEXT NOT NULL REFERENCES graph_events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    contentType TEXT NOT NULL,
    size INTEGER NOT NULL,
    isInline INTEGER NOT NULL DEFAULT 0,
    contentBytes TEXT NOT NULL,
    lastModifiedDateTime TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_plans (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    groupId TEXT NOT NULL REFERENCES graph_groups(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    createdBy TEXT,
    createdDateTime TEXT NOT NULL,
    version INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_buckets (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    planId TEXT NOT NULL REFERENCES graph_plans(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    orderHint TEXT NOT NULL,
    version INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_tasks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    planId TEXT NOT NULL REFERENCES graph_plans(id) ON DELETE CASCADE,
    bucketId TEXT,
    title TEXT NOT NULL,
    orderHint TEXT NOT NULL,
    assigneePriority TEXT NOT NULL DEFAULT '',
    percentComplete INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 5,
    startDateTime TEXT,
    dueDateTime TEXT,
    completedDateTime TEXT,
    completedBy TEXT,
    createdDateTime TEXT NOT NULL,
    createdBy TEXT,
    conversationThreadId TEXT,
    appliedCategories TEXT NOT NULL DEFAULT '{}',
    assignments TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS graph_tasks_plan ON graph_tasks (planId)',
  `CREATE TABLE IF NOT EXISTS graph_task_details (
    taskId TEXT PRIMARY KEY REFERENCES graph_tasks(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    previewType TEXT NOT NULL DEFAULT 'automatic',
    checklist TEXT NOT NULL DEFAULT '{}',
    refs TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sentAt TEXT NOT NULL,
    sender TEXT NOT NULL,
    message TEXT NOT NULL,
    saveToSentItems INTEGER NOT NULL DEFAULT 1
  )`,
  // Teams meetings whose organizer the events do not tell (group calendars), and meeting transcripts (onlineMeetings.ts).
  `CREATE TABLE IF NOT EXISTS graph_online_meetings (
    id TEXT PRIMARY KEY,
    joinUrl TEXT NOT NULL UNIQUE,
    organizerId TEXT NOT NULL,
    subject TEXT NOT NULL,
    startUtc INTEGER NOT NULL,
    endUtc INTEGER NOT NULL,
    createdDateTime TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS graph_transcripts (
    id TEXT PRIMARY KEY,
    meetingId TEXT NOT NULL,
    callId TEXT NOT NULL,
    contentCorrelationId TEXT NOT NULL,
    createdDateTime TEXT NOT NULL,
    endDateTime TEXT NOT NULL,
    content TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS graph_transcripts_meeting ON graph_transcripts (meetingId)',
  // One counter for every Planner etag, so a resource's etags only ever grow.
  'CREATE TABLE IF NOT EXISTS graph_version (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)'
];

export function migrateGraph(db: Db): void {
  for (const sql of TABLES) db.exec(sql);
  db.exec('INSERT OR IGNORE INTO graph_version (id, value) VALUES (1, 0)');
}

/** Empties every Graph table (the people directory is not Graph's and stays). */
export function clearGraph(db: Db): void {
  migrateGraph(db);
  for (const t of ['graph_attachments', 'graph_task_details', 'graph_tasks', 'graph_buckets', 'graph_plans', 'graph_events', 'graph_channels', 'graph_group_members', 'graph_groups', 'graph_outbox', 'graph_transcripts', 'graph_online_meetings']) {
    db.exec(`DELETE FROM ${t}`);
  }
}

/** Next value of the tenant-wide version counter (call inside the write's transaction). */
export function nextVersion(db: Db): number {
  db.exec('UPDATE graph_version SET value = value + 1 WHERE id = 1');
  return (db.prepare('SELECT value FROM graph_version WHERE id = 1').get() as { value: number }).value;
}
