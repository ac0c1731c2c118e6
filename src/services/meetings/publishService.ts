/**
 * Publishing minutes as one recoverable operation (issue 8): store the minutes Published, PMO Actions
 * and Planner tasks, decisions and risks into the RAID log, the Word document attached to the
 * organizer's event (or linked on a group calendar) with the event updated, and the mail to the
 * attendees. Every step's outcome and the ids it made are saved on the meeting (PublishLog) right
 * after the step, so a retry runs only what is missing and never makes anything twice.
 */
import { emptyPublishLog, type IPublishLog, type PublishStep } from '../../model/meetings/types';
import { minutesOutline, outlineToHtml } from '../../model/meetings/outline';
import type { ActionDraft, IActionItem, IMeeting, IRaidItem, MeetingDraft, RaidDraft } from '../../model/types';
import { toAppError, type AppError } from '../errors';
import type { BatchWriter } from '../sharepoint/batchWrite';
import type { IActionRepository, IEventRef, IMeetingRepository, IMinutesPublisher, IOutlookService, IPublishRequest, IPublishResult, IRaidRepository } from '../types';
import { buildMinutesDocument, DOCX_TYPE } from './minutesDocument';
import { MAX_INLINE_ATTACHMENT } from '../graph/outlookService';
import { draftOf } from './approval';
import { ApprovalRefused, publishBlocked } from '../../model/meetings/approval';
import { createActions, createRaidItems, createTasks, STEP_PERMISSIONS } from './publishSteps';

export interface IPublishDeps {
  meetings: IMeetingRepository;
  actions: IActionRepository;
  raid: IRaidRepository;
  outlook: IOutlookService;
  actionWriter: BatchWriter<IActionItem, ActionDraft>;
  raidWriter: BatchWriter<IRaidItem, RaidDraft>;
  now?: () => Date;
}

/** The reason recorded for a failed step: the error kind, and for a 403 the permission it lacks. */
export function failureReason(step: PublishStep, e: AppError): string {
  const permission = (STEP_PERMISSIONS as Record<string, string>)[step];
  return e.kind === 'forbidden' && permission ? `forbidden:${permission}` : e.kind;
}


export class PublishService implements IMinutesPublisher {
  constructor(private readonly deps: IPublishDeps) {}

  public async publish(req: IPublishRequest, onProgress?: (m: IMeeting) => void): Promise<IPublishResult> {
    const now = () => (this.deps.now ? this.deps.now() : new Date()).toISOString();
    let meeting = req.meeting;
    // Minutes sent for approval publish once approved: attendees get the approved revision.
    const blocked = publishBlocked(meeting);
    if (blocked) throw new ApprovalRefused(blocked);
    const log: IPublishLog = this.startLog(meeting);
    // Outcomes of steps that wrote nothing outside the meeting ride on the next save (one round trip less each).
    let deferred: Partial<MeetingDraft> | undefined;
    // Saves run one after another (each with the ETag the previous one returned), also when steps overlap.
    let queue: Promise<unknown> = Promise.resolve();
    const save = (changes: Partial<MeetingDraft> = {}): Promise<void> => {
      const next = queue.then(async () => {
        meeting = await this.deps.meetings.update(meeting.id, { ...draftOf(meeting), ...deferred, ...changes, publishLog: log }, meeting.etag);
        deferred = undefined;
        if (onProgress) onProgress(meeting);
      });
      queue = next.catch(() => undefined);
      return next;
    };
    const run = async (step: PublishStep, body: () => Promise<'done' | 'skipped' | string>, after?: (state: string) => Partial<MeetingDraft>, defer = false) => {
      const st = log.steps[step]?.state;
      if (st === 'done' || st === 'skipped') return;
      try {
        const outcome = await body();
        log.steps[step] = outcome === 'done' ? { state: 'done', at: now() } : { state: 'skipped', reason: outcome === 'skipped' ? undefined : outcome, at: now() };
      } catch (e) {
        log.steps[step] = { state: 'failed', reason: failureReason(step, toAppError(e, step)), at: now() };
      }
      const changes = after ? after(log.steps[step]!.state) : {};
      if (defer && log.steps[step]!.state === 'done') deferred = { ...deferred, ...changes };
      else await save(changes);
    };

    const outline = () => minutesOutline({ ...meeting, revision: log.revision }, meeting.agendaItems, meeting.minutesData, req.projects.map((p) => `${p.code} ${p.title}`), { approvePrevious: req.texts.approvePrevious }, req.minutesUrl);
    // 1. The minutes themselves: Published, as a new revision when published minutes were edited.
    // Deferred: the actions step's save stores it (a crash before then leaves it to the retry, which redoes it).
    await run('minutes', async () => 'done', () => this.publishedFields(meeting, log, req, now(), outlineToHtml(outline(), req.texts, req.texts.when)), true);
    const project = req.projects[0];
    const actions = meeting.minutesData.actions;
    const ok = (s: PublishStep) => log.steps[s]?.state === 'done';
    let items: IActionItem[] | undefined;
    await run('actions', async () => (project ? ((items = await createActions(this.deps, meeting, req.projects, actions, log)), 'done') : 'noProject'));
    const link = { url: req.minutesUrl, alias: req.texts.taskLink };
    // Tasks and RAID items do not depend on each other: they run side by side (round trips do not add up).
    await Promise.all([
      ok('actions') ? run('tasks', async () => (project ? createTasks(this.deps, meeting, req.projects, actions, log, link, items).then((r) => (r === 'noPlan' ? 'noPlan' : 'done')) : 'noProject')) : undefined,
      run('raid', async () => (project ? (await createRaidItems(this.deps, meeting, req.projects, log), 'done') : 'noProject'))
    ]);

    // 2. The document (rebuilt on every run that still needs it: it is not stored on its own).
    const needDoc = !ok('attachment') || !ok('mail');
    const doc = outline();
    let bytes: Uint8Array | undefined;
    if (needDoc) {
      await run('document', async () => {
        bytes = await buildMinutesDocument(doc, req.texts, req.texts.when);
        return 'done';
      }, undefined, true);
      if (log.steps.document?.state === 'done' && !bytes) bytes = await buildMinutesDocument(doc, req.texts, req.texts.when);
    }
    const fileName = req.texts.fileName;
    await run('attachment', () => this.deliver(req, log, fileName, bytes), (state) => ({
      attachmentState: state === 'failed' ? `Failed: ${log.steps.attachment!.reason}`.slice(0, 255) : log.delivery === 'attached' ? 'Attached' : 'Linked'
    }));
    await run('mail', async () => {
      const to = meeting.attendees.map((a) => a.email).filter((m, i, all) => m && all.indexOf(m) === i);
      if (!to.length) return 'noAttendees';
      const html = outlineToHtml(doc, req.texts, req.texts.when);
      // A Graph request carries at most 4 MB: a document of 3 MB or more (base64 grows it by a third) stays on
      // the event and the mail links to the minutes (https://learn.microsoft.com/graph/outlook-large-attachments).
      const attach = bytes && bytes.length < MAX_INLINE_ATTACHMENT ? { name: fileName, contentType: DOCX_TYPE, bytes } : undefined;
      await this.deps.outlook.sendMail({ subject: req.texts.subject, html, to, attachment: attach });
      return 'done';
    });
    if (deferred) await save();
    return { meeting };
  }

  /** A meeting published before with a log of the same revision continues that log; otherwise a new one. */
  private startLog(m: IMeeting): IPublishLog {
    const prev = m.publishLog;
    // Editing published minutes sets them back to Draft (src/model/meetings/minutes.ts beginRevision).
    const edited = prev && m.state === 'Draft' && prev.revision <= m.revision;
    if (prev && !edited) return JSON.parse(JSON.stringify(prev)) as IPublishLog;
    // A new revision keeps the ids already made (one item per action or decision, ever) and redoes delivery.
    const next = emptyPublishLog(m.revision + 1);
    if (prev) {
      next.actionItems = { ...prev.actionItems };
      next.plannerTasks = { ...prev.plannerTasks };
      next.raidItems = { ...prev.raidItems };
    }
    return next;
  }

  private publishedFields(m: IMeeting, log: IPublishLog, req: IPublishRequest, at: string, html: string): Partial<MeetingDraft> {
    const last = m.revisions[m.revisions.length - 1];
    const revisions = last && last.revision === m.revision && req.revisionReason ? m.revisions.slice(0, -1).concat({ ...last, reason: req.revisionReason }) : m.revisions;
    // The stored text is the outline's HTML: escaped text only, whatever the notes held.
    return { state: 'Published', publishedAt: at, revision: log.revision, revisions, minutes: html };
  }

  /** Attaches to the organizer's own event (then updates it), or links on a group event; returns the outcome. */
  private async deliver(req: IPublishRequest, log: IPublishLog, fileName: string, bytes: Uint8Array | undefined): Promise<string> {
    const e = req.event;
    if (!e) return 'noEvent';
    const marker = `pmo-minutes-${req.meeting.id}-r${log.revision}`;
    const link = `<p id="${marker}">${req.texts.linkHtml}</p>`;
    if (e.calendar.kind === 'group') {
      // Group calendar events take no attachments: the link goes on the event, the document by mail.
      await this.deps.outlook.appendToBody({ groupId: e.calendar.groupId, eventId: e.id }, marker, link);
      log.delivery = 'linked';
      return 'done';
    }
    if (!e.isOrganizer) {
      log.delivery = 'linked';
      return 'notOrganizer';
    }
    if (!bytes) throw new Error('The document was not built');
    const ref: IEventRef = { eventId: e.id };
    const present = (await this.deps.outlook.attachments(ref)).filter((a) => a.name === fileName)[0];
    log.attachmentId = present ? present.id : await this.deps.outlook.attach(ref, fileName, DOCX_TYPE, bytes);
    log.delivery = 'attached';
    // The organizer's update sends the attachment to the attendees' copies.
    await this.deps.outlook.appendToBody(ref, marker, link);
    return 'done';
  }
}
