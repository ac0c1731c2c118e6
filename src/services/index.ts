/**
 * The data layer's composition: one IPmoServices from the clients of ./clients.ts. The SPFx web parts,
 * the local PMO page and the tests all call this; only how the clients are built differs.
 *
 * The four web parts share one bundle, so every service built here eagerly is downloaded by every web
 * part. Only what each of them needs before its first request stays eager (the setup check and the
 * session cache); the others are chunks of their own (lazyService), grouped by the view that calls
 * them, downloaded on their first call. Chunk names: config/config.json's bundle, docs/benchmarks.md.
 */
import type { IPmoClients } from './clients';
import { lazyService } from './lazyService';
import { browserSessionStorage, createSessionCache } from './sessionCache';
import { ProvisioningService } from './sharepoint/provisioning';
import type { IPmoServices } from './types';

/** Builds every service of the data layer on the given clients. */
export function createServices(clients: IPmoClients): IPmoServices {
  const { sp, graph } = clients;
  const planner = lazyService(() => import(/* webpackChunkName: 'pmo-svc-planner' */ './graph/plannerService').then((m) => new m.PlannerService(graph)));
  const portfolio = lazyService(() =>
    import(/* webpackChunkName: 'pmo-svc-portfolio' */ './portfolio/portfolioReader').then((m) => new m.PortfolioReader(sp))
  );
  const raid = lazyService(() => import(/* webpackChunkName: 'pmo-svc-records' */ './sharepoint/raidRepository').then((m) => new m.RaidRepository(sp)));
  const meetings = lazyService(() =>
    import(/* webpackChunkName: 'pmo-svc-meetings' */ './sharepoint/meetingRepository').then((m) => new m.MeetingRepository(sp))
  );
  const actions = lazyService(() =>
    import(/* webpackChunkName: 'pmo-svc-meetings' */ './sharepoint/meetingRepository').then((m) => new m.ActionRepository(sp))
  );
  const proposals = lazyService(() =>
    import(/* webpackChunkName: 'pmo-svc-proposals' */ './sharepoint/proposalRepository').then((m) => new m.ProposalRepository(sp))
  );
  const outlook = lazyService(() => import(/* webpackChunkName: 'pmo-svc-outlook' */ './graph/outlookService').then((m) => new m.OutlookService(graph)));
  const people = lazyService(() => import(/* webpackChunkName: 'pmo-svc-people' */ './peopleService').then((m) => new m.PeopleService(clients)));
  const costs = lazyService(() => import(/* webpackChunkName: 'pmo-svc-records' */ './sharepoint/costRepository').then((m) => new m.CostRepository(sp)));
  return {
    projects: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-projects' */ './sharepoint/projectRepository').then((m) => new m.ProjectRepository(sp))
    ),
    proposals,
    // The deck builder and pptxgenjs are chunks of their own (pptxgenjs only when a deck is built).
    deck: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-deck' */ './presentation/deckService').then((m) => new m.DeckService(sp, portfolio, proposals))
    ),
    settings: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-proposals' */ './sharepoint/settingsRepository').then((m) => new m.SettingsRepository(sp))
    ),
    raid,
    meetings,
    actions,
    calendar: lazyService(() => import(/* webpackChunkName: 'pmo-svc-meetings' */ './graph/calendarService').then((m) => new m.CalendarService(graph))),
    outlook,
    transcripts: lazyService(() => import(/* webpackChunkName: 'pmo-svc-transcripts' */ './graph/transcriptService').then((m) => new m.TranscriptService(graph))),
    publisher: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-publish' */ './meetings/publishParts').then((m) => m.createPublisher(sp, { meetings, actions, raid, outlook }))
    ),
    decisionLog: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-records' */ './sharepoint/decisionLog').then((m) => new m.DecisionLogReader(sp))
    ),
    costs,
    statusReports: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-reports' */ './statusReports/statusReportService').then((m) => new m.StatusReportService(sp, planner, costs, portfolio))
    ),
    compliance: lazyService(() => import(/* webpackChunkName: 'pmo-svc-compliance' */ './compliance/complianceReader').then((m) => new m.ComplianceReader(sp))),
    metrics: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-metrics' */ './metrics/metricsReader').then((m) => new m.MetricsReader(sp, portfolio))
    ),
    allocations: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-records' */ './sharepoint/allocationRepository').then((m) => new m.AllocationRepository(sp))
    ),
    people,
    actionSync: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-meetings' */ './meetings/actionSyncParts').then((m) => m.createActionSync(sp, graph, people))
    ),
    directory: lazyService(() => import(/* webpackChunkName: 'pmo-svc-people' */ './graph/directoryService').then((m) => new m.DirectoryService(graph))),
    planner,
    // The setup check is every web part's first request: loading it on demand would only delay it.
    provisioning: new ProvisioningService(sp),
    portfolio,
    portfolioLoader: lazyService(() =>
      import(/* webpackChunkName: 'pmo-svc-portfolio' */ './portfolio/portfolioLoader').then((m) => new m.PortfolioLoader(portfolio, planner))
    ),
    // Scoped to the PMO site (toUrl builds the URL without a request).
    session: createSessionCache(sp.web.toUrl(), browserSessionStorage()),
    draftOwner: { site: sp.web.toUrl().replace(/\/_api\/web\/?$/i, ''), person: clients.person ?? '' }
  };
}
