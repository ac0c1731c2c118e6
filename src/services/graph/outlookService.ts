/**
 * Writes publishing makes in Outlook and Planner: event attachments (under 3 MB one POST, larger an
 * upload session whose PUTs carry no Authorization — https://learn.microsoft.com/graph/outlook-large-attachments),
 * the event body PATCHed with the link to the minutes (the organizer's update is what sends the
 * attachment to the attendees' copies), sendMail with the document, and Planner buckets and tasks —
 * tasks and owner look-ups through JSON $batch, so round trips do not grow with the number of actions.
 */
import type { IGraphLike } from '../clients';
import { AppError, toAppError } from '../errors';
import { guard } from '../guard';
import type { ICreatedTask, IEventRef, IMailMessage, INewPlannerTask, IOutlookService } from '../types';
import { batchError, batchSend } from './batchSend';
import { seg } from './paging';
import { permissionFor } from './permissions';

/** Graph's limit for one attachment POST; 3 MB and more go through an upload session. */
export const MAX_INLINE_ATTACHMENT = 3 * 1024 * 1024;
/** Each upload-session PUT carries at most 4 MB; a multiple of 320 KiB as Outlook recommends. */
const RANGE = 320 * 1024 * 12;

const eventPath = (ref: IEventRef) => ('groupId' in ref ? `/groups/${seg(ref.groupId)}/events/${seg(ref.eventId)}` : `/me/events/${seg(ref.eventId)}`);

/** Base64 of bytes in browsers and Node alike (btoa over binary chunks). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + 0x8000)) as number[]);
  return btoa(bin);
}

/**
 * Reads an answer's body to its end when the Graph client handed it back unread. sendMail answers 202
 * with no body and no Content-Type, and for such an answer the client returns the raw body stream
 * (GraphResponseHandler: "assuming it as a stream type"). Unread, that stream keeps the request open
 * in the browser, so a navigation or reload afterwards cancels it and Chromium logs the POST as
 * net::ERR_ABORTED, although the mail was accepted.
 */
export async function drainBody(answer: unknown): Promise<void> {
  const stream = answer as { getReader?: () => { read(): Promise<{ done: boolean }> }; resume?: () => void } | null | undefined;
  if (stream && typeof stream.getReader === 'function') {
    const reader = stream.getReader();
    while (!(await reader.read()).done) {
      // nothing to keep: the answer has no content
    }
  } else if (stream && typeof stream.resume === 'function') {
    stream.resume();
  }
}

/**
 * A task details reference key: the URL with %, ., :, @ and # percent-encoded, as Planner requires
 * (https://learn.microsoft.com/graph/api/resources/plannerexternalreferences).
 */
export const plannerReferenceKey = (url: string): string =>
  url.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');

export class OutlookService implements IOutlookService {
  constructor(
    private readonly graph: IGraphLike,
    /** fetch for the pre-authenticated upload URL (tests may pass one that counts requests). */
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init)
  ) {}

  public attachments(ref: IEventRef): Promise<{ id: string; name: string; size: number }[]> {
    return guard('Reading the attachments of the meeting', async () => {
      const res: { value?: { id: string; name: string; size: number }[] } = await this.graph.api(`${eventPath(ref)}/attachments`).select('id,name,size').get();
      return res.value || [];
    });
  }

  public attach(ref: IEventRef, name: string, contentType: string, bytes: Uint8Array): Promise<string> {
    return guard(`Attaching ${name} to the meeting`, async () => {
      if (bytes.length < MAX_INLINE_ATTACHMENT) {
        const a: { id: string } = await this.graph
          .api(`${eventPath(ref)}/attachments`)
          .post({ '@odata.type': '#microsoft.graph.fileAttachment', name, contentType, contentBytes: toBase64(bytes) });
        return a.id;
      }
      return this.upload(ref, name, contentType, bytes);
    });
  }

  private async upload(ref: IEventRef, name: string, contentType: string, bytes: Uint8Array): Promise<string> {
    const session: { uploadUrl: string } = await this.graph
      .api(`${eventPath(ref)}/attachments/createUploadSession`)
      .post({ AttachmentItem: { attachmentType: 'file', name, size: bytes.length, contentType } });
    for (let from = 0; from < bytes.length; from += RANGE) {
      const chunk = bytes.subarray(from, Math.min(bytes.length, from + RANGE));
      const res = await this.fetchFn(session.uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${from}-${from + chunk.length - 1}/${bytes.length}` },
        body: chunk
      });
      if (res.status === 201) {
        const id = /Attachments\('([^']+)'\)/i.exec(res.headers.get('Location') || '');
        return id ? id[1] : '';
      }
      if (res.status !== 200) throw Object.assign(new Error(`Upload of ${name} failed: ${res.status}`), { statusCode: res.status });
    }
    throw new AppError('unknown', `Upload of ${name} ended without the attachment being created`);
  }

  public appendToBody(ref: IEventRef, marker: string, html: string): Promise<boolean> {
    return guard('Updating the meeting in Outlook', async () => {
      const e: { body?: { content?: string }; '@odata.etag'?: string } = await this.graph.api(eventPath(ref)).select('body').get();
      const content = (e.body && e.body.content) || '';
      if (content.indexOf(marker) >= 0) return false;
      let req = this.graph.api(eventPath(ref));
      if (e['@odata.etag']) req = req.header('If-Match', e['@odata.etag']);
      await req.patch({ body: { contentType: 'html', content: `${content}${html}` } });
      return true;
    });
  }

  public sendMail(m: IMailMessage): Promise<void> {
    return guard('Sending a mail', async () => {
      const answer: unknown = await this.graph.api('/me/sendMail').post({
        message: {
          subject: m.subject,
          body: { contentType: 'html', content: m.html },
          toRecipients: m.to.map((address) => ({ emailAddress: { address } })),
          attachments: m.attachment
            ? [{ '@odata.type': '#microsoft.graph.fileAttachment', name: m.attachment.name, contentType: m.attachment.contentType, contentBytes: toBase64(m.attachment.bytes) }]
            : []
        },
        saveToSentItems: true
      });
      await drainBody(answer);
    });
  }

  public ensureBucket(planId: string, name: string): Promise<string> {
    return guard(`Finding the bucket ${name}`, async () => {
      const res: { value?: { id: string; name: string }[] } = await this.graph.api(`/planner/plans/${seg(planId)}/buckets`).get();
      const found = (res.value || []).filter((b) => b.name.toLowerCase() === name.toLowerCase())[0];
      if (found) return found.id;
      const b: { id: string } = await this.graph.api('/planner/buckets').post({ name, planId, orderHint: ' !' });
      return b.id;
    });
  }

  public tasksInBucket(bucketId: string): Promise<{ id: string; title: string }[]> {
    return guard('Reading the Actions bucket', async () => {
      const res: { value?: { id: string; title: string }[] } = await this.graph.api(`/planner/buckets/${seg(bucketId)}/tasks`).select('id,title').get();
      return res.value || [];
    });
  }

  public linkTasks(taskIds: string[], url: string, alias: string): Promise<Record<string, { error?: AppError }>> {
    return guard(`Linking ${taskIds.length} Planner tasks to the minutes`, async () => {
      const key = plannerReferenceKey(url);
      // Details carry their own etag: read them (one $batch), then PATCH with If-Match (one $batch).
      const details = await batchSend(this.graph, taskIds.map((id) => ({ key: id, method: 'GET' as const, url: `/planner/tasks/${seg(id)}/details` })));
      const out: Record<string, { error?: AppError }> = {};
      const patches = taskIds.filter((id) => {
        const d = details[id];
        if (!d || d.status !== 200) {
          out[id] = { error: toAppError(batchError('Reading the task details', d || { status: 0, headers: {} }), 'Planner') };
          return false;
        }
        const refs = (d.body!.references || {}) as Record<string, unknown>;
        out[id] = {};
        return !refs[key];
      });
      const patched = await batchSend(
        this.graph,
        patches.map((id) => ({
          key: id,
          method: 'PATCH' as const,
          url: `/planner/tasks/${seg(id)}/details`,
          headers: { 'If-Match': String(details[id].body!['@odata.etag']) },
          body: { references: { [key]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: alias.slice(0, 255), type: 'Other', previewPriority: ' !' } } }
        }))
      );
      for (const id of patches) {
        const r = patched[id];
        if (!r || (r.status !== 204 && r.status !== 200)) out[id] = { error: toAppError(batchError('Linking the task to the minutes', r || { status: 0, headers: {} }), 'Planner') };
      }
      return out;
    });
  }

  public createTasks(tasks: INewPlannerTask[]): Promise<Record<string, ICreatedTask>> {
    return guard(`Creating ${tasks.length} Planner tasks`, async () => {
      const mails = tasks.map((t) => t.assigneeEmail).filter((m, i, all): m is string => !!m && all.indexOf(m) === i);
      const users = await batchSend(this.graph, mails.map((m) => ({ key: m, method: 'GET' as const, url: `/users/${seg(m)}?$select=id` })));
      const idOf = (mail: string | undefined) => (mail && users[mail] && users[mail].status === 200 ? String(users[mail].body!.id) : undefined);
      // Without the owner's Graph id the task is made unassigned: the outcome says so and why, never silently.
      const unassigned = (mail: string | undefined): string | undefined => {
        if (!mail || idOf(mail)) return undefined;
        const status = users[mail] ? users[mail].status : 0;
        return status === 401 || status === 403 ? `forbidden:${permissionFor('GET', '/users/x') || 'User.ReadBasic.All'}` : status === 404 ? 'notFound' : 'failed';
      };
      const created = await batchSend(
        this.graph,
        tasks.map((t) => {
          const user = idOf(t.assigneeEmail);
          return {
            key: t.key,
            method: 'POST' as const,
            url: '/planner/tasks',
            body: {
              planId: t.planId,
              bucketId: t.bucketId,
              title: t.title.slice(0, 255),
              ...(t.dueDate ? { dueDateTime: `${t.dueDate}T12:00:00Z` } : {}),
              ...(user ? { assignments: { [user]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } } : {})
            }
          };
        })
      );
      const out: Record<string, ICreatedTask> = {};
      for (const t of tasks) {
        const r = created[t.key];
        const why = unassigned(t.assigneeEmail);
        out[t.key] = r && r.status === 201 ? { id: String(r.body!.id), ...(why ? { unassigned: why } : {}) } : { error: toAppError(batchError(`Creating the task ${t.title}`, r || { status: 0, headers: {} }), 'Planner') };
      }
      return out;
    });
  }
}
