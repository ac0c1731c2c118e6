/**
 * Gathers what the steering committee deck needs (four reads in parallel: the register, the open
 * risks and issues with their titles, the published status reports, the proposals) and draws it (./steeringDeck.ts, loaded with
 * pptxgenjs only when a deck is built).
 */
import { deckContent, type DeckRisk, type IDeckReport } from '../../model/deck';
import { reportHistory, type IStatusReport } from '../../model/statusReport';
import type { IProject, RaidKind, RaidStatus } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { and, anyOf, eq } from '../odata';
import { fromSpDate } from '../sharepoint/values';
import type { IDeckService, IPortfolioReader, IProposalRepository } from '../types';
import { RAID_FIELDS as R, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';
import type { SpItem } from '../sharepoint/mappers';
import { PAGE_SIZE } from '../sharepoint/listRepository';
import { LISTS } from '../sharepoint/schema';
import { statusReportMapping } from '../statusReports/statusReportMapping';
import type { IDeckLabels } from './steeringDeck';

const n = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * A published PMO Status Reports item as the deck shows it: the frozen columns for the figures, the
 * Snapshot for milestones (met, slipped, next) and decisions needed, and the figures' date as its age.
 */
export function reportOf(raw: SpItem): IDeckReport {
  const r = statusReportMapping.fromItem(raw);
  const f = r.snapshot?.figures;
  return {
    projectId: r.projectId,
    reportDate: r.reportDate,
    overallHealth: r.health.overall,
    dimensions: [
      { name: 'Schedule', health: r.health.schedule },
      { name: 'Cost', health: r.health.cost },
      { name: 'Scope', health: r.health.scope },
      { name: 'Risk', health: r.health.risk }
    ],
    percentComplete: n(raw[S.percentComplete]),
    budget: n(raw[S.budget]),
    forecastCost: n(raw[S.forecastCost]),
    forecastEndDate: fromSpDate(raw[S.forecastEndDate]),
    summary: r.summary,
    asOf: f?.asOf ?? r.reportDate,
    isCorrection: r.supersedes !== undefined,
    milestones: { met: f?.milestonesMet, slipped: f?.milestonesSlipped, next: f?.milestonesNext },
    decisionsNeeded: f?.decisionsNeeded
  };
}

export class DeckService implements IDeckService {
  constructor(
    private readonly sp: SPFI,
    private readonly portfolio: IPortfolioReader,
    private readonly proposals: IProposalRepository,
    private readonly now: () => Date = () => new Date()
  ) {}

  public projects(): Promise<IProject[]> {
    return this.portfolio.projects();
  }

  /** Open risks and issues of every project, with the titles the slides show. */
  private risks(): Promise<DeckRisk[]> {
    return guard('Reading open risks for the deck', async () => {
      const q = this.sp.web.lists.getByTitle(LISTS.raid).items
        .select(idColumn(R.project), R.title, R.kind, R.status, R.probability, R.impact)
        .filter(and(anyOf(R.status, ['Open', 'In progress']), anyOf(R.kind, ['Risk', 'Issue'])))
        .top(PAGE_SIZE);
      const out: DeckRisk[] = [];
      for await (const page of q) {
        for (const r of page as SpItem[]) {
          out.push({ projectId: Number(r[idColumn(R.project)]), title: String(r[R.title] ?? ''), kind: r[R.kind] as RaidKind, status: r[R.status] as RaidStatus,
            probability: n(r[R.probability]), impact: n(r[R.impact]) });
        }
      }
      return out;
    });
  }

  /**
   * The report each project slide is drawn from: of the project's published reports, the latest that
   * no published correction supersedes (a correction replaces the report it corrects), as the
   * report history shows them (reportHistory).
   */
  private reports(): Promise<IDeckReport[]> {
    return guard('Reading published status reports for the deck', async () => {
      const q = this.sp.web.lists.getByTitle(LISTS.statusReports).items
        .select(...statusReportMapping.select, S.percentComplete, S.budget, S.forecastCost, S.forecastEndDate)
        .filter(eq(S.state, 'Published'))
        .top(PAGE_SIZE);
      const byProject = new Map<number, { report: IStatusReport; raw: SpItem }[]>();
      for await (const page of q) {
        for (const raw of page as SpItem[]) {
          const report = statusReportMapping.fromItem(raw);
          byProject.set(report.projectId, [...(byProject.get(report.projectId) ?? []), { report, raw }]);
        }
      }
      const out: IDeckReport[] = [];
      byProject.forEach((rows) => {
        const latest = reportHistory(rows.map((x) => x.report))[0];
        const row = latest && rows.filter((x) => x.report.id === latest.id)[0];
        if (row) out.push(reportOf(row.raw));
      });
      return out;
    });
  }

  public async build(selected: number[], labels: IDeckLabels, today: string): Promise<Uint8Array> {
    const [projects, risks, proposals, reports] = await Promise.all([this.portfolio.projects(), this.risks(), this.proposals.list(), this.reports()]);
    const content = deckContent({ projects, selected, risks, reports, proposals, today, dataAsOf: this.now().toISOString() });
    const { buildSteeringDeck } = await import(/* webpackChunkName: 'pmo-deck' */ './steeringDeck');
    return buildSteeringDeck(content, labels);
  }
}
