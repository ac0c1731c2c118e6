/**
 * The steering committee deck built from the demo portfolio through the real services against the
 * local tenant, then read back by an independent reader (officeparser) and unzipped (JSZip): the
 * slides are there in order, with the project names, the portfolio figures, the proposals and their
 * scores, and "no published report" on project slides instead of blanks.
 */
import * as fs from 'fs';
import * as strings from 'PmoHubStrings';
import JSZip from 'jszip';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, servicesFor } from '../helpers/clients';
import { formatDate } from '../../src/components/common/fields/formatValue';
import { deckSummary, defaultDeckProjects } from '../../src/model/deck';
import { rankProposals } from '../../src/model/scoring';
import { deckLabels } from '../../src/components/Proposals/deckLabels';
import { healthLabel } from '../../src/components/common/fields/labels';
import type { IPmoServices } from '../../src/services/types';
import type { IProject } from '../../src/model/types';
import { addDays } from '../../src/model/dates';

// eslint-disable-next-line @typescript-eslint/no-var-requires -- reason: officeparser's CommonJS entry
const { parseOffice } = require('officeparser') as { parseOffice(b: Buffer): Promise<{ to(f: 'text'): Promise<{ value: string }> }> };

const TODAY = '2026-12-01';

describe('steering committee deck', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  let projects: IProject[];
  let bytes: Uint8Array;
  let text: string;
  let chosen: IProject[];

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'demo' });
    s = servicesFor(tenant, 'pmo.manager@contoso.com');
    projects = await s.deck.projects();
    chosen = defaultDeckProjects(projects).slice(0, 4);
    bytes = await s.deck.build(chosen.map((p) => p.id), deckLabels(), TODAY);
    text = (await (await parseOffice(Buffer.from(bytes))).to('text')).value;
    // For the pictures in docs/ (rendered with LibreOffice by hand, never by CI): PMO_DECK_OUT=deck.pptx.
    if (process.env.PMO_DECK_OUT) fs.writeFileSync(process.env.PMO_DECK_OUT, bytes);
  }, 180000);
  /** How many of these projects have no published report. */
  const withoutReport = async (of: IProject[]): Promise<number> =>
    (await Promise.all(of.map(async (p) => (await s.statusReports.listByProject(p.id)).some((r) => r.state === 'Published')))).filter((has) => !has).length;
  afterAll(async () => {
    await tenant?.stop();
  });

  it('is a presentation with the cover, the summary, one slide per chosen project and the proposals', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(chosen.length).toBe(4);
    expect(slides.length).toBe(1 + 1 + chosen.length + 1);
    expect(zip.file('[Content_Types].xml')).toBeTruthy();
    // Slide order: each chosen project's slide carries its name, in the order chosen.
    const slideText = await Promise.all(slides.sort((a, b) => +a.replace(/\D/g, '') - +b.replace(/\D/g, '')).map((n) => zip.file(n)!.async('string')));
    chosen.forEach((p, i) => expect(slideText[2 + i]).toContain(`${p.code} ${p.title}`.replace(/&/g, '&amp;')));
    expect(slideText[1]).toContain(strings.DeckSummaryTitle);
    expect(slideText[slides.length - 1]).toContain(strings.DeckProposalsTitle);
  });

  it('reads back with the project names, the portfolio figures and the data age', () => {
    const summary = deckSummary(projects);
    expect(text).toContain(strings.DeckTitle);
    expect(text).toContain(strings.DeckSummaryProjects);
    expect(text).toContain(String(summary.projects));
    expect(text).toContain(summary.variance.toLocaleString(undefined, { maximumFractionDigits: 0 }));
    for (const slip of summary.topSlips) expect(text).toContain(`${slip.code} ${slip.title}: ${slip.days}`);
    expect(text).toContain(summary.healthMix.map((h) => `${healthLabel(h.health)} ${h.count}`).join(' · '));
    expect(summary.healthMix.reduce((n, h) => n + h.count, 0)).toBe(summary.projects);
    for (const p of chosen) {
      expect(text).toContain(`${p.code} ${p.title}`);
      if (p.budget !== undefined) expect(text).toContain(p.budget.toLocaleString(undefined, { maximumFractionDigits: 0 }));
    }
    expect(text).toContain(strings.DeckDataAge.replace('{0}', '').trim());
  });

  it('says "no published report" on every project slide instead of blanks when the project has none published', async () => {
    // The demo seeds a year of reports, with a gap here and there: count the chosen projects without one.
    expect(text.split(strings.DeckNoReport).length - 1).toBe(await withoutReport(chosen));
  });

  it('lists the proposals awaiting a decision, best score first, with their scores', async () => {
    const ranked = rankProposals(await s.proposals.list());
    expect(ranked.length).toBeGreaterThanOrEqual(4);
    let at = text.indexOf(strings.DeckProposalsTitle);
    for (const p of ranked) {
      const found = text.indexOf(p.title, at);
      expect([p.title, found > at]).toEqual([p.title, true]);
      at = found;
      expect(text).toContain(p.score === undefined ? strings.ProposalNotScored : p.score.toFixed(2));
    }
  });

  it('takes a project slide from its latest published report (frozen figures, dimensions, milestones, decisions, age), not from a draft', async () => {
    const target = chosen[0];
    const { after, add } = await reportsOf(target);
    const withoutBefore = await withoutReport(chosen);
    const targetHadOne = (await withoutReport([target])) === 0;
    await add(after(1), 'Published', 'Older report.', 111111);
    await add(after(2), 'Published', 'Pilot on track; vendor delay absorbed.', 222222);
    await add(after(3), 'Draft', 'Draft not yet published.', 333333);
    const deckDay = addDays(after(2), 30);
    const again = await deckText(deckDay);
    expect(again).toContain(strings.DeckReportOf.replace('{0}', formatDate(after(2))));
    expect(again).toContain('Pilot on track; vendor delay absorbed.');
    expect(again).toContain((222222).toLocaleString());
    expect(again).toContain(strings.DeckMilestoneMet.replace('{0}', `Design signed off (${formatDate('2026-10-30')})`));
    expect(again).toContain(strings.DeckMilestoneSlipped.replace('{0}', `Vendor contract (${formatDate('2026-11-10')})`));
    expect(again).toContain(strings.DeckMilestoneNext.replace('{0}', `Pilot live (${formatDate('2027-01-15')})`));
    expect(again).toContain('Approve the second wave budget');
    // The figures' age: read the day before the report, counted to the deck's day (31 days).
    expect(again).toContain(strings.DeckFiguresAsOf.replace('{0}', formatDate(addDays(after(2), -1))).replace('{1}', '31'));
    expect(again).not.toContain('Older report.');
    expect(again).not.toContain('Draft not yet published.');
    expect(again.split(strings.DeckNoReport).length - 1).toBe(targetHadOne ? withoutBefore : withoutBefore - 1);
  });

  it('follows corrections: a superseded report is replaced by its correction, even one dated earlier', async () => {
    const target = chosen[1];
    const { after, add } = await reportsOf(target);
    const original = await add(after(10), 'Published', 'Original report, since corrected.', 444444);
    await add(after(8), 'Published', 'Corrected report of the period.', 555555, original);
    const again = await deckText();
    expect(again).toContain('Corrected report of the period.');
    expect(again).toContain(`${strings.DeckReportOf.replace('{0}', formatDate(after(8)))} (${strings.DeckCorrection})`);
    expect(again).not.toContain('Original report, since corrected.');
    expect(again).not.toContain((444444).toLocaleString());
  });

  /** Adds reports of the project dated after the demo's own, with a snapshot in the report model's format. */
  async function reportsOf(target: IProject) {
    const items = clientsFor(tenant, 'pmo.manager@contoso.com').sp.web.lists.getByTitle('PMO Status Reports').items;
    const seeded = (await s.statusReports.listByProject(target.id)).map((r) => r.reportDate).sort();
    const after = (days: number) => addDays(seeded[seeded.length - 1] ?? '2026-11-01', days);
    const add = async (date: string, state: string, summary: string, budget: number, supersedes?: number): Promise<number> => {
      const snapshot = { version: 1, suggested: {}, reasons: {}, figures: { asOf: addDays(date, -1), missing: [],
        milestonesMet: [{ name: 'Design signed off', due: '2026-10-30' }], milestonesSlipped: [{ name: 'Vendor contract', due: '2026-11-10' }],
        milestonesNext: [{ name: 'Pilot live', due: '2027-01-15' }], decisionsNeeded: ['Approve the second wave budget'] } };
      const added = await items.add({
        Title: `${target.code} ${date}`, ProjectId: target.id, ReportDate: `${date}T12:00:00Z`, State: state, OverallHealth: 'Amber',
        ScheduleHealth: 'Red', CostHealth: 'Green', ScopeHealth: 'Green', RiskHealth: 'Amber', Summary: summary, PercentComplete: 61,
        Budget: budget, ForecastCost: 1234567, ForecastEndDate: '2027-03-31T12:00:00Z', Snapshot: JSON.stringify(snapshot),
        ...(supersedes ? { Supersedes: supersedes } : {})
      });
      return Number((added as { Id?: number; data?: { Id: number } }).Id ?? (added as { data: { Id: number } }).data.Id);
    };
    return { after, add };
  }
  const deckText = async (today = TODAY): Promise<string> =>
    (await (await parseOffice(Buffer.from(await s.deck.build(chosen.map((p) => p.id), deckLabels(), today)))).to('text')).value;
});
