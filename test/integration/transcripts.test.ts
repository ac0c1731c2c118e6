/**
 * The transcript service on the real Graph client against the demo tenant: the demo's online meetings
 * with and without transcripts, the meeting that was not online, someone else's meeting, a recurring
 * status meeting's occurrences, and a missing scope named.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { logMark, logSince, servicesFor } from '../helpers/clients';
import type { ICalendarEvent } from '../../src/model/meetings/types';
import type { IMeeting, IProject } from '../../src/model/types';
import type { IPmoServices, ITranscriptLookup } from '../../src/services/types';

const DAY = 86400000;

describe('meeting transcripts', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let services: IPmoServices;
  let me: string;
  let events: ICalendarEvent[];
  const lookup = (e: ICalendarEvent, who = me): ITranscriptLookup => ({ joinUrl: e.joinUrl, start: e.start, end: e.end, organizer: e.organizer.email, me: who });
  const bySubject = (s: string) => {
    const e = events.find((x) => x.subject === s);
    if (!e) throw new Error(`no event '${s}'`);
    return e;
  };

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
    me = project.manager!.email;
    services = servicesFor(tenant, me);
    const now = Date.now();
    events = await services.calendar.meetings([project.groupId!], new Date(now - 30 * DAY).toISOString(), new Date(now + DAY).toISOString());
  }, 120000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('reads the design review’s Teams VTT in three requests: the meeting by join URL, its transcripts, the content', async () => {
    const review = bySubject('[PRJ-0042] Integration design review');
    expect(review.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const mark = await logMark(tenant);
    const r = await services.transcripts!.transcriptFor(lookup(review));
    const log = await logSince(tenant, mark);
    if (r.kind !== 'found') throw new Error(`expected a transcript, got ${JSON.stringify(r)}`);
    expect(r.transcript.vtt.startsWith('WEBVTT')).toBe(true);
    expect(r.transcript.vtt).toMatch(/^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/m);
    expect(r.transcript.vtt).toContain(`<v ${project.manager!.title}>`);
    expect(r.transcript.vtt).toContain('we agreed to host the integration layer');
    expect(log.filter((l) => !l.inner).map((l) => `${l.method} ${l.path.split('?')[0].replace(/onlineMeetings\/[^/]+/, 'onlineMeetings/{id}').replace(/transcripts\/[^/]+/, 'transcripts/{tid}')}`)).toEqual([
      'GET /v1.0/me/onlineMeetings',
      'GET /v1.0/me/onlineMeetings/{id}/transcripts',
      'GET /v1.0/me/onlineMeetings/{id}/transcripts/{tid}/content'
    ]);
  });

  it('says why there is nothing: not online, no transcript kept, someone else organized it (no request then)', async () => {
    expect(await services.transcripts!.transcriptFor(lookup(bySubject('[PRJ-0042] Site walk-through')))).toEqual({ kind: 'unavailable', reason: 'notOnline' });
    expect(await services.transcripts!.transcriptFor(lookup(bySubject('[PRJ-0042] Vendor selection call')))).toEqual({ kind: 'unavailable', reason: 'noTranscript' });
    const sponsor = project.sponsor!.email;
    const mark = await logMark(tenant);
    expect(await servicesFor(tenant, sponsor).transcripts!.transcriptFor(lookup(bySubject('[PRJ-0042] Integration design review'), sponsor))).toEqual({ kind: 'unavailable', reason: 'notOrganizer' });
    expect((await logSince(tenant, mark)).filter((l) => l.path.includes('onlineMeetings'))).toEqual([]);
  });

  it('a recurring status meeting: the latest past occurrences have their own transcript, an older one none', async () => {
    const running = (await servicesFor(tenant).projects.list({})).filter((p) => p.phase === 'Execution');
    let stored: IMeeting[] = [];
    let owner: IProject | undefined;
    for (const p of running) {
      stored = (await servicesFor(tenant).meetings.listByProject(p.id)).filter((m) => m.joinUrl && Date.parse(m.end) < Date.now()).sort((a, b) => (a.start < b.start ? -1 : 1));
      if (stored.length >= 3) {
        owner = p;
        break;
      }
    }
    expect(owner).toBeDefined();
    const svc = servicesFor(tenant, owner!.manager!.email).transcripts!;
    const of = (m: IMeeting) => svc.transcriptFor({ joinUrl: m.joinUrl, start: m.start, end: m.end, organizer: m.organizer, me: owner!.manager!.email });
    const [older, previous, last] = stored.slice(-3);
    expect(previous.joinUrl).toBe(last.joinUrl);
    const a = await of(previous);
    const b = await of(last);
    if (a.kind !== 'found' || b.kind !== 'found') throw new Error('expected transcripts of the last two occurrences');
    expect(a.transcript.id).not.toBe(b.transcript.id);
    expect(Date.parse(b.transcript.createdDateTime)).toBeGreaterThanOrEqual(Date.parse(last.start));
    expect(await of(older)).toEqual({ kind: 'unavailable', reason: 'noTranscript' });
  });

  it('names the missing scope: OnlineMeetings.Read for the lookup, OnlineMeetingTranscript.Read.All for the transcript', async () => {
    const review = lookup(bySubject('[PRJ-0042] Integration design review'));
    try {
      await tenant.control('POST', 'consent', { deny: ['OnlineMeetings.Read'] });
      expect(await services.transcripts!.transcriptFor(review)).toEqual({ kind: 'unavailable', reason: 'forbidden', permission: 'OnlineMeetings.Read' });
      await tenant.control('POST', 'consent', { deny: ['OnlineMeetingTranscript.Read.All'] });
      expect(await services.transcripts!.transcriptFor(review)).toEqual({ kind: 'unavailable', reason: 'forbidden', permission: 'OnlineMeetingTranscript.Read.All' });
    } finally {
      await tenant.control('POST', 'consent', { deny: [] });
    }
  });
});
