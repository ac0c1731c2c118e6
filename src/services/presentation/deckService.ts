/**
 * Gathers what the steering committee deck needs (four reads in parallel: the register, the open
 * risks and issues with their titles, the latest published status reports, the proposals) and draws it (./steeringDeck.ts, loaded with
 * pptxgenjs only when a deck is built).
 */
import { deckContent, type DeckRisk, type IDeckReport } from '../../model/deck';
import { HEALTHS, type Health, type IProject, type RaidKind, type RaidStatus } from '../../model/types';
import type { SPFI } from '../clients';
import { guard } from '../guard';
import { and, anyOf, eq } from '../odata';
import { fromSpDate } from '../sharepoint/values';
import type { IDeckService, IPortfolioReader, IProposalRepository } from '../types';
import { RAID_FIELDS as R, STATUS_REPORT_FIELDS as S, idColumn } from '../../model/fields';
import type { SpItem } from '../sharepoint/mappers';
import { PAGE_SIZE } from '../sharepoint/listRepository';
import { LISTS } from '../sharepoint/schema';
import type { IDeckLabels } from './steeringDeck';

const n = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const health = (v: unknown): Health | undefined => (HEALTHS.indexOf(v as Health) >= 0 ? (v as Health) : undefined);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function snapshotOf(raw: unknown): Record<string, unknown> {
  try {
    const parsed = typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A PMO Status Reports item as the deck shows it. */
export function reportOf(r: SpItem): IDeckReport {
  const snapshot = snapshotOf(r[S.snapshot]);
  return {
    projectId: Number(r[idColumn(S.project)]),
    reportDate: fromSpDate(r[S.reportDate]) ?? '',
    overallHealth: health(r[S.overallHealth]),
    dimensions: [
      { name: 'Schedule', health: health(r[S.scheduleHealth]) },
      { name: 'Cost', health: health(r[S.costHealth]) },
      { name: 'Scope', health: health(r[S.scopeHealth]) },
      { name: 'Risk', health: health(r[S.riskHealth]) }
    ],
    percentComplete: n(r[S.percentComplete]),
    budget: n(r[S.budget]),
    forecastCost: n(r[S.forecastCost]),
    forecastEndDate: fromSpDate(r[S.forecastEndDate]),
    summary: typeof r[S.summary] === 'string' ? (r[S.summary] as string) : '',
    milestones: texts(snapshot.milestones),
    decisionsNeeded: texts(snapshot.decisionsNeeded)
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
   * The latest published report of each project (PMO Status Reports, State Published), with the
   * figures frozen at publication. Milestones and decisions needed come from its Snapshot when it
   * holds them as lists of text (`milestones`, `decisionsNeeded`); otherwise the slide says none.
   */
  private reports(): Promise<IDeckReport[]> {
    return guard('Reading published status reports for the deck', async () => {
      const q = this.sp.web.lists.getByTitle(LISTS.statusReports).items
        .select(idColumn(S.project), S.reportDate, S.overallHealth, S.scheduleHealth, S.costHealth, S.scopeHealth, S.riskHealth, S.summary,
          S.percentComplete, S.budget, S.forecastCost, S.forecastEndDate, S.snapshot)
        .filter(eq(S.state, 'Published'))
        .top(PAGE_SIZE);
      const latest = new Map<number, IDeckReport>();
      for await (const page of q) {
        for (const r of page as SpItem[]) {
          const report = reportOf(r);
          const seen = latest.get(report.projectId);
          if (!seen || seen.reportDate < report.reportDate) latest.set(report.projectId, report);
        }
      }
      return Array.from(latest.values());
    });
  }

  public async build(selected: number[], labels: IDeckLabels, today: string): Promise<Uint8Array> {
    const [projects, risks, proposals, reports] = await Promise.all([this.portfolio.projects(), this.risks(), this.proposals.list(), this.reports()]);
    const content = deckContent({ projects, selected, risks, reports, proposals, today, dataAsOf: this.now().toISOString() });
    const { buildSteeringDeck } = await import(/* webpackChunkName: 'pmo-deck' */ './steeringDeck');
    return buildSteeringDeck(content, labels);
  }
}
