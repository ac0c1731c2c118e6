/**
 * The steering committee deck as a .pptx, drawn by pptxgenjs (loaded on demand: it is only needed
 * when someone builds a deck) from the model's deck content (src/model/deck.ts). One template: a 16:9
 * master with a title bar, the footer "date · data as of", and slide numbers; every slide is text and
 * tables PowerPoint renders natively, so it opens without repair and reads back with any Office reader.
 */
import type { IDeckContent, IDeckProjectSlide } from '../../model/deck';
import type { IReportMilestone } from '../../model/statusReport';
import type { Health } from '../../model/types';
import { DECK_COLORS as C, DECK_HEALTH } from './deckColors';

/** Localized text of the deck (src/loc), with the formats of the person's locale. */
export interface IDeckLabels {
  title: string;
  subtitle: string;
  dataAge: string;
  summaryTitle: string;
  summaryProjects: string;
  summaryHealth: string;
  summaryVariance: string;
  summarySlips: string;
  summaryTopSlips: string;
  slipDays: string;
  noReport: string;
  reportOf: string;
  health: string;
  progress: string;
  budget: string;
  forecast: string;
  variance: string;
  end: string;
  milestones: string;
  milestoneMet: string;
  milestoneSlipped: string;
  milestoneNext: string;
  figuresAsOf: string;
  registerAsOf: string;
  correction: string;
  notRecorded: string;
  topRisks: string;
  decisionsNeeded: string;
  none: string;
  proposalsTitle: string;
  proposalsEmpty: string;
  rank: string;
  code: string;
  projectTitle: string;
  department: string;
  score: string;
  effort: string;
  cost: string;
  state: string;
  notScored: string;
  healthLabel: (h: Health | undefined) => string;
  /** A report's dimension (Schedule, Cost, Scope, Risk). */
  dimension: (name: string) => string;
  stateLabel: (s: string) => string;
  money: (n: number | undefined) => string;
  /** A weighted score with two decimals, in the person's locale. */
  scoreValue: (n: number) => string;
  date: (iso: string | undefined) => string;
  dateTime: (iso: string) => string;
}

const fill = (t: string, ...v: (string | number)[]): string => v.reduce<string>((s, x, i) => s.replace(`{${i}}`, String(x)), t);

const FONT = 'Segoe UI';
const MASTER = 'PMO_HUB';

type Pptx = import('pptxgenjs').default;
type Slide = ReturnType<Pptx['addSlide']>;
type Cell = { text: string; options?: Record<string, unknown> };

function defineTemplate(pptx: Pptx, footer: string): void {
  pptx.layout = 'LAYOUT_WIDE';
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: C.paper },
    objects: [
      { rect: { x: 0, y: 0, w: '100%', h: 0.9, fill: { color: C.brand } } },
      { text: { text: footer, options: { x: 0.5, y: 7.0, w: 10, h: 0.3, fontFace: FONT, fontSize: 10, color: C.muted } } }
    ],
    slideNumber: { x: 12.4, y: 7.0, fontFace: FONT, fontSize: 10, color: C.muted }
  });
}

function titled(pptx: Pptx, title: string): Slide {
  const slide = pptx.addSlide({ masterName: MASTER });
  slide.addText(title, { x: 0.5, y: 0.12, w: 12.3, h: 0.66, fontFace: FONT, fontSize: 24, bold: true, color: C.paper });
  return slide;
}

const header = (texts: string[]): Cell[] => texts.map((text) => ({ text, options: { bold: true, color: C.paper, fill: { color: C.brand } } }));
const cells = (texts: string[]): Cell[] => texts.map((text) => ({ text }));
const tableOpts = (y: number, w: number, x = 0.5) => ({ x, y, w, fontFace: FONT, fontSize: 12, border: { type: 'solid' as const, pt: 0.5, color: C.border }, valign: 'middle' as const });

function bullets(slide: Slide, heading: string, items: string[], none: string, x: number, y: number, w: number): void {
  slide.addText(heading, { x, y, w, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: C.brand });
  const lines = items.length ? items : [none];
  slide.addText(
    lines.map((text) => ({ text, options: { bullet: items.length > 0, breakLine: true } })),
    { x, y: y + 0.4, w, h: 3.0, fontFace: FONT, fontSize: 12, color: C.text, valign: 'top' }
  );
}

function summarySlide(pptx: Pptx, c: IDeckContent, l: IDeckLabels): void {
  const s = c.summary;
  const slide = titled(pptx, l.summaryTitle);
  const rows: Cell[][] = [
    header([l.summaryProjects, l.summaryHealth, l.summaryVariance, l.summarySlips]),
    cells([String(s.projects), s.healthMix.map((m) => `${l.healthLabel(m.health)} ${m.count}`).join(' · '), l.money(s.variance), String(s.slipping)])
  ];
  slide.addTable(rows, { ...tableOpts(1.3, 12.3), colW: [2.2, 4.3, 3.4, 2.4] });
  // The mix as coloured bars, with the counts in text beside them (colour is never the only signal).
  const max = Math.max(1, ...s.healthMix.map((m) => m.count));
  s.healthMix.forEach((m, i) => {
    const y = 2.6 + i * 0.55;
    slide.addText(`${l.healthLabel(m.health)}: ${m.count}`, { x: 0.5, y, w: 1.8, h: 0.4, fontFace: FONT, fontSize: 12 });
    slide.addShape('rect', { x: 2.4, y: y + 0.05, w: Math.max(0.05, (3.6 * m.count) / max), h: 0.3, fill: { color: DECK_HEALTH[m.health] } });
  });
  bullets(slide, l.summaryTopSlips, s.topSlips.map((t) => fill(l.slipDays, `${t.code} ${t.title}`, t.days)), l.none, 6.8, 2.5, 6);
}

/** Met, slipped and next milestones as lines; undefined when the report did not record any of them. */
function milestoneLines(p: IDeckProjectSlide, l: IDeckLabels): string[] | undefined {
  const { met, slipped, next } = p.milestones;
  if (!met && !slipped && !next) return undefined;
  const line = (t: string) => (m: IReportMilestone) => fill(t, m.due ? `${m.name} (${l.date(m.due)})` : m.name);
  return [...(met ?? []).map(line(l.milestoneMet)), ...(slipped ?? []).map(line(l.milestoneSlipped)), ...(next ?? []).map(line(l.milestoneNext))];
}

/** Where the slide's figures come from and how old they are. */
function sourceLine(p: IDeckProjectSlide, l: IDeckLabels, dataAsOf: string): string {
  if (!p.report) return `${l.noReport} ${fill(l.registerAsOf, l.dateTime(dataAsOf))}`;
  const of = fill(l.reportOf, l.date(p.report.reportDate)) + (p.report.isCorrection ? ` (${l.correction})` : '');
  return `${of} · ${fill(l.figuresAsOf, l.date(p.report.asOf), p.ageDays)}`;
}

function projectSlide(pptx: Pptx, p: IDeckProjectSlide, l: IDeckLabels, dataAsOf: string): void {
  const slide = titled(pptx, `${p.project.code} ${p.project.title}`);
  const source = sourceLine(p, l, dataAsOf);
  slide.addText(source, { x: 0.5, y: 1.05, w: 12.3, h: 0.4, fontFace: FONT, fontSize: 12, italic: !p.report, color: p.report ? C.text : C.alert });
  const end = p.forecastEnd ? `${l.date(p.forecastEnd)}${p.slip ? ` (${p.slip > 0 ? '+' : ''}${p.slip})` : ''}` : '—';
  const healthCell: Cell = { text: l.healthLabel(p.health), options: p.health ? { bold: true, color: C.paper, fill: { color: DECK_HEALTH[p.health] } } : {} };
  slide.addTable(
    [header([l.health, l.progress, l.budget, l.forecast, l.variance, l.end]),
      [healthCell, ...cells([p.percentComplete === undefined ? '—' : `${p.percentComplete}%`, l.money(p.budget), l.money(p.forecast), l.money(p.variance), end])]],
    { ...tableOpts(1.5, 12.3), colW: [1.6, 1.5, 2.3, 2.3, 2.3, 2.3] }
  );
  if (p.report) {
    const dims = p.report.dimensions.map((d) => `${l.dimension(d.name)}: ${l.healthLabel(d.health)}`).join(' · ');
    slide.addText([{ text: dims, options: { breakLine: true } }, { text: p.report.summary }], { x: 0.5, y: 2.4, w: 12.3, h: 0.8, fontFace: FONT, fontSize: 12 });
  }
  const milestones = milestoneLines(p, l);
  bullets(slide, l.milestones, milestones ?? [], milestones ? l.none : l.notRecorded, 0.5, 3.4, 4);
  bullets(slide, l.topRisks, p.topRisks.map((r) => `${r.title} (${r.score})`), l.none, 4.7, 3.4, 4);
  bullets(slide, l.decisionsNeeded, p.decisionsNeeded ?? [], p.decisionsNeeded ? l.none : l.notRecorded, 8.9, 3.4, 4);
}

function proposalsSlide(pptx: Pptx, c: IDeckContent, l: IDeckLabels): void {
  const slide = titled(pptx, l.proposalsTitle);
  if (!c.proposals.length) {
    slide.addText(l.proposalsEmpty, { x: 0.5, y: 1.3, w: 12.3, h: 0.5, fontFace: FONT, fontSize: 14 });
    return;
  }
  const rows: Cell[][] = [header([l.rank, l.code, l.projectTitle, l.department, l.score, l.effort, l.cost, l.state])];
  for (const { rank, proposal: p } of c.proposals.slice(0, 12)) {
    rows.push(cells([String(rank), p.code, p.title, p.department, p.score === undefined ? l.notScored : l.scoreValue(p.score),
      p.estimatedEffort === undefined ? '' : String(p.estimatedEffort), l.money(p.estimatedCost), l.stateLabel(p.proposalState)]));
  }
  slide.addTable(rows, { ...tableOpts(1.2, 12.3), fontSize: 11, colW: [0.7, 1.1, 3.6, 1.4, 1.0, 1.1, 1.7, 1.7] });
}

/** The deck as .pptx bytes. */
export async function buildSteeringDeck(content: IDeckContent, labels: IDeckLabels): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import(/* webpackChunkName: 'pmo-deck' */ 'pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.title = labels.title;
  pptx.company = 'PMO Hub';
  const age = fill(labels.dataAge, labels.dateTime(content.dataAsOf));
  defineTemplate(pptx, `${labels.title} · ${labels.date(content.today)} · ${age}`);
  const cover = pptx.addSlide({ masterName: MASTER });
  cover.addText(labels.title, { x: 0.5, y: 2.3, w: 12.3, h: 1, fontFace: FONT, fontSize: 40, bold: true, color: C.brand });
  cover.addText([{ text: fill(labels.subtitle, labels.date(content.today)), options: { breakLine: true } }, { text: age }],
    { x: 0.5, y: 3.4, w: 12.3, h: 1, fontFace: FONT, fontSize: 18, color: C.muted });
  summarySlide(pptx, content, labels);
  for (const p of content.projects) projectSlide(pptx, p, labels, content.dataAsOf);
  proposalsSlide(pptx, content, labels);
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
