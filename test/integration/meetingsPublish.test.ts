/**
 * Publishing minutes against the local tenant with the real PnPjs and Graph clients: every step's
 * outcome on the meeting, and a retry after a failure injected into the attachment step completing
 * only what was missing (exactly one attachment, one task per action, one RAID item each, one mail).
 * A steering committee of two projects puts each decision, risk, action and task into its own project.
 */
import * as mammoth from 'mammoth';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, servicesFor, logMark, logSince } from '../helpers/clients';
import { plannerReferenceKey } from '../../src/services/graph/outlookService';
import { TEXTS, draftMeeting, minutesWith, taggedMeeting } from '../helpers/meetings';
import { addDays, toIsoDate } from '../../src/model/dates';
import type { IProject } from '../../src/model/types';
import type { IPmoServices } from '../../src/services/types';
import { draftOf as draftFromMeeting } from '../../src/services/meetings/approval';

jest.setTimeout(180_000);

interface Outbox {
  subject: string;
  to: string[];
  body: { content: string };
  attachments: { name: string; size: number }[];
  message: { attachments: { contentBytes: string }[] };
}

describe('publishing minutes', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let services: IPmoServices;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    const pmo = servicesFor(tenant);
    project = (await pmo.projects.list({ search: 'PRJ-0042' }))[0];
    services = servicesFor(tenant, project.manager!.email);
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  it('records a failed attachment step, and a retry completes only what is missing', async () => {
    const event = await taggedMeeting(services, project);
    const due = addDays(toIsoDate(new Date()), 14);
    const me = await services.people.current();
    const meeting = await draftMeeting(services, event, project, minutesWith(event, me, due));
    const request = { meeting, event, projects: [project], me: me.email, minutesUrl: `${tenant.origin}/#/meetings/${meeting.id}`, today: toIsoDate(new Date()), texts: TEXTS };

    await tenant.control('POST', 'faults', { rules: [{ match: '^POST /v1\\.0/me/events/[^/]+/attachments$', status: 403, times: 1 }] });
    const first = await services.publisher.publish(request);
    await tenant.control('POST', 'faults', { rules: [] });
    const log1 = first.meeting.publishLog!;
    expect(log1.steps.attachment).toMatchObject({ state: 'failed', reason: 'forbidden:Calendars.ReadWrite' });
    expect(first.meeting.attachmentState).toBe('Failed: forbidden:Calendars.ReadWrite');
    for (const s of ['minutes', 'actions', 'tasks', 'raid', 'document', 'mail'] as const) expect([s, log1.steps[s]?.state]).toEqual([s, 'done']);
    expect(first.meeting.state).toBe('Published');
    expect(first.meeting.minutes).not.toMatch(/<script/i);

    const mark = await logMark(tenant);
    const second = await services.publisher.publish({ ...request, meeting: first.meeting });
    const retried = await logSince(tenant, mark);
    const stored = await services.meetings.get(meeting.id);
    expect(stored.publishLog!.steps.attachment?.state).toBe('done');
    expect(stored.attachmentState).toBe('Attached');
    // The save's answer gives "<guid>,n" and a read gives "n": the same version either way.
    const version = (etag: string) => etag.replace(/"/g, '').replace(/^.*,/, '');
    expect(version(second.meeting.etag)).toBe(version(stored.etag));
    // The retry wrote no Planner task, PMO Actions, RAID item or mail.
    expect(retried.filter((r) => /planner\/tasks|sendMail/.test(r.path) && r.method === 'POST')).toEqual([]);

    const actions = await services.actions.listByMeeting(meeting.id);
    expect(actions.map((a) => a.title).sort()).toEqual(['Book the cut-over rehearsal', 'Send the signed contract to procurement']);
    expect(actions.every((a) => a.owner?.email === me.email && a.dueDate === due && !!a.plannerTaskId)).toBe(true);
    const tasks = await services.planner.tasks(project.planId!);
    for (const a of actions) expect(tasks.filter((t) => t.title === a.title)).toHaveLength(1);
    // Each task's details link back to the minutes (Planner's encoded-URL reference key), once.
    const graph = clientsFor(tenant, project.manager!.email).graph;
    for (const a of actions) {
      const details: { references: Record<string, { alias: string }> } = await graph.api(`/planner/tasks/${a.plannerTaskId}/details`).get();
      expect(details.references).toEqual({ [plannerReferenceKey(request.minutesUrl)]: expect.objectContaining({ alias: TEXTS.taskLink, type: 'Other' }) });
    }
    expect(stored.publishLog!.linkedTasks!.sort()).toEqual(['a1', 'a2']);
    const raid = (await services.raid.listByProject(project.id)).filter((r) => r.raisedInMeetingId === meeting.id);
    expect(raid.map((r) => [r.kind, r.title]).sort()).toEqual([['Decision', 'Vendor B is selected for the integration work'], ['Risk', 'Vendor B staff may not be available in August']]);

    const attachments = await services.outlook.attachments({ eventId: event.id });
    expect(attachments.map((a) => a.name)).toEqual(['Minutes.docx']);
    const mails = (await tenant.control<Outbox[]>('GET', 'outbox')).filter((m) => m.subject === TEXTS.subject);
    expect(mails).toHaveLength(1);
    expect(mails[0].to.sort()).toEqual([event.organizer.email, ...event.attendees.map((a) => a.email)].sort());
    expect(mails[0].attachments.map((a) => a.name)).toEqual(['Minutes.docx']);
    expect(mails[0].body.content).toContain('Vendor B is selected');
    expect(mails[0].body.content).not.toMatch(/<script/i);

    // An independent reader finds the minutes' text, decisions and actions in the document.
    const docx = Buffer.from(mails[0].message.attachments[0].contentBytes, 'base64');
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Vendor confirmed the dates.');
    expect(text).toContain('Vendor B is selected for the integration work');
    expect(text).toContain('Book the cut-over rehearsal');
    expect(text).not.toContain('alert(1)');

    // A third run finds nothing left to do: no writes at all beyond reading.
    const mark3 = await logMark(tenant);
    await services.publisher.publish({ ...request, meeting: stored });
    const third = await logSince(tenant, mark3);
    expect(third.filter((r) => r.method !== 'GET' && !/_api\/contextinfo|\$batch/.test(r.path))).toEqual([]);
  });

  it('a steering committee of two projects: each decision, risk, action and task lands in its own project, once also when published again', async () => {
    const me = await services.people.current();
    // A second running project of the same manager, with a plan of its own (the manager is in both teams).
    const other = (await servicesFor(tenant).projects.list()).filter((p) => p.id !== project.id && p.planId && p.manager?.email === me.email)[0];
    expect(other).toBeTruthy();
    const event = await taggedMeeting(services, project);
    const due = addDays(toIsoDate(new Date()), 21);
    const base = minutesWith(event, me, due);
    const minutes = {
      ...base,
      actions: [
        { ...base.actions[0], id: 's1', title: 'Steering: sign the integration contract' },
        { ...base.actions[1], id: 's2', title: 'Steering: move the training dates', projectId: other.id }
      ],
      decisions: [
        { id: 'sd1', title: 'Steering: integration goes ahead with Vendor B', detail: '' },
        { id: 'sd2', title: 'Steering: training waits for the new HR system', detail: '', projectId: other.id }
      ],
      risks: [{ ...base.risks[0], id: 'sr1', title: 'Steering: trainers booked elsewhere in spring', projectId: other.id }]
    };
    const draft = await draftMeeting(services, event, project, minutes);
    const meeting = await services.meetings.update(draft.id, { ...draftFromMeeting(draft), projectIds: [project.id, other.id] }, draft.etag);
    const result = await services.publisher.publish({ meeting, event, projects: [project, other], me: me.email, minutesUrl: `${tenant.origin}/#/meetings/${meeting.id}`, today: toIsoDate(new Date()), texts: TEXTS });
    for (const s of ['minutes', 'actions', 'tasks', 'raid'] as const) expect([s, result.meeting.publishLog!.steps[s]?.state]).toEqual([s, 'done']);

    const own = async (p: IProject) => ({
      actions: (await services.actions.listByProject(p.id)).filter((a) => a.meetingId === meeting.id).map((a) => a.title),
      raid: (await services.raid.listByProject(p.id)).filter((r) => r.raisedInMeetingId === meeting.id).map((r) => [r.kind, r.title]).sort(),
      tasks: (await services.planner.tasks(p.planId!)).map((t) => t.title).filter((t) => t.startsWith('Steering:'))
    });
    // Published again (a retry, a second click): nothing more in either project.
    await services.publisher.publish({ meeting: result.meeting, event, projects: [project, other], me: me.email, minutesUrl: `${tenant.origin}/#/meetings/${meeting.id}`, today: toIsoDate(new Date()), texts: TEXTS });
    expect(await own(project)).toEqual({
      actions: ['Steering: sign the integration contract'],
      raid: [['Decision', 'Steering: integration goes ahead with Vendor B']],
      tasks: ['Steering: sign the integration contract']
    });
    expect(await own(other)).toEqual({
      actions: ['Steering: move the training dates'],
      raid: [['Decision', 'Steering: training waits for the new HR system'], ['Risk', 'Steering: trainers booked elsewhere in spring']],
      tasks: ['Steering: move the training dates']
    });
  });
});
