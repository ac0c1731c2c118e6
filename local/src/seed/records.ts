/**
 * PMO records of the demo projects: RAID entries (all five kinds), twelve months of cost lines and
 * resource allocations. People are demo people (mapped to site user ids when stored); projects are
 * DemoProjects (mapped to list item ids when stored).
 */
import type { AllocationStatus, CostKind, RaidKind, RaidStatus, ResourceType } from '../../../src/model/types.ts';
import type { DemoPerson } from './people.ts';
import { isActive, isRunning, person, type DemoProject } from './portfolio.ts';
import { addDays, type Clock, type Random } from './random.ts';

export interface DemoRaid {
  project: DemoProject;
  kind: RaidKind;
  title: string;
  description: string;
  probability?: number;
  impact?: number;
  owner: DemoPerson;
  status: RaidStatus;
  due?: Date;
  mitigation: string;
  dependsOn?: DemoProject;
}

export interface DemoCost {
  project: DemoProject;
  /** First of the month. */
  period: Date;
  kind: CostKind;
  category: string;
  amount: number;
  supplier: string;
}

export interface DemoAllocation {
  project: DemoProject;
  person?: DemoPerson;
  role: string;
  resourceType: ResourceType;
  department: string;
  percent: number;
  start: Date;
  end: Date;
  status: AllocationStatus;
}

const RAID_TEXT: Record<RaidKind, [string, string, string][]> = {
  Risk: [
    ['Key vendor resources may not be available', 'The vendor has flagged that its senior consultants are committed elsewhere in the build window.', 'Agree named resources in the statement of work; identify a second partner.'],
    ['Data migration quality below target', 'Trial loads show duplicate and incomplete master data records.', 'Data cleansing sprint with business owners before the final dry run.'],
    ['User adoption lower than planned', 'Previous rollouts saw slow uptake without local champions.', 'Champions network, floor walkers in the first two weeks, usage dashboard.'],
    ['Budget overrun on licences', 'List prices increase at renewal and volume tiers may not be reached.', 'Negotiate a price hold; review licence counts monthly.'],
    ['Regulatory deadline may move', 'The regulator is consulting on an earlier effective date.', 'Track the consultation; plan a minimum compliant scope.'],
    ['Integration testing window too short', 'Environments will be shared with two other releases in the same month.', 'Book the environments now; automate regression tests.'],
    ['Security review findings delay go-live', 'Penetration tests are scheduled late in the plan.', 'Bring the security review forward; fix high findings in the sprint they are raised.']
  ],
  Issue: [
    ['Test environment unavailable', 'The shared test environment has been down for three days after a storage failure.', 'Service desk ticket raised; temporary environment requested in Azure.'],
    ['Supplier invoice disputed', 'The supplier billed days that were not approved in the timesheets.', 'Finance holding payment; meeting with the account manager booked.'],
    ['Scope change requested by sponsor', 'The sponsor asked to add the Nordic entities to the first release.', 'Impact assessment to the next steering committee.'],
    ['Key user on long-term leave', 'The lead key user is on leave for three months.', 'Deputy nominated; knowledge transfer sessions scheduled.']
  ],
  Assumption: [
    ['Business owners available two days a week', 'The plan assumes business owners spend two days a week on design and testing.', 'Confirm with line managers at each phase start.'],
    ['Existing licences cover the pilot', 'The pilot can run on the current E5 licences.', 'Licensing check by the procurement team.'],
    ['No change freeze in the go-live month', 'The plan assumes no company-wide change freeze in the go-live month.', 'Confirm with the change advisory board.']
  ],
  Dependency: [
    ['Needs the new identity platform', 'Single sign-on depends on the zero trust identity programme delivering conditional access.', 'Joint milestone tracking with the identity programme.'],
    ['Waits for the network refresh', 'Site rollout needs the new Wi-Fi in place at head office.', 'Align rollout waves with the network plan.'],
    ['Requires finance data model', 'Reports depend on the governed finance data model being published.', 'Shared backlog item; weekly check-in between the teams.']
  ],
  Decision: [
    ['Go with the vendor\'s standard process', 'Steering committee decided to adopt the standard process and drop 14 customisations.', 'Change impact communicated to process owners.'],
    ['Phase the rollout by region', 'Roll out in three regional waves instead of a big bang.', 'Wave plan agreed with regional managers.'],
    ['Extend the contract by three months', 'The contractor engagement is extended to cover hypercare.', 'Purchase order amendment raised.']
  ]
};

export function generateRaid(rnd: Random, clock: Clock, projects: DemoProject[]): DemoRaid[] {
  const rows: DemoRaid[] = [];
  for (const p of projects) {
    const r = rnd.fork(p.code);
    const count = p.phase === 'Proposal' ? 1 : p.phase === 'Closed' ? 2 : r.int(3, 8);
    const kinds: RaidKind[] = ['Risk', 'Issue', 'Risk', 'Assumption', 'Dependency', 'Decision', 'Risk', 'Issue'];
    for (let i = 0; i < count; i++) {
      const kind = i < kinds.length ? kinds[(i + p.n) % kinds.length] : 'Risk';
      const [title, description, mitigation] = r.pick(RAID_TEXT[kind]);
      const closed = p.phase === 'Closed' || (kind === 'Decision' ? true : r.chance(0.25));
      const status: RaidStatus = closed ? 'Closed' : r.chance(0.5) ? 'In progress' : 'Open';
      // About a third of the open entries are past their due date, which the RAID views must flag.
      const dueOffset = status === 'Closed' ? r.int(-200, -10) : r.chance(0.33) ? r.int(-40, -1) : r.int(3, 90);
      const dependsOn = kind === 'Dependency' ? projects.find((q) => q !== p && isRunning(q) && q.department === 'IT' && r.chance(0.3)) : undefined;
      rows.push({
        project: p,
        kind,
        title,
        description,
        probability: kind === 'Risk' ? r.int(1, 5) : undefined,
        impact: kind === 'Risk' || kind === 'Issue' ? r.int(1, 5) : undefined,
        owner: r.pick(p.team),
        status,
        due: kind === 'Decision' ? undefined : clock.day(dueOffset),
        mitigation,
        dependsOn
      });
    }
  }
  return rows;
}

const CATEGORIES: { category: string; suppliers: string[] }[] = [
  { category: 'Internal labour', suppliers: ['Contoso'] },
  { category: 'Consultancy', suppliers: ['Fabrikam Consulting', 'Adatum Partners', 'Tailspin Advisory'] },
  { category: 'Software licences', suppliers: ['Microsoft', 'Litware Inc.', 'Proseware'] },
  { category: 'Hardware', suppliers: ['Woodgrove Hardware', 'Dell Technologies'] },
  { category: 'Cloud services', suppliers: ['Microsoft Azure'] },
  { category: 'Training', suppliers: ['Blue Yonder Learning'] }
];

/**
 * Twelve monthly periods per project (fewer for short ones): the twelve months of its life nearest to
 * today. Budget every month by category; Actual for past months, Forecast from this month on.
 */
export function generateCosts(rnd: Random, clock: Clock, projects: DemoProject[]): DemoCost[] {
  const rows: DemoCost[] = [];
  const monthIndex = (d: Date) => (d.getFullYear() - clock.today.getFullYear()) * 12 + d.getMonth() - clock.today.getMonth();
  for (const p of projects.filter(isActive)) {
    const r = rnd.fork(`${p.code}-costs`);
    const first = monthIndex(p.start);
    const last = Math.max(first, monthIndex(p.forecastEnd));
    const from = Math.max(first, Math.min(last - 11, -8));
    const to = Math.min(last, from + 11);
    const cats = [CATEGORIES[0], CATEGORIES[1], ...[CATEGORIES[2], CATEGORIES[3], CATEGORIES[4], CATEGORIES[5]].filter(() => r.chance(0.4))];
    const shares = cats.map((_, i) => (i === 0 ? 0.45 : i === 1 ? 0.3 : 0.25 / Math.max(1, cats.length - 2)));
    const plannedMonths = Math.max(1, monthIndex(p.plannedEnd) - first + 1);
    const monthly = p.budget / plannedMonths;
    for (let m = from; m <= to; m++) {
      cats.forEach((c, ci) => {
        const supplier = r.pick(c.suppliers);
        const planned = m <= monthIndex(p.plannedEnd) ? Math.round((monthly * shares[ci]) / 10) * 10 : 0;
        const period = clock.month(m);
        if (planned) rows.push({ project: p, period, kind: 'Budget', category: c.category, amount: planned, supplier });
        const spend = Math.round(((planned || monthly * shares[ci] * 0.5) * p.costFactor * (0.8 + r.next() * 0.4)) / 10) * 10;
        rows.push({ project: p, period, kind: m < 0 || p.phase === 'Closed' ? 'Actual' : 'Forecast', category: c.category, amount: spend, supplier });
      });
    }
  }
  return rows;
}

/**
 * Allocations of running and soon-starting projects. People on several projects at once add up to
 * more than 100% in overlapping periods (Grady always does), as in real PMOs.
 */
export function generateAllocations(rnd: Random, clock: Clock, projects: DemoProject[]): DemoAllocation[] {
  const rows: DemoAllocation[] = [];
  for (const p of projects.filter((x) => x.phase !== 'Closed')) {
    const r = rnd.fork(`${p.code}-alloc`);
    const start = p.phase === 'Proposal' ? p.start : addDays(clock.today, -r.int(10, 90));
    const end = p.forecastEnd;
    for (const member of p.team) {
      const type = member.kind;
      // Managers run several projects and specialists serve several: small shares that still add up.
      const percent =
        member === p.manager ? r.pick([10, 15, 20, 25]) : type === 'Support department' ? r.pick([5, 10, 15]) : type === 'Contractor' ? r.pick([30, 40, 50, 60]) : r.pick([10, 20, 30]);
      rows.push({
        project: p,
        person: member,
        role: member.jobTitle,
        resourceType: type,
        department: member.department,
        percent,
        start,
        end,
        status: p.phase === 'Proposal' ? 'Requested' : r.chance(0.9) ? 'Approved' : 'Requested'
      });
    }
    // A role nobody fills yet: the PMO sees open demand as well as named people.
    if (p.phase === 'Planning' || p.phase === 'Initiation' || r.chance(0.2)) {
      rows.push({
        project: p,
        role: r.pick(['Business analyst', 'Test analyst', 'Change manager', 'Data engineer']),
        resourceType: r.chance(0.5) ? 'Contractor' : 'Employee',
        department: p.department,
        percent: r.pick([50, 80, 100]),
        start: addDays(clock.today, r.int(14, 60)),
        end,
        status: r.chance(0.2) ? 'Rejected' : 'Requested'
      });
    }
  }
  balance(rows, clock);
  return rows;
}

/** People whose overlapping allocations run over 100% this month, so resource views have something to flag. */
export const OVERBOOKED = ['gradya@contoso.com', 'johanna.lorenz@fabrikam-consulting.com'];

/**
 * Scales each person's allocations so that what they carry today is plausible: about 80–95% for most,
 * 120–140% for the OVERBOOKED. Each allocation stays within 5..100% (the list's bounds).
 */
function balance(rows: DemoAllocation[], clock: Clock): void {
  const byPerson = new Map<string, DemoAllocation[]>();
  for (const a of rows) if (a.person && a.status !== 'Rejected') byPerson.set(a.person.mail, [...(byPerson.get(a.person.mail) ?? []), a]);
  for (const [mail, list] of byPerson) {
    const current = list.filter((a) => a.start <= clock.today && a.end >= clock.today);
    const load = current.reduce((s, a) => s + a.percent, 0);
    const target = OVERBOOKED.includes(mail) ? 130 : 85 + (mail.length % 10);
    if (!load || (load <= target && !OVERBOOKED.includes(mail))) continue;
    const factor = target / load;
    const step = OVERBOOKED.includes(mail) ? Math.round : Math.floor;
    for (const a of list) a.percent = Math.min(100, Math.max(5, step((a.percent * factor) / 5) * 5));
  }
}
