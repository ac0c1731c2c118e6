/** The portfolio's SharePoint reads in memory: projects from a FakeProjectRepository, rows given per list. */
import type { IProject } from '../../src/model/types';
import type { CostInput } from '../../src/model/costs';
import type { IActionInput, IMeetingInput, RiskInput } from '../../src/model/projectStatus';
import type { IPortfolioReader, IProjectMeeting } from '../../src/services/types';
import { FakeBase } from './FakeBase';

export class FakePortfolioReader extends FakeBase implements IPortfolioReader {
  public projectList: IProject[] = [];
  public risks: (RiskInput & { projectId: number })[] = [];
  public actions: (IActionInput & { projectId: number })[] = [];
  public meetings: (IMeetingInput & { projectId: number })[] = [];
  public meetingItems: (IProjectMeeting & { projectId: number })[] = [];
  public costs: (CostInput & { projectId: number })[] = [];

  public costLines(): Promise<(CostInput & { projectId: number })[]> {
    return this.run('costLines', [], () => this.costs);
  }

  public projects(): Promise<IProject[]> {
    return this.run('projects', [], () => this.projectList);
  }

  public openRisks(projectId?: number): Promise<(RiskInput & { projectId: number })[]> {
    return this.run('openRisks', [projectId], () => this.risks.filter((r) => r.status !== 'Closed' && (!projectId || r.projectId === projectId)));
  }

  public openActions(projectId?: number): Promise<(IActionInput & { projectId: number })[]> {
    return this.run('openActions', [projectId], () =>
      this.actions.filter((a) => (a.status === 'Open' || a.status === 'In progress') && (!projectId || a.projectId === projectId))
    );
  }

  public meetingsFrom(day: string): Promise<(IMeetingInput & { projectId: number })[]> {
    return this.run('meetingsFrom', [day], () => this.meetings.filter((m) => m.start.slice(0, 10) >= day).sort((a, b) => a.start.localeCompare(b.start)));
  }

  public projectMeetings(projectId: number): Promise<IProjectMeeting[]> {
    return this.run('projectMeetings', [projectId], () => this.meetingItems.filter((m) => m.projectId === projectId));
  }
}
