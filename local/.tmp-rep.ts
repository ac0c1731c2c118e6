import { generateProjects } from '/work/wt/h11a/local/src/seed/portfolio.ts';
import { generateStatusReports } from '/work/wt/h11a/local/src/seed/statusReports.ts';
import { Random, Clock, isoDate } from '/work/wt/h11a/local/src/seed/random.ts';
const rnd = new Random(20260042);
const now = new Date(2026, 11, 1, 18, 0); const clock = new Clock(now);
const projects = generateProjects(rnd.fork('projects'), clock);
const reps = generateStatusReports(rnd.fork('reports'), clock, now, projects, (p, d) => Math.round(p.budget * 0.05 * ((d.getTime() - p.start.getTime())/ (30*86400000))));
console.log(reps.length);
for (const r of reps.filter(r => ['PRJ-0010','PRJ-0024','PRJ-0028','PRJ-0001','PRJ-0046'].includes(r.project.code))) console.log(r.project.code, r.period, isoDate(r.reportDate), r.state, r.publishedAt?.toISOString(), JSON.stringify(r.health), r.snapshot.figures.percentComplete, r.snapshot.figures.actualCost, r.snapshot.figures.spi, r.snapshot.figures.cpi, r.corrects ?? '', r.overrideReason.slice(0,20));
