/**
 * A minutes document of 3 MB or more reaches the organizer's event through an upload session, with
 * the real Graph client and OutlookService against the local tenant: createUploadSession, ranged PUTs
 * to the pre-authenticated URL (no attachment POST), and the attachment read back by an independent
 * reader (mammoth).
 */
import { randomBytes } from 'node:crypto';
import * as mammoth from 'mammoth';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince, servicesFor } from '../helpers/clients';
import { taggedMeeting } from '../helpers/meetings';
import { DOCX_TYPE } from '../../src/services/meetings/minutesDocument';
import { MAX_INLINE_ATTACHMENT } from '../../src/services/graph/outlookService';
import type { IProject } from '../../src/model/types';

jest.setTimeout(180_000);

/** A real .docx past the inline limit: a heading, then text that does not compress (random base64). */
async function largeDocument(marker: string): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const filler = randomBytes(3_400_000).toString('base64');
  const chunks: InstanceType<typeof Paragraph>[] = [];
  for (let i = 0; i < filler.length; i += 100_000) chunks.push(new Paragraph({ children: [new TextRun(filler.slice(i, i + 100_000))] }));
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(marker)] }), ...chunks] }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('a large minutes document', () => {
  let tenant: RunningTenant;
  let project: IProject;
  let bytes: Uint8Array;
  const marker = 'Minutes of the vendor selection call, with the signed offers';
  beforeAll(async () => {
    // Built first: a long pause between requests lets the tenant close idle keep-alive sockets mid-test.
    bytes = await largeDocument(marker);
    tenant = await startLocalTenant({ seed: 'demo' });
    project = (await servicesFor(tenant).projects.list({ search: 'PRJ-0042' }))[0];
  });
  afterAll(async () => {
    await tenant?.stop();
  });

  it('is attached to the organizer’s event through an upload session and reads back whole', async () => {
    const services = servicesFor(tenant, project.manager!.email);
    const event = await taggedMeeting(services, project);
    expect(bytes.length).toBeGreaterThanOrEqual(MAX_INLINE_ATTACHMENT);

    const mark = await logMark(tenant);
    const id = await services.outlook.attach({ eventId: event.id }, 'Minutes vendor call.docx', DOCX_TYPE, bytes);
    const log = await logSince(tenant, mark);
    expect(log.filter((r) => /\/attachments\/createUploadSession$/.test(r.path)).map((r) => r.status)).toEqual([201]);
    const puts = log.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/v2.0/'));
    expect(puts.length).toBe(Math.ceil(bytes.length / (320 * 1024 * 12)));
    expect(puts.map((r) => r.status)).toEqual([...puts.slice(1).map(() => 200), 201]);
    expect(log.filter((r) => r.method === 'POST' && /\/attachments$/.test(r.path))).toEqual([]);

    const listed = await services.outlook.attachments({ eventId: event.id });
    expect(listed.filter((a) => a.id === id).map((a) => [a.name, a.size])).toEqual([['Minutes vendor call.docx', bytes.length]]);
    const stored: { contentBytes: string } = await clientsFor(tenant, project.manager!.email).graph.api(`/me/events/${event.id}/attachments/${id}`).get();
    const back = Buffer.from(stored.contentBytes, 'base64');
    expect(back.equals(Buffer.from(bytes))).toBe(true);
    expect((await mammoth.extractRawText({ buffer: back })).value).toContain(marker);
  });
});
