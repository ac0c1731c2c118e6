/**
 * Teams transcripts of the demo: what "prefill the minutes from the transcript" works on (issue 10).
 * - PRJ-0042's manager held "[PRJ-0042] Integration design review" two working days ago on their own
 *   calendar, online, with a transcript full of decisions and actions, and lines that must not be proposed
 *   (a question, "we didn't decide", a hypothetical, a report of last week). The transcript journey's meeting.
 * - "[PRJ-0042] Site walk-through" (three working days ago) was not online: nothing to prefill.
 * - The vendor selection call (yesterday, online) kept no transcript.
 * - The last two past status meetings of four running projects (group calendars; the manager scheduled the
 *   Teams meeting) have transcripts.
 * Written like Teams' own VTT: a cue id (`{guid}/{n}-0`), `hh:mm:ss.mmm` timings and `<v Name>` voice tags.
 * Fixed texts and no random numbers, so every other demo figure stays as it was.
 */
import type { Db } from '../store.ts';
import { addEvent } from '../graph/api.ts';
import { addTranscript } from '../graph/onlineMeetings.ts';
import type { DemoPerson } from './people.ts';
import type { DemoProject } from './portfolio.ts';
import { addDays, type Clock } from './random.ts';
import type { Occurrence } from './meetingRecords.ts';

export const TRANSCRIPT_MEETING = 'Integration design review';
export const NOT_ONLINE_MEETING = 'Site walk-through';

type Line = [speaker: DemoPerson, text: string];

const first = (p: DemoPerson) => p.displayName.split(' ')[0];
const stamp = (ms: number) => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** Teams-style WebVTT of the lines, one cue each, a few seconds apart. */
export function toVtt(lines: Line[], cueSeed: string): string {
  let t = 2140;
  const cues = lines.map(([who, text], i) => {
    const length = 1800 + text.length * 55;
    const cue = `${cueSeed}/${12 + i * 3}-0\n${stamp(t)} --> ${stamp(t + length)}\n<v ${who.displayName}>${text}</v>`;
    t += length + 650;
    return cue;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** The journey's transcript: two decisions, two actions, and four lines that are none of them. */
function designReviewLines(manager: DemoPerson, sponsor: DemoPerson, a: DemoPerson, b: DemoPerson): Line[] {
  return [
    [manager, 'Thanks everyone for joining. Let us go through the integration design.'],
    [sponsor, 'Did we decide on the hosting region yet?'],
    [a, 'We didn\u2019t decide that last time, it was still open.'],
    [manager, 'Okay. So we agreed to host the integration layer in the EU West region.'],
    [b, 'If we moved to the other vendor we would need new contracts.'],
    [a, 'Last week I finished the interface mapping for the order service.'],
    [a, 'I will send the revised interface specification by Friday.'],
    [manager, `${first(b)} will book the load test environment by next Tuesday.`],
    [sponsor, 'Decision: we keep the go-live date and review it at the end of month.'],
    [b, `Sure. ${first(sponsor)} will ask the vendor for a price on extra support by end of month.`],
    [manager, 'Great, thanks all. That is everything for today.']
  ];
}

function statusLines(p: DemoProject, n: number): Line[] {
  const [m, x, y] = [p.manager, p.team[1] ?? p.sponsor, p.team[2] ?? p.sponsor];
  const topics = ['the test plan', 'the data migration', 'the training material', 'the cut-over checklist'];
  const topic = topics[(p.n + n) % topics.length];
  return [
    [m, `Good morning. Let us start with ${topic}.`],
    [x, `The draft of ${topic} is ready for review.`],
    [y, 'Should we invite the service desk to the next review?'],
    [m, `We agreed that ${first(x)} owns ${topic} from now on.`],
    [y, `I will update the risk log by Friday.`],
    [m, 'Thanks, see you next week.']
  ];
}

const workdayBefore = (d: Date) => addDays(d, d.getDay() === 6 ? -1 : d.getDay() === 0 ? -2 : 0);
const hourOf = (d: Date, h: number, min = 0) => {
  const r = new Date(d);
  r.setHours(h, min, 0, 0);
  return r;
};

export interface TranscriptDemo {
  events: number;
  transcripts: number;
}

/** Writes the transcript meetings of PRJ-0042 and transcripts of recent status meetings. */
export function writeTranscriptDemo(db: Db, clock: Clock, projects: DemoProject[], statusSeries: { project: DemoProject; past: Occurrence[] }[], timeZone: string): TranscriptDemo {
  const out: TranscriptDemo = { events: 0, transcripts: 0 };
  const demo = projects.find((p) => p.code === 'PRJ-0042');
  if (demo) {
    const [a, b] = demo.team.filter((x) => x !== demo.manager && x.kind === 'Employee');
    const guests = [demo.sponsor, a, b].filter(Boolean);
    const start = hourOf(workdayBefore(clock.day(-2)), 14);
    const end = new Date(start.getTime() + 45 * 60000);
    const review = addEvent(db, {
      calendar: { kind: 'user', ownerId: demo.manager.mail }, subject: `[${demo.code}] ${TRANSCRIPT_MEETING}`, start, end, timeZone,
      attendeeIds: guests.map((g) => g.mail), isOnlineMeeting: true, body: '<p>Walk through the integration design and agree the next steps.</p>'
    });
    const joinUrl = (db.prepare('SELECT joinUrl FROM graph_events WHERE id = ?').get(review.organizerEventId) as { joinUrl: string }).joinUrl;
    addTranscript(db, {
      joinUrl,
      content: toVtt(designReviewLines(demo.manager, demo.sponsor, a ?? demo.sponsor, b ?? demo.sponsor), '6f1c2a4e-5b7d-4e21-9c3a-0042d0e5c0de'),
      createdDateTime: new Date(start.getTime() + 60000).toISOString(),
      endDateTime: new Date(end.getTime() - 2 * 60000).toISOString()
    });
    const walk = hourOf(workdayBefore(clock.day(-3)), 10);
    addEvent(db, {
      calendar: { kind: 'user', ownerId: demo.manager.mail }, subject: `[${demo.code}] ${NOT_ONLINE_MEETING}`, start: walk, end: new Date(walk.getTime() + 60 * 60000), timeZone,
      attendeeIds: guests.map((g) => g.mail), isOnlineMeeting: false, location: 'Warehouse B', body: '<p>On site, no Teams.</p>'
    });
    out.events += 2;
    out.transcripts++;
  }
  // Recurring meetings share one join URL: each occurrence's transcript is told apart by its time.
  for (const s of statusSeries.filter((x) => x.project.phase === 'Execution').slice(0, 4)) {
    s.past.slice(-2).forEach((o, i) => {
      if (!o.joinUrl) return;
      addTranscript(
        db,
        { joinUrl: o.joinUrl, content: toVtt(statusLines(s.project, i), `0c7e${String(s.project.n).padStart(4, '0')}-0000-4000-8000-00000000000${i}`), createdDateTime: new Date(o.start.getTime() + 60000).toISOString(), endDateTime: o.end.toISOString() },
        s.project.manager.mail
      );
      out.transcripts++;
    });
  }
  return out;
}
