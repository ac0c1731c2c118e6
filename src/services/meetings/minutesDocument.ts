/**
 * The Word document of published minutes, built with the `docx` library (loaded on demand: only
 * publishing needs it). Text only, from the outline: no fields, macros or hyperlinks from the minutes.
 */
import type { IMinutesLabels, IMinutesOutline } from '../../model/meetings/outline';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface IDocumentLabels extends IMinutesLabels {
  action: string;
  revision: string;
}

/** The .docx bytes of the minutes. `when` is the meeting's date and time as the person reads it. */
export async function buildMinutesDocument(o: IMinutesOutline, l: IDocumentLabels, when: string): Promise<Uint8Array> {
  const d = await import(/* webpackChunkName: 'docx' */ 'docx');
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d;
  const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    h(o.title, HeadingLevel.TITLE),
    p(when),
    p(o.projects.join(', ')),
    p(`${l.revision} ${o.revision}`),
    h(l.attendance, HeadingLevel.HEADING_1),
    ...o.attendance.map((a) => bullet(`${a.name} – ${l.status[a.status] || a.status}`)),
    h(l.agenda, HeadingLevel.HEADING_1)
  ];
  for (const item of o.items) {
    children.push(h(item.title, HeadingLevel.HEADING_2));
    for (const para of item.paragraphs) children.push(para.startsWith('• ') ? bullet(para.slice(2)) : p(para));
  }
  if (o.decisions.length) {
    children.push(h(l.decisions, HeadingLevel.HEADING_1));
    for (const x of o.decisions) children.push(bullet(x.detail ? `${x.title} – ${x.detail}` : x.title));
  }
  if (o.actions.length) {
    children.push(h(l.actions, HeadingLevel.HEADING_1));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell(l.action, true), cell(l.owner, true), cell(l.due, true)] }),
          ...o.actions.map((a) => new TableRow({ children: [cell(a.title), cell(a.owner), cell(a.dueDate)] }))
        ]
      })
    );
  }
  if (o.risks.length) {
    children.push(h(l.risks, HeadingLevel.HEADING_1));
    for (const r of o.risks) children.push(bullet(`${r.kind}: ${r.title}${r.description ? ` – ${r.description}` : ''}`));
  }
  const doc = new Document({ creator: 'PMO Hub', title: o.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
