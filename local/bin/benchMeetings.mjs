// npm run bench, meetings part (issue 8): listing a month of meetings for every demo project (40+) and
// publishing minutes with 2, 10 and 30 actions, through the production data layer against a demo-seeded
// tenant. Counts requests (the tenant's log; requests inside a JSON $batch apart) and sequential round
// trips seen from the client. Run by local/bin/bench.mjs (PMO_BENCH_ONLY=meetings runs just this part).
import * as fs from 'node:fs';
import { benchTenantDir, measure, writeBenchSection } from './benchMeasure.mjs';

const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

export async function runMeetingsBench(startTenant, root) {
  const { createClientsFromUrls } = await import('../../src/services/clients.ts');
  const { createServices } = await import('../../src/services/index.ts');
  const { emptyMinutes, attendanceFrom, noApproval } = await import('../../src/model/meetings/index.ts');
  const dir = benchTenantDir('meetings');
  const tenant = await startTenant(dir, false, 'demo');
  const out = {};
  try {
    const servicesAs = (user) => createServices(createClientsFromUrls({ siteUrl: `${tenant.origin}/sites/pmo`, graphBaseUrl: tenant.origin, user }));
    const pmo = servicesAs('pmo.manager@contoso.com');
    const now = Date.now();
    const from = `${iso(now - 14 * DAY)}T00:00:00Z`;
    const to = `${iso(now + 16 * DAY)}T00:00:00Z`;
    // What the meetings view asks (src/components/Meetings/useMeetings.ts): register, stored meetings and
    // meetings linked by hand together, then every project group's calendar (JSON $batch) and the person's own.
    const listing = await measure(tenant.origin, async () => {
      const [projects] = await Promise.all([pmo.projects.list(), pmo.meetings.listInWindow(from, to), pmo.meetings.listManualLinks()]);
      const events = await pmo.calendar.meetings(projects.map((p) => p.groupId).filter(Boolean), from, to);
      return { projects: projects.length, events: events.length };
    });
    out.listing = listing;

    const project = (await pmo.projects.list({ search: 'PRJ-0042' }))[0];
    const manager = servicesAs(project.manager.email);
    const events = await manager.calendar.meetings([], `${iso(now - 30 * DAY)}T00:00:00Z`, `${iso(now)}T23:59:59Z`);
    const event = events.filter((e) => e.calendar.kind === 'user' && e.isOrganizer && e.subject.startsWith('[PRJ-0042]')).pop();
    const me = await manager.people.current();
    out.publish = [];
    for (const n of [2, 10, 30]) {
      const minutes = {
        ...emptyMinutes(),
        attendance: attendanceFrom(event.organizer, event.attendees),
        notes: { 'custom-1': '<p>Bench notes.</p>' },
        actions: Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, title: `Bench action ${n}-${i + 1}`, ownerId: me.id, ownerEmail: me.email, ownerName: me.title, dueDate: iso(now + 14 * DAY) })),
        decisions: [{ id: 'd1', title: `Bench decision ${n}`, detail: '' }],
        risks: [{ id: 'r1', kind: 'Risk', title: `Bench risk ${n}`, description: '', probability: 3, impact: 3 }]
      };
      const meeting = await manager.meetings.create({
        title: `${event.subject} (bench ${n})`, projectId: project.id, projectIds: [project.id], linkReason: 'subjectTag', eventId: event.id, iCalUId: event.iCalUId,
        start: event.start, end: event.end, organizer: event.organizer.email, attendees: [event.organizer, ...event.attendees], agenda: '',
        agendaItems: [{ id: 'custom-1', kind: 'custom', title: 'Bench' }], minutes: '', minutesData: minutes, decisions: '', state: 'Draft', revision: 0, revisions: [], approval: noApproval()
      });
      const texts = { when: event.start, subject: `Bench minutes ${n}`, fileName: `Bench minutes ${n}.docx`, linkHtml: 'Minutes', taskLink: 'Minutes', approvePrevious: 'Approve', attendance: 'Attendance', agenda: 'Agenda', decisions: 'Decisions', actions: 'Actions', risks: 'Risks', owner: 'Owner', due: 'Due', action: 'Action', revision: 'Revision', openMinutes: 'Open', status: {} };
      const run = await measure(tenant.origin, () =>
        manager.publisher.publish({ meeting, event, projects: [project], me: me.email, minutesUrl: `${tenant.origin}/#/meetings`, today: iso(now), texts })
      );
      const steps = run.value.meeting.publishLog.steps;
      const failed = Object.keys(steps).filter((k) => steps[k].state !== 'done');
      if (failed.length) throw new Error(`publishing with ${n} actions left steps ${failed.join(', ')}`);
      out.publish.push({ n, ...run });
    }
  } finally {
    await tenant.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report(out, root);
}

function report(r, root) {
  const ms = (n) => `${n.toFixed(0)} ms`;
  const l = r.listing;
  const section = [
    '<!-- bench:meetings:start (written by npm run bench; edit the text around it, not inside) -->',
    `Produced by \`npm run bench\` (or \`PMO_BENCH_ONLY=meetings npm run bench\`) on ${new Date().toISOString().slice(0, 10)} against the demo portfolio, through the production data layer.`,
    '',
    '| measure | requests (inside $batch) | sequential round trips | time |',
    '|---|---|---|---|',
    `| list a month of meetings for ${l.value.projects} projects (${l.value.events} events from group calendars and /me) | ${l.requests} (${l.inner}) | ${l.roundTrips} | ${ms(l.ms)} |`,
    ...r.publish.map((p) => `| publish minutes with ${p.n} actions, 1 decision, 1 risk (every step) | ${p.requests} (${p.inner}) | ${p.roundTrips} | ${ms(p.ms)} |`),
    '<!-- bench:meetings:end -->'
  ].join('\n');
  writeBenchSection(root, 'meetings', section, '## Meetings and minutes');
}
