/**
 * The Teams transcript of a meeting occurrence, for prefilling its minutes: the online meeting found by
 * its join URL (`/me/onlineMeetings?$filter=JoinWebUrl eq '…'`, the URL percent-encoded inside the literal as
 * learn.microsoft.com/graph/api/onlinemeeting-get requires), its transcripts listed, the one of this
 * occurrence picked by time (a series shares one online meeting), and its content read as text/vtt
 * (learn.microsoft.com/graph/api/calltranscript-get). Through /me only the organizer finds the meeting
 * (an attendee's filter is 403: microsoft-graph-docs-contrib#436), so someone else's meeting is answered
 * without a request. When there is nothing to read, the result says why instead of throwing.
 */
import type { ResponseType } from '@microsoft/microsoft-graph-client';
import type { IGraphLike } from '../clients';
import { toAppError } from '../errors';
import { guard, statusOf } from '../guard';
import type { ITranscriptLookup, ITranscriptResult, ITranscriptService } from '../types';
import { queryString, seg } from './paging';

interface ICallTranscript {
  id: string;
  createdDateTime?: string;
  endDateTime?: string;
}

/** How far a transcript's start may lie from the occurrence's start and end (late joiners, overruns). */
const BEFORE_MS = 30 * 60000;
const AFTER_MS = 2 * 3600000;

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sameMail = (a?: string, b?: string) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The transcript started during the occurrence (or just around it), the latest when there are several. */
export function transcriptOfOccurrence<T extends ICallTranscript>(list: T[], startIso: string, endIso: string): T | undefined {
  const start = Date.parse(startIso);
  const end = Date.parse(endIso);
  const inWindow = list.filter((t) => {
    const at = Date.parse(t.createdDateTime || '');
    return !isNaN(at) && (isNaN(start) || (at >= start - BEFORE_MS && at <= (isNaN(end) ? start : end) + AFTER_MS));
  });
  return inWindow.sort((a, b) => Date.parse(b.createdDateTime || '') - Date.parse(a.createdDateTime || ''))[0];
}

export class TranscriptService implements ITranscriptService {
  constructor(private readonly graph: IGraphLike) {}

  public transcriptFor(lookup: ITranscriptLookup): Promise<ITranscriptResult> {
    return guard('Reading the meeting transcript', async () => {
      if (!lookup.joinUrl) return { kind: 'unavailable', reason: 'notOnline' };
      if (lookup.organizer && !sameMail(lookup.organizer, lookup.me)) return { kind: 'unavailable', reason: 'notOrganizer' };
      try {
        return await this.read(lookup);
      } catch (e) {
        if (statusOf(e) !== 403) throw e;
        const error = toAppError(e, 'Reading the meeting transcript');
        return { kind: 'unavailable', reason: 'forbidden', permission: error.permission };
      }
    });
  }

  private async read(lookup: ITranscriptLookup): Promise<ITranscriptResult> {
    const found: { value?: { id: string }[] } = await this.graph.api(`/me/onlineMeetings${queryString({ $filter: `JoinWebUrl eq ${odataString(lookup.joinUrl || '')}` })}`).get();
    const meeting = (found.value || [])[0];
    // Nothing behind the join URL: an expired meeting, or one Teams never created.
    if (!meeting) return { kind: 'unavailable', reason: 'noTranscript' };
    const base = `/me/onlineMeetings/${seg(meeting.id)}/transcripts`;
    const list: { value?: ICallTranscript[] } = await this.graph.api(base).get();
    const t = transcriptOfOccurrence(list.value || [], lookup.start, lookup.end);
    if (!t) return { kind: 'unavailable', reason: 'noTranscript' };
    const vtt: string = await this.graph
      .api(`${base}/${seg(t.id)}/content${queryString({ $format: 'text/vtt' })}`)
      .responseType('text' as ResponseType)
      .get();
    return { kind: 'found', transcript: { id: t.id, createdDateTime: t.createdDateTime || '', vtt: String(vtt || '') } };
  }
}
