/**
 * Meetings that already have a record in PMO Meetings: the last status meetings of some projects
 * with published minutes (decisions, action items), the latest one still a draft, and the next one
 * scheduled with its agenda. Actions (PMO Actions) come from those minutes.
 */
import type { ActionStatus, MeetingState } from '../../../src/model/types.ts';
import type { IAgendaItem, IPublishLog } from '../../../src/model/meetings/types.ts';
import type { DemoPerson } from './people.ts';
import type { DemoProject } from './portfolio.ts';
import { addDays, type Clock, type Random } from './random.ts';

/** An occurrence as the Graph store computed it (ids are the group calendar's). */
export interface Occurrence {
  project: DemoProject;
  eventId: string;
  iCalUId: string;
  seriesMasterId?: string;
  start: Date;
  end: Date;
  subject: string;
  organizer: DemoPerson;
  attendees: DemoPerson[];
  joinUrl?: string;
}

export interface DemoMeeting {
  occurrence: Occurrence;
  state: MeetingState;
  agenda: string;
  minutes: string;
  decisions: string;
  publishedAt?: Date;
  attachmentState?: string;
  /** What publishing recorded (one demo meeting shows a failed step). */
  publishLog?: IPublishLog;
}

const items = (lines: string[]): IAgendaItem[] => lines.map((title, i) => ({ id: `custom-${i + 1}`, kind: 'custom', title }));

function demoLog(at: Date, mailFailed: boolean): IPublishLog {
  const done = { state: 'done' as const, at: at.toISOString() };
  return {
    revision: 1,
    steps: { minutes: done, actions: done, tasks: done, raid: done, document: done, attachment: done, mail: mailFailed ? { state: 'failed', reason: 'throttled', at: at.toISOString() } : done },
    actionItems: {},
    plannerTasks: {},
    raidItems: {},
    delivery: 'linked'
  };
}

/** The agenda of a demo meeting as the editor keeps it (text lines become items). */
export const agendaItemsOf = (agenda: string): IAgendaItem[] => items(agenda ? agenda.split('\n') : []);

export interface DemoAction {
  project: DemoProject;
  /** Index into the meetings array (the meeting whose minutes raised it). */
  meeting?: number;
  title: string;
  owner: DemoPerson;
  due: Date;
  status: ActionStatus;
}

const ACTIONS = [
  'Send the updated plan to the sponsor',
  'Confirm test environment booking with IT operations',
  'Chase the supplier for the revised quote',
  'Update the risk log after the vendor call',
  'Book the go-live readiness review',
  'Share the data migration checklist with key users',
  'Prepare the change request for the steering committee',
  'Agree training dates with the regional managers',
  'Review licence counts with procurement',
  'Draft the communication to affected staff'
];
const DECISIONS = [
  'Go-live moves to the second wave; the sponsor accepted the two-week delay.',
  'Contingency of 5% released for additional testing.',
  'Scope of release 1 frozen; new requests go to the backlog.',
  'The pilot group is extended to the finance shared service centre.'
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `past` and `next` are the status-meeting occurrences of one project, oldest first. The last two
 * past ones get minutes (the older published, the newer a draft); the next one is scheduled.
 */
export function generateMinutes(rnd: Random, clock: Clock, series: { project: DemoProject; past: Occurrence[]; next?: Occurrence }[]): { meetings: DemoMeeting[]; actions: DemoAction[] } {
  const meetings: DemoMeeting[] = [];
  const actions: DemoAction[] = [];
  series.forEach((s, seriesIndex) => {
    const r = rnd.fork(`${s.project.code}-minutes`);
    const p = s.project;
    const recent = s.past.slice(-3);
    recent.forEach((occ, i) => {
      const published = i < recent.length - 1;
      const raised = [r.pick(ACTIONS), r.pick(ACTIONS)].filter((x, j, a) => a.indexOf(x) === j);
      const decision = r.chance(0.5) ? r.pick(DECISIONS) : '';
      const index = meetings.length;
      meetings.push({
        occurrence: occ,
        state: published ? 'Published' : 'Draft',
        agenda: ['Progress since last meeting', 'Overdue tasks', 'Risks and issues', 'Actions'].join('\n'),
        minutes:
          `<p>Progress: ${p.percentComplete}% complete; ${esc(p.title)} is ${p.health === 'Green' ? 'on track' : p.health === 'Amber' ? 'at risk' : 'off track'}.</p>` +
          `<ul>${raised.map((a) => `<li>Action: ${esc(a)}</li>`).join('')}</ul>` +
          (decision ? `<p>Decision: ${esc(decision)}</p>` : ''),
        decisions: decision,
        publishedAt: published ? addDays(occ.end, 0) : undefined,
        // Group calendar events take no attachments: published minutes are linked and mailed instead.
        attachmentState: published ? 'Linked' : undefined,
        // The first series' oldest published minutes show a step that failed (the mail, throttled) to retry.
        publishLog: published ? demoLog(occ.end, seriesIndex === 0 && i === 0) : undefined
      });
      // Only publishing turns minutes' action items into PMO Actions; a draft's are still just text.
      if (!published) return;
      for (const title of raised) {
        const due = addDays(occ.start, r.int(5, 21));
        const status: ActionStatus =
          due < clock.today ? r.weighted<ActionStatus>([['Done', 5], ['Open', 3], ['In progress', 2], ['Cancelled', 1]]) : r.weighted<ActionStatus>([['Open', 2], ['In progress', 2], ['Done', 1]]);
        actions.push({ project: p, meeting: index, title, owner: r.pick(p.team.filter((x) => x.kind !== 'Support department')), due, status });
      }
    });
    // One action raised outside a meeting (e.g. by the PMO), with no meeting link.
    actions.push({ project: p, title: 'Submit the monthly status report', owner: p.manager, due: addDays(clock.today, r.int(-5, 10)), status: 'Open' });
    if (s.next) {
      meetings.push({
        occurrence: s.next,
        state: 'Scheduled',
        // Every other series has its agenda ready; the rest are only scheduled.
        agenda: seriesIndex % 2 ? '' : ['Progress since last meeting', 'Open actions', 'Top risks', 'Decisions needed'].join('\n'),
        minutes: '',
        decisions: ''
      });
    }
  });
  return { meetings, actions };
}
