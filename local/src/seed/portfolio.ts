/**
 * Generates the demo projects from the catalogue: codes, people, dates, health, budget and progress,
 * consistent with each project's phase (a Proposal has not started; a Closed project is 100% done).
 * Pure: no store access, so it can be reasoned about and reused by the other generators.
 */
import type { Health, Phase, Priority } from '../../../src/model/types.ts';
import { CATALOGUE, type CatalogueEntry } from './catalogue.ts';
import { DEMO_PEOPLE, type DemoPerson } from './people.ts';
import { addDays, type Clock, type Random } from './random.ts';

export interface DemoProject {
  /** 1-based register number; code is PRJ-nnnn of it. */
  n: number;
  code: string;
  title: string;
  description: string;
  department: CatalogueEntry['department'];
  phase: Phase;
  health: Health;
  priority: Priority;
  manager: DemoPerson;
  sponsor: DemoPerson;
  /** People who work on it (manager first); task assignees, meeting attendees, RAID and action owners. */
  team: DemoPerson[];
  start: Date;
  plannedEnd: Date;
  forecastEnd: Date;
  budget: number;
  /** 0..100 */
  percentComplete: number;
  /** How far actual spend runs above (>1) or below (<1) budget; drives costs and health. */
  costFactor: number;
  /** M365 group and Planner plan ids, filled in by the Graph seed. */
  groupId: string;
  planId: string;
  mailNickname: string;
}

export const person = (mail: string): DemoPerson => {
  const p = DEMO_PEOPLE.find((x) => x.mail === mail);
  if (!p) throw new Error(`No demo person ${mail}`);
  return p;
};

const PMO = person('pmo.manager@contoso.com');
const MEGAN = person('meganb@contoso.com');
const ADELE = person('adelev@contoso.com');
const LEE = person('leeg@contoso.com');
const ALEX = person('alexw@contoso.com');
const NESTOR = person('nestorw@contoso.com');
const ISAIAH = person('isaiahl@contoso.com');
const GRADY = person('gradya@contoso.com');
const JOHANNA = person('johanna.lorenz@fabrikam-consulting.com');
const PRADEEP = person('pradeep.gupta@fabrikam-consulting.com');
const DESK = person('servicedesk@contoso.com');
const DIEGO = person('diegos@contoso.com');

const MANAGERS: Record<CatalogueEntry['department'], DemoPerson[]> = {
  IT: [MEGAN, MEGAN, ISAIAH, ISAIAH],
  Operations: [ADELE, ADELE, ADELE, LEE],
  Finance: [LEE, LEE, ADELE],
  HR: [DIEGO, DIEGO, LEE],
  PMO: [PMO]
};

/** Phase → [start offset range in days, duration range in days, percent complete range]. */
const SHAPE: Record<Phase, { start: [number, number]; length: [number, number]; done: [number, number] }> = {
  Proposal: { start: [30, 150], length: [120, 360], done: [0, 0] },
  Initiation: { start: [-40, -5], length: [180, 420], done: [0, 8] },
  Planning: { start: [-120, -30], length: [200, 480], done: [5, 20] },
  Execution: { start: [-480, -60], length: [300, 720], done: [20, 85] },
  Closing: { start: [-540, -240], length: [260, 560], done: [90, 99] },
  Closed: { start: [-720, -330], length: [200, 420], done: [100, 100] }
};

// Most of a healthy portfolio is green; a few projects need the PMO's attention.
const HEALTH_WEIGHTS: Record<Phase, [Health, number][]> = {
  Proposal: [['Green', 9], ['Amber', 1]],
  Initiation: [['Green', 7], ['Amber', 2], ['Red', 1]],
  Planning: [['Green', 6], ['Amber', 3], ['Red', 1]],
  Execution: [['Green', 6], ['Amber', 3], ['Red', 1.5]],
  Closing: [['Green', 7], ['Amber', 2], ['Red', 1]],
  Closed: [['Green', 9], ['Amber', 1]]
};

function teamFor(rnd: Random, p: Pick<DemoProject, 'department' | 'manager' | 'phase'>): DemoPerson[] {
  const team = [p.manager];
  const add = (x: DemoPerson) => !team.includes(x) && team.push(x);
  const it = p.department === 'IT';
  if (rnd.chance(it ? 0.55 : 0.2)) add(ISAIAH);
  if (rnd.chance(it ? 0.5 : 0.15)) add(GRADY);
  if (rnd.chance(it ? 0.4 : 0.15)) add(JOHANNA);
  if (rnd.chance(it ? 0.3 : 0.25)) add(PRADEEP);
  if (rnd.chance(it ? 0.7 : 0.2)) add(DESK);
  if (team.length < 3) add(rnd.pick([ISAIAH, GRADY, PRADEEP, ADELE, LEE, DIEGO].filter((x) => x !== p.manager)));
  return team;
}

const round = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

export function generateProjects(rnd: Random, clock: Clock): DemoProject[] {
  return CATALOGUE.map((entry, i) => {
    const r = rnd.fork(entry.title);
    const n = i + 1;
    const shape = SHAPE[entry.phase];
    const start = clock.day(r.int(shape.start[0], shape.start[1]));
    let plannedEnd = addDays(start, r.int(shape.length[0], shape.length[1]));
    // Keep a running project's planned end in the future and a closed one's in the past, whatever the draw.
    if (entry.phase === 'Execution' && clock.daysFromToday(plannedEnd) < 30) plannedEnd = clock.day(r.int(30, 240));
    if (entry.phase === 'Closing') plannedEnd = clock.day(r.int(-25, 20));
    if (entry.phase === 'Closed') plannedEnd = clock.day(r.int(-300, -20));
    const health = r.weighted(HEALTH_WEIGHTS[entry.phase]);
    const slip = entry.phase === 'Closed' || entry.phase === 'Proposal' ? 0 : health === 'Red' ? r.int(45, 120) : health === 'Amber' ? r.int(10, 45) : 0;
    const forecastEnd = addDays(plannedEnd, slip);
    let done = r.int(shape.done[0], shape.done[1]);
    if (entry.phase === 'Execution') {
      // Progress follows elapsed time; late projects lag behind it.
      const elapsed = -clock.daysFromToday(start) / Math.max(1, (forecastEnd.getTime() - start.getTime()) / 86400000);
      done = Math.min(95, Math.max(5, Math.round(elapsed * 100 - (health === 'Red' ? 12 : health === 'Amber' ? 5 : -2) + r.int(-4, 4))));
    }
    const manager = r.pick(MANAGERS[entry.department]);
    const sponsor = entry.department === 'Finance' ? NESTOR : entry.department === 'PMO' ? ALEX : r.weighted([[ALEX, 3], [NESTOR, 1]] as const);
    const priority = r.weighted<Priority>([['Low', 2], ['Medium', 5], ['High', 3], ['Critical', 1]]);
    const months = Math.max(1, (plannedEnd.getTime() - start.getTime()) / (30.4 * 86400000));
    const budget = round(months * r.int(8, 140) * 1000, 5000);
    const costFactor = health === 'Red' ? 1.12 + r.next() * 0.2 : health === 'Amber' ? 1.02 + r.next() * 0.1 : 0.88 + r.next() * 0.14;
    const slug = entry.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const base = { department: entry.department, manager, phase: entry.phase };
    return {
      n,
      code: `PRJ-${String(n).padStart(4, '0')}`,
      title: entry.title,
      description: entry.description,
      department: entry.department,
      phase: entry.phase,
      health,
      priority,
      manager,
      sponsor,
      team: teamFor(r, base),
      start,
      plannedEnd,
      forecastEnd,
      budget,
      percentComplete: done,
      costFactor,
      groupId: '',
      planId: '',
      mailNickname: slug.slice(0, 40)
    };
  });
}

/** Projects that have started and meet, plan and spend (everything but proposals). */
export const isActive = (p: DemoProject) => p.phase !== 'Proposal';
/** Projects still running (weekly status meetings, open work). */
export const isRunning = (p: DemoProject) => p.phase === 'Planning' || p.phase === 'Execution' || p.phase === 'Closing';
