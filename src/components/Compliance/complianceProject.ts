import type { IComplianceProject } from '../../model/compliance';
import type { IPortfolioRow } from '../../services/portfolio/portfolioLoader';

/** A portfolio row as the compliance checks see it (register columns and what its plan read gave). */
export const complianceProject = (r: IPortfolioRow): IComplianceProject => ({
  id: r.project.id,
  code: r.project.code,
  title: r.project.title,
  phase: r.project.phase,
  startDate: r.project.startDate,
  manager: r.project.manager ? { name: r.project.manager.title, email: r.project.manager.email } : undefined,
  plan: r.pending ? 'pending' : r.plan,
  lastTaskActivity: r.lastTaskActivity
});
