/**
 * The data layer's composition: one IPmoServices from the clients of ./clients.ts. The SPFx web parts,
 * the local PMO page and the tests all call this; only how the clients are built differs.
 */
import type { IPmoClients } from './clients';
import { DirectoryService } from './graph/directoryService';
import { PlannerService } from './graph/plannerService';
import { PeopleService } from './peopleService';
import { PortfolioLoader } from './portfolio/portfolioLoader';
import { PortfolioReader } from './portfolio/portfolioReader';
import { browserSessionStorage, createSessionCache } from './sessionCache';
import { AllocationRepository } from './sharepoint/allocationRepository';
import { CostRepository } from './sharepoint/costRepository';
import { ProjectRepository } from './sharepoint/projectRepository';
import { ProvisioningService } from './sharepoint/provisioning';
import { RaidRepository } from './sharepoint/raidRepository';
import type { IPmoServices } from './types';
import { CalendarService } from './graph/calendarService';
import { OutlookService } from './graph/outlookService';
import { PublishService } from './meetings/publishService';
import { BatchWriter } from './sharepoint/batchWrite';
import { ActionRepository, MeetingRepository } from './sharepoint/meetingRepository';
import { actionMapping } from './sharepoint/meetingMappers';
import { raidMapping } from './sharepoint/mappers';
import { LISTS } from './sharepoint/schema';
import { StatusReportService } from './statusReports/statusReportService';

/** Builds every service of the data layer on the given clients. */
export function createServices(clients: IPmoClients): IPmoServices {
  const planner = new PlannerService(clients.graph);
  const portfolio = new PortfolioReader(clients.sp);
  const raid = new RaidRepository(clients.sp);
  const meetings = new MeetingRepository(clients.sp);
  const actions = new ActionRepository(clients.sp);
  const outlook = new OutlookService(clients.graph);
  const costs = new CostRepository(clients.sp);
  return {
    projects: new ProjectRepository(clients.sp),
    raid,
    meetings,
    actions,
    calendar: new CalendarService(clients.graph),
    outlook,
    publisher: new PublishService({
      meetings,
      actions,
      raid,
      outlook,
      actionWriter: new BatchWriter(clients.sp, LISTS.actions, actionMapping),
      raidWriter: new BatchWriter(clients.sp, LISTS.raid, raidMapping)
    }),
    costs,
    statusReports: new StatusReportService(clients.sp, planner, costs, portfolio),
    allocations: new AllocationRepository(clients.sp),
    people: new PeopleService(clients),
    directory: new DirectoryService(clients.graph),
    planner,
    provisioning: new ProvisioningService(clients.sp),
    portfolio,
    portfolioLoader: new PortfolioLoader(portfolio, planner),
    // Scoped to the PMO site (toUrl builds the URL without a request).
    session: createSessionCache(clients.sp.web.toUrl(), browserSessionStorage()),
    draftOwner: { site: clients.sp.web.toUrl().replace(/\/_api\/web\/?$/i, ''), person: clients.person ?? '' }
  };
}
