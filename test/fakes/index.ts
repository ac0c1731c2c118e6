import { FakeStatusReportService } from './FakeStatusReports';
import { FakeComplianceReader } from './FakeCompliance';
import { FakeMetricsReader } from './FakeMetrics';
/**
 * In-memory fakes of the service interfaces (src/services/types.ts) for component tests. Each fake
 * logs its calls (`calls`, `callsOf`), can be told to fail (`failNext(method, error)`), held
 * (`pause`/`resume`), and the repositories check ETags like SharePoint (`serverEdit` plays another
 * person's save, so a later update with the old ETag gets a real ConflictError).
 */
import type { IPmoServices } from '../../src/services/types';
import { FakeDirectoryService, FakePeopleService, FakePlannerService } from './FakeDirectory';
import { FakePortfolioReader } from './FakePortfolio';
import { FakeProjectRepository } from './FakeProjectRepository';
import { createSessionCache } from '../../src/services/sessionCache';
import { PortfolioLoader } from '../../src/services/portfolio/portfolioLoader';
import { FakeAllocationRepository, FakeCostRepository, FakeProvisioningService, FakeRaidRepository } from './FakeRecords';
import { FakeActionRepository, FakeCalendarService, FakeDecisionLog, FakeMeetingRepository, FakeOutlookService, FakePublisher } from './FakeMeetings';
export { FakeActionRepository, FakeCalendarService, FakeDecisionLog, FakeMeetingRepository, FakeOutlookService, FakePublisher } from './FakeMeetings';

import { FakeDeckService, FakeProposalRepository, FakeSettingsRepository } from './FakeProposals';
export { FakeDeckService, FakeProposalRepository, FakeSettingsRepository, makeProposal } from './FakeProposals';
export { FakeBase, clone } from './FakeBase';
export { FakeProjectRepository, makeProject } from './FakeProjectRepository';
export { FakeRecordRepository } from './FakeRecordRepository';
export { FakeRaidRepository, FakeCostRepository, FakeAllocationRepository, FakeProvisioningService } from './FakeRecords';
export { FakePortfolioReader } from './FakePortfolio';
export { FakeStatusReportService } from './FakeStatusReports';
export { FakeComplianceReader } from './FakeCompliance';
export { FakeMetricsReader } from './FakeMetrics';
export { FakePeopleService, FakeDirectoryService, FakePlannerService } from './FakeDirectory';

/** The fakes behind IPmoServices, typed as fakes so tests can reach their controls. */
export interface IFakeServices extends IPmoServices {
  projects: FakeProjectRepository;
  raid: FakeRaidRepository;
  costs: FakeCostRepository;
  allocations: FakeAllocationRepository;
  people: FakePeopleService;
  directory: FakeDirectoryService;
  planner: FakePlannerService;
  provisioning: FakeProvisioningService;
  portfolio: FakePortfolioReader;
  meetings: FakeMeetingRepository;
  actions: FakeActionRepository;
  calendar: FakeCalendarService;
  outlook: FakeOutlookService;
  publisher: FakePublisher;
  decisionLog: FakeDecisionLog;
  statusReports: FakeStatusReportService;
  compliance: FakeComplianceReader;
  metrics: FakeMetricsReader;
  proposals: FakeProposalRepository;
  settings: FakeSettingsRepository;
  deck: FakeDeckService;
}

/** A full set of fakes (empty unless given), for <ServicesProvider services={…}>. */
export function createFakeServices(over: Partial<IFakeServices> = {}): IFakeServices {
  const planner = over.planner ?? new FakePlannerService();
  const portfolio = over.portfolio ?? new FakePortfolioReader();
  return {
    projects: new FakeProjectRepository(),
    raid: new FakeRaidRepository(),
    costs: new FakeCostRepository(),
    allocations: new FakeAllocationRepository(),
    people: new FakePeopleService(),
    directory: new FakeDirectoryService(),
    planner,
    provisioning: new FakeProvisioningService(),
    portfolio,
    portfolioLoader: new PortfolioLoader(portfolio, planner),
    // In memory: each test starts with an empty session.
    session: createSessionCache('test'),
    meetings: new FakeMeetingRepository(),
    actions: new FakeActionRepository(),
    calendar: new FakeCalendarService(),
    outlook: new FakeOutlookService(),
    publisher: new FakePublisher(),
    decisionLog: new FakeDecisionLog(),
    statusReports: new FakeStatusReportService(),
    compliance: new FakeComplianceReader(),
    metrics: new FakeMetricsReader(),
    proposals: new FakeProposalRepository(),
    settings: new FakeSettingsRepository(),
    deck: new FakeDeckService(),
    ...over
  };
}
