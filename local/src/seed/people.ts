/** The demo people: PMO staff, project managers, sponsors, team members, contractors and a support department. */
import { addPerson, findPerson } from '../directory.ts';
import type { Db } from '../store.ts';

export interface DemoPerson {
  id: string;
  displayName: string;
  mail: string;
  jobTitle: string;
  department: string;
  kind: 'Employee' | 'Contractor' | 'Support department';
  isSiteAdmin?: boolean;
}

// Stable ids so links in the demo (assignments, organizers) never change between seeds.
export const DEMO_PEOPLE: DemoPerson[] = [
  { id: '3f6b2a10-0000-4000-8000-000000000001', displayName: 'Patricia Moreau', mail: 'pmo.manager@contoso.com', jobTitle: 'PMO Manager', department: 'PMO', kind: 'Employee', isSiteAdmin: true },
  { id: '3f6b2a10-0000-4000-8000-000000000002', displayName: 'Megan Bowen', mail: 'meganb@contoso.com', jobTitle: 'Project Manager', department: 'IT', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000003', displayName: 'Adele Vance', mail: 'adelev@contoso.com', jobTitle: 'Project Manager', department: 'Operations', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000004', displayName: 'Lee Gu', mail: 'leeg@contoso.com', jobTitle: 'Project Manager', department: 'Finance', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000005', displayName: 'Alex Wilber', mail: 'alexw@contoso.com', jobTitle: 'Chief Operating Officer', department: 'Executive', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000006', displayName: 'Nestor Wilke', mail: 'nestorw@contoso.com', jobTitle: 'Chief Financial Officer', department: 'Executive', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000007', displayName: 'Isaiah Langer', mail: 'isaiahl@contoso.com', jobTitle: 'Business Analyst', department: 'IT', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000008', displayName: 'Grady Archie', mail: 'gradya@contoso.com', jobTitle: 'Developer', department: 'IT', kind: 'Employee' },
  { id: '3f6b2a10-0000-4000-8000-000000000009', displayName: 'Johanna Lorenz', mail: 'johanna.lorenz@fabrikam-consulting.com', jobTitle: 'Solution Architect (contractor)', department: 'Fabrikam Consulting', kind: 'Contractor' },
  { id: '3f6b2a10-0000-4000-8000-000000000010', displayName: 'Pradeep Gupta', mail: 'pradeep.gupta@fabrikam-consulting.com', jobTitle: 'Test Lead (contractor)', department: 'Fabrikam Consulting', kind: 'Contractor' },
  { id: '3f6b2a10-0000-4000-8000-000000000011', displayName: 'IT Service Desk', mail: 'servicedesk@contoso.com', jobTitle: 'Support department', department: 'IT Support', kind: 'Support department' },
  { id: '3f6b2a10-0000-4000-8000-000000000012', displayName: 'Diego Siciliani', mail: 'diegos@contoso.com', jobTitle: 'Project Manager', department: 'HR', kind: 'Employee' }
];

/** Adds the demo people that are missing; safe to run again. */
export function seedPeople(db: Db): void {
  for (const p of DEMO_PEOPLE) {
    if (findPerson(db, p.mail)) continue;
    addPerson(db, { ...p, userPrincipalName: p.mail, isSiteAdmin: Boolean(p.isSiteAdmin) });
  }
}
