/** The Word document of a status report, built with `docx` (loaded on demand) from the report document's text only. */
import type { IReportDocument } from './reportDocument';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function buildReportDocx(d: IReportDocument, healthHeading: string): Promise<Uint8Array> {
  const x = await import(/* webpackChunkName: 'docx' */ 'docx');
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = x;
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = (facts: { label: string; value: string }[]) =>
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: facts.map((f) => new TableRow({ children: [cell(f.label, true), cell(f.value)] })) });
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun(d.subtitle)] }),
    new Paragraph({ text: healthHeading, heading: HeadingLevel.HEADING_1 }),
    table(d.health)
  ];
  if (d.overrideReason) children.push(new Paragraph({ children: [new TextRun(d.overrideReason)] }));
  for (const s of d.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }));
    for (const line of s.text.split(/\r?\n/).filter((l) => l.trim())) children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  if (d.figures.length) {
    children.push(new Paragraph({ text: d.figuresHeading, heading: HeadingLevel.HEADING_1 }));
    children.push(table(d.figures));
  }
  const doc = new Document({ creator: 'PMO Hub', title: d.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
