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

/** Builds every service of the data layer on the given clients. */
export function createServices(clients: IPmoClients): IPmoServices {
  const planner = new PlannerService(clients.graph);
  const portfolio = new PortfolioReader(clients.sp);
  return {
    projects: new ProjectRepository(clients.sp),
    raid: new RaidRepository(clients.sp),
    costs: new CostRepository(clients.sp),
    allocations: new AllocationRepository(clients.sp),
    people: new PeopleService(clients),
    directory: new DirectoryService(clients.graph),
    planner,
    provisioning: new ProvisioningService(clients.sp),
    portfolio,
    portfolioLoader: new PortfolioLoader(portfolio, planner),
    // Scoped to the PMO site (toUrl builds the URL without a request).
    session: createSessionCache(clients.sp.web.toUrl(), browserSessionStorage())
  };
}
