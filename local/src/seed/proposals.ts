/**
 * The demo's proposals: the business case of each project in the Proposal phase, the scores the PMO
 * gave them (with the default weights of docs/rules.md) and the gate decisions so far, so the
 * proposals board opens ranked, with a deferred proposal, one not yet scored, and one approved earlier
 * (now in Initiation) whose history shows its score and approval.
 */
import type { ProposalState, Urgency } from '../../../src/model/proposals.ts';
import { DEFAULT_WEIGHTS, weightedScore, type Criterion, type GateDecision } from '../../../src/model/scoring.ts';

export interface DemoProposal {
  problem: string;
  objectives: string;
  benefits: string;
  cost: number;
  effort: number;
  alignment: string;
  urgency: Urgency;
  risks: string;
  state: ProposalState;
  scores?: Record<Criterion, number>;
  decision?: { decision: GateDecision; reason: string };
}

/** By project title (local/src/seed/catalogue.ts). */
export const DEMO_PROPOSALS: Record<string, DemoProposal> = {
  'Energy efficiency retrofit': {
    problem: 'Energy costs at the three oldest sites rose 40% in two years; lighting and heating are 25 years old.',
    objectives: 'Cut energy use at the three sites by 30% and meet the 2028 emissions target.',
    benefits: 'About 210,000 a year lower energy bills; 380 t CO2e less a year; better working conditions.',
    cost: 650000, effort: 420, urgency: 'Medium',
    alignment: 'Sustainability strategy: net zero operations by 2035.',
    risks: 'Works in occupied buildings; heat pump lead times of six months.',
    state: 'Scored', scores: { strategic: 4, value: 4, urgency: 3, risk: 3, feasibility: 4 }
  },
  'AI assistant for the service desk': {
    problem: 'Half of the 2,400 monthly service desk tickets are how-to questions answered from the knowledge base.',
    objectives: 'Answer common questions in Teams chat and draft tickets for the rest.',
    benefits: 'About 900 fewer tickets a month; first answer in seconds instead of hours.',
    cost: 240000, effort: 180, urgency: 'High',
    alignment: 'Digital workplace: self-service first.',
    risks: 'Answer quality depends on the knowledge base; Copilot licences not yet budgeted.',
    state: 'Scored', scores: { strategic: 5, value: 4, urgency: 4, risk: 3, feasibility: 3 }
  },
  'E-invoicing compliance': {
    problem: 'The national B2B e-invoicing mandate applies to us from January; today we send PDF invoices.',
    objectives: 'Send and receive structured e-invoices through an accredited access point before the deadline.',
    benefits: 'Compliance (fines avoided); faster payment of our invoices; less manual keying of supplier invoices.',
    cost: 160000, effort: 150, urgency: 'Critical',
    alignment: 'Regulatory compliance; finance automation roadmap.',
    risks: 'Fixed legal deadline; ERP upgrade runs in parallel.',
    state: 'Scored', scores: { strategic: 4, value: 3, urgency: 5, risk: 4, feasibility: 4 }
  },
  'Inventory optimisation': {
    problem: 'Inventory is 18% above plan while service levels are flat.',
    objectives: 'Forecast demand per SKU and set safety stock by rule.',
    benefits: 'About 1.2 million working capital released; fewer write-offs.',
    cost: 320000, effort: 260, urgency: 'Medium',
    alignment: 'Operational excellence.',
    risks: 'Needs the new warehouse management system\'s data first.',
    state: 'Deferred', scores: { strategic: 3, value: 4, urgency: 2, risk: 3, feasibility: 3 },
    decision: { decision: 'Defer', reason: 'Wait until the warehouse management system replacement is live (its data is a prerequisite); bring back next quarter.' }
  },
  'Diversity and inclusion analytics': {
    problem: 'The leadership team has no regular view of workforce diversity.',
    objectives: 'Anonymised dashboards of hiring, promotion and pay by group.',
    benefits: 'Targets can be set and tracked; reporting obligations met.',
    cost: 90000, effort: 70, urgency: 'Low',
    alignment: 'People strategy: inclusive workplace.',
    risks: 'Privacy: small groups must not be identifiable.',
    state: 'Submitted'
  },
  'Project portfolio governance': {
    problem: 'Projects start without a business case and nobody sees the whole change portfolio.',
    objectives: 'Stage gates, a status reporting cadence and a benefits register.',
    benefits: 'Fewer failed projects; one portfolio view for the board.',
    cost: 120000, effort: 110, urgency: 'High',
    alignment: 'Governance: every change funded through the portfolio board.',
    risks: 'Adoption by project managers.',
    state: 'Approved', scores: { strategic: 5, value: 4, urgency: 4, risk: 4, feasibility: 4 },
    decision: { decision: 'Approve', reason: 'Strong fit with the governance strategy; start Initiation with the PMO as sponsor.' }
  }
};

/** The weighted score of a demo proposal with the default weights. */
export const demoScore = (p: DemoProposal): number | undefined => (p.scores ? weightedScore(p.scores, DEFAULT_WEIGHTS) : undefined);
