/** Event rows → Graph event resources (wire §2.4): 7-digit local dateTime + timeZone, Outlook's field set. */
import type { Db } from '../store.ts';
import type { LocalRequest } from '../http.ts';
import { findPerson } from '../directory.ts';
import { getGroup } from './groupsStore.ts';
import { formatOutlook, formatUtc, preferredZone } from './time.ts';
import { parseJson, type EmailAddress, type EventRow, type Owner } from './eventsStore.ts';
import { hasAttachments } from './eventsWrite.ts';
import { header } from './protocol.ts';

const ZERO_TIME = '0001-01-01T00:00:00Z';

export interface ViewOptions {
  /** Zone the client asked for with Prefer: outlook.timezone (else UTC). */
  tz?: { name: string; zone: string };
  /** Prefer: outlook.body-content-type="text". */
  textBody?: boolean;
}

export function viewOptions(req: LocalRequest): ViewOptions & { applied: string[] } {
  const prefer = header(req, 'prefer');
  const tz = preferredZone(prefer);
  const textBody = /outlook\.body-content-type\s*=\s*"?text"?/i.test(prefer ?? '');
  const applied = [...(tz ? [`outlook.timezone="${tz.name}"`] : []), ...(textBody ? ['outlook.body-content-type="text"'] : [])];
  return { tz, textBody, applied };
}

export function preferenceApplied(applied: string[]): Record<string, string> {
  return applied.length ? { 'Preference-Applied': applied.join(',') } : {};
}

function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)[^>]*>/gi, '\r\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

function dateTimeTimeZone(utc: number, opts: ViewOptions) {
  return { dateTime: formatOutlook(utc, opts.tz?.zone ?? 'UTC'), timeZone: opts.tz?.name ?? 'UTC' };
}

/** Display name and address of whoever owns a calendar (a person or a group). */
export function ownerAddress(db: Db, owner: Owner): EmailAddress | undefined {
  if (owner.kind === 'group') {
    const g = getGroup(db, owner.id);
    return g ? { name: g.displayName, address: g.mail } : undefined;
  }
  const p = findPerson(db, owner.id);
  return p ? { name: p.displayName, address: p.mail } : undefined;
}

export function eventResource(db: Db, row: EventRow, opts: ViewOptions): Record<string, unknown> {
  const location = row.location ? { displayName: row.location, locationType: 'default', uniqueId: row.location, uniqueIdType: 'private' } : { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  const bodyText = htmlToText(row.bodyContent);
  const online = Boolean(row.isOnlineMeeting);
  return {
    '@odata.etag': `W/"${row.changeKey}"`,
    id: row.id,
    createdDateTime: row.createdDateTime,
    lastModifiedDateTime: row.lastModifiedDateTime,
    changeKey: row.changeKey,
    categories: parseJson<string[]>(row.categories),
    transactionId: null,
    originalStartTimeZone: row.startZone,
    originalEndTimeZone: row.endZone,
    iCalUId: row.iCalUId,
    uid: row.iCalUId.slice(0, 32) + '00000000' + row.iCalUId.slice(40),
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: hasAttachments(db, row.type === 'occurrence' ? row.seriesMasterId! : row.id),
    subject: row.subject,
    bodyPreview: bodyText.slice(0, 255),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: Boolean(row.isAllDay),
    isCancelled: Boolean(row.isCancelled),
    isOrganizer: Boolean(row.isOrganizer),
    responseRequested: true,
    seriesMasterId: row.type === 'occurrence' || row.type === 'exception' ? row.seriesMasterId : null,
    showAs: 'busy',
    type: row.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(row.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: online,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    ...(row.originalStart !== null && row.type !== 'seriesMaster' ? { originalStart: formatUtc(row.originalStart) } : {}),
    responseStatus: { response: row.isOrganizer ? 'organizer' : 'notResponded', time: ZERO_TIME },
    body: opts.textBody ? { contentType: 'text', content: bodyText } : { contentType: row.bodyType, content: row.bodyContent },
    start: dateTimeTimeZone(row.startUtc, opts),
    end: dateTimeTimeZone(row.endUtc, opts),
    location,
    locations: row.location ? [location] : [],
    recurrence: row.type === 'seriesMaster' ? parseJson(row.recurrence) : null,
    attendees: parseJson(row.attendees),
    organizer: { emailAddress: parseJson(row.organizer) },
    onlineMeeting: online && row.joinUrl ? { joinUrl: row.joinUrl } : null
  };
}
