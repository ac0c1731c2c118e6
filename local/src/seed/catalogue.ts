/**
 * The demo portfolio's projects as a PMO would register them: an IT, operations, finance and HR
 * portfolio of a mid-sized company. Order is the register order (PRJ-0001 first); the phase of each
 * project is chosen here so every phase is represented whatever the random draws are.
 */
import type { Phase } from '../../../src/model/types.ts';

export interface CatalogueEntry {
  title: string;
  department: 'IT' | 'Operations' | 'Finance' | 'HR' | 'PMO';
  phase: Phase;
  description: string;
}

export const CATALOGUE: CatalogueEntry[] = [
  { title: 'Microsoft 365 tenant consolidation', department: 'IT', phase: 'Closed', description: 'Merge the two legacy tenants left by the Fabrikam acquisition into one, with mailbox, OneDrive and Teams migration.' },
  { title: 'Service desk tooling replacement', department: 'IT', phase: 'Closed', description: 'Replace the end-of-life ticketing system with a cloud service management platform and retire the on-premises servers.' },
  { title: 'Payroll provider transition', department: 'HR', phase: 'Closed', description: 'Move payroll processing to the new outsourced provider, including parallel runs and year-end reconciliation.' },
  { title: 'Warehouse barcode scanning', department: 'Operations', phase: 'Closed', description: 'Handheld scanners and pick-to-scan in the central warehouse to cut picking errors below 0.5%.' },
  { title: 'Expense management rollout', department: 'Finance', phase: 'Closed', description: 'Mobile receipt capture and automated approval routing for employee expenses in all countries.' },
  { title: 'Network refresh – head office', department: 'IT', phase: 'Closing', description: 'Replace core and access switches and Wi-Fi at head office; move to a managed SD-WAN edge.' },
  { title: 'Supplier portal phase 1', department: 'Operations', phase: 'Closing', description: 'Self-service portal for suppliers to confirm purchase orders, upload invoices and track payments.' },
  { title: 'Learning management system', department: 'HR', phase: 'Closing', description: 'Introduce an LMS for mandatory compliance training and leadership programmes, integrated with the HR system.' },
  { title: 'ERP upgrade to cloud edition', department: 'Finance', phase: 'Execution', description: 'Upgrade the finance ERP to the vendor\'s cloud edition, re-implementing customisations as extensions.' },
  { title: 'Endpoint management modernisation', department: 'IT', phase: 'Execution', description: 'Move all laptops to Intune and Autopilot; retire the on-premises configuration manager.' },
  { title: 'Data centre exit', department: 'IT', phase: 'Execution', description: 'Migrate the remaining 140 servers to Azure and hand back the co-location contract before it renews.' },
  { title: 'Zero trust identity programme', department: 'IT', phase: 'Execution', description: 'Conditional access, phishing-resistant MFA and privileged identity management for all staff and contractors.' },
  { title: 'Fleet telematics', department: 'Operations', phase: 'Execution', description: 'Telematics units in 220 delivery vehicles for route optimisation, fuel reporting and driver safety scoring.' },
  { title: 'Accounts payable automation', department: 'Finance', phase: 'Execution', description: 'Invoice capture with OCR, three-way matching and straight-through processing for PO-backed invoices.' },
  { title: 'Recruitment system replacement', department: 'HR', phase: 'Execution', description: 'Applicant tracking with a careers site, interview scheduling and onboarding hand-off to the HR system.' },
  { title: 'Customer data platform', department: 'IT', phase: 'Execution', description: 'One customer record across sales, service and billing, with consent management and data quality rules.' },
  { title: 'Warehouse management system', department: 'Operations', phase: 'Execution', description: 'Replace the warehouse management system in the two regional distribution centres.' },
  { title: 'Treasury management system', department: 'Finance', phase: 'Execution', description: 'Cash positioning, bank connectivity and FX exposure reporting in one treasury system.' },
  { title: 'Employee self-service portal', department: 'HR', phase: 'Execution', description: 'Self-service for leave, personal data changes and payslips on the intranet and mobile.' },
  { title: 'Backup and disaster recovery redesign', department: 'IT', phase: 'Execution', description: 'Immutable backups, a tested recovery plan and a secondary region for the tier-1 business systems.' },
  { title: 'Preventive maintenance programme', department: 'Operations', phase: 'Execution', description: 'Sensor-based condition monitoring and a preventive maintenance schedule for production line equipment.' },
  { title: 'Month-end close acceleration', department: 'Finance', phase: 'Execution', description: 'Cut the month-end close from eight to four working days with reconciliation automation and a close calendar.' },
  { title: 'Hybrid meeting rooms', department: 'IT', phase: 'Execution', description: 'Teams Rooms equipment in 36 meeting rooms across four offices, with booking panels.' },
  { title: 'Health and safety incident reporting', department: 'Operations', phase: 'Execution', description: 'Mobile reporting of incidents and near misses with investigation workflow and regulator reports.' },
  { title: 'Performance management redesign', department: 'HR', phase: 'Execution', description: 'Replace annual appraisals with quarterly check-ins, goals and calibration in the HR system.' },
  { title: 'Procurement category strategy', department: 'Operations', phase: 'Planning', description: 'Category plans for the top twelve spend categories with savings targets and supplier consolidation.' },
  { title: 'Power BI finance reporting', department: 'Finance', phase: 'Planning', description: 'Management accounts, budget versus actual and cash reports in Power BI on a governed finance data model.' },
  { title: 'SharePoint intranet relaunch', department: 'IT', phase: 'Planning', description: 'New intranet on SharePoint Online with news, department hubs and a search-first navigation.' },
  { title: 'Contractor onboarding process', department: 'HR', phase: 'Planning', description: 'One onboarding path for contractors: contracts, access, equipment and induction within two days.' },
  { title: 'Office move – Riverside campus', department: 'Operations', phase: 'Planning', description: 'Move 420 staff to the new Riverside campus with minimum disruption, including IT and facilities fit-out.' },
  { title: 'Security operations centre', department: 'IT', phase: 'Planning', description: 'A 24x7 managed SOC service with SIEM onboarding of all critical log sources.' },
  { title: 'IFRS 16 lease accounting', department: 'Finance', phase: 'Planning', description: 'Lease register and automated IFRS 16 calculations to replace the spreadsheet process before audit.' },
  { title: 'Project portfolio governance', department: 'PMO', phase: 'Initiation', description: 'Stage gates, status reporting cadence and a benefits register for the whole change portfolio.' },
  { title: 'Mobile field service app', department: 'Operations', phase: 'Initiation', description: 'A mobile app for field engineers: job lists, parts, photos and customer sign-off offline.' },
  { title: 'Salary benchmarking', department: 'HR', phase: 'Initiation', description: 'Market pricing of all roles with external benchmark data and a pay-range framework.' },
  { title: 'Vendor risk management', department: 'Finance', phase: 'Initiation', description: 'Due diligence, continuous monitoring and contract clauses for third parties handling our data.' },
  { title: 'Telephony migration to Teams Phone', department: 'IT', phase: 'Initiation', description: 'Move 900 extensions and the contact centre from the legacy PBX to Teams Phone with direct routing.' },
  { title: 'Energy efficiency retrofit', department: 'Operations', phase: 'Proposal', description: 'LED lighting, heat pumps and building management upgrades in the three oldest sites.' },
  { title: 'AI assistant for the service desk', department: 'IT', phase: 'Proposal', description: 'A Copilot-based assistant that answers common IT questions and drafts tickets from chat.' },
  { title: 'E-invoicing compliance', department: 'Finance', phase: 'Proposal', description: 'Structured e-invoices to meet the new national mandate for B2B invoicing.' },
  { title: 'Wellbeing programme', department: 'HR', phase: 'Execution', description: 'Employee assistance, mental health first aiders and a wellbeing platform for all staff.' },
  { title: 'Teams governance and lifecycle', department: 'IT', phase: 'Execution', description: 'Naming, expiry and archiving policies for Teams and M365 groups, with owner attestations.' },
  { title: 'Inventory optimisation', department: 'Operations', phase: 'Proposal', description: 'Demand forecasting and safety-stock rules to cut inventory by 15% without hurting service levels.' },
  { title: 'Diversity and inclusion analytics', department: 'HR', phase: 'Proposal', description: 'Anonymised workforce analytics and a D&I dashboard for the leadership team.' },
  { title: 'Accounts receivable collections', department: 'Finance', phase: 'Planning', description: 'Dunning automation and a collections worklist to reduce days sales outstanding by ten days.' },
  { title: 'PMO Hub rollout', department: 'PMO', phase: 'Execution', description: 'Roll out PMO Hub to all project managers: lists, status reports, meeting minutes and Teams tabs.' }
];
