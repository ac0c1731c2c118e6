/**
 * The demo portfolio written into the store: Graph first (groups, plans, meetings), then the PMO
 * lists' items through the SharePoint store API, all in one transaction. List rows are built with the
 * production mappers (src/services/sharepoint/mappers.ts), so the demo holds exactly what the web
 * parts would have written. The lists themselves must exist (provisioned over HTTP by index.ts).
 */
import type { Db } from '../store.ts';
import { transaction } from '../store.ts';
import { findPerson } from '../directory.ts';
import { addItems } from '../sharepoint/api.ts';
import { allocationMapping, costMapping, projectMapping, raidMapping } from '../../../src/services/sharepoint/mappers.ts';
import { LISTS } from '../../../src/services/sharepoint/schema.ts';
import { addTask } from '../graph/api.ts';
import { writeGraphDemo } from './graphDemo.ts';
import { writeTranscriptDemo } from './transcripts.ts';
import { agendaItemsOf, generateMinutes } from './meetingRecords.ts';
import { DEMO_PEOPLE, type DemoPerson } from './people.ts';
import { generateProjects, person, type DemoProject } from './portfolio.ts';
import { Clock, Random, addDays, isoDate } from './random.ts';
import { generateAllocations, generateCosts, generateRaid } from './records.ts';
import { DEMO_PROPOSALS, demoScore } from './proposals.ts';
import { businessCaseItem, reviewMapping } from '../../../src/services/sharepoint/proposalMappers.ts';
import { DEFAULT_WEIGHTS } from '../../../src/model/scoring.ts';
import { PROPOSAL_FIELDS } from '../../../src/model/proposalFields.ts';
import { statusReportMapping } from '../../../src/services/statusReports/statusReportMapping.ts';
import { generateStatusReports, type DemoReport } from './statusReports.ts';

/** The one seed of the demo: change it and every figure in the demo changes. */
export const DEMO_SEED = 20260042;

export interface DemoFigures {
  projects: number;
  groups: number;
  plans: number;
  tasks: number;
  events: number;
  series: number;
  occurrencesInWindow: number;
  meetings: number;
  actions: number;
  raid: number;
  costs: number;
  allocations: number;
  statusReports: number;
}

/** Writes the whole demo portfolio; `now` fixes "today" (tests pass one to get fixed dates). */
export function writeDemo(db: Db, now = new Date()): DemoFigures {
  const rnd = new Random(DEMO_SEED);
  const clock = new Clock(now);
  const spId = (p: DemoPerson) => findPerson(db, p.mail)!.spId;
  const pmo = person('pmo.manager@contoso.com');
  const author = spId(pmo);
  const projects = generateProjects(rnd.fork('projects'), clock);

  return transaction(db, () => {
    const graph = writeGraphDemo(db, rnd.fork('graph'), clock, projects, pmo, DEMO_PEOPLE);
    graph.figures.events += writeTranscriptDemo(db, clock, projects, graph.statusSeries, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC').events;
    const costs = generateCosts(rnd.fork('costs'), clock, projects);

    // Cost figures on the project are the sums of its cost lines, plus the spend before and the forecast
    // after the twelve months the lines cover, at the project's monthly budget and cost factor.
    const sum = (p: DemoProject, kind: string) => costs.filter((c) => c.project === p && c.kind === kind).reduce((s, c) => s + c.amount, 0);
    const months = (a: Date, b: Date) => (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth();
    const outside = (p: DemoProject) => {
      const lines = costs.filter((c) => c.project === p);
      if (!lines.length) return { before: 0, after: 0 };
      const monthly = (p.budget * p.costFactor) / Math.max(1, months(p.start, p.plannedEnd) + 1);
      const round = (v: number) => Math.round(v / 100) * 100;
      return {
        before: round(Math.max(0, months(p.start, lines[0].period)) * monthly),
        after: round(Math.max(0, months(lines[lines.length - 1].period, p.forecastEnd)) * monthly)
      };
    };
    const projectRows = projects.map((p) => {
      const { before, after } = outside(p);
      const actual = p.phase === 'Proposal' ? undefined : sum(p, 'Actual') + before;
      return {
        ...projectMapping.toItem({
          title: p.title,
          code: p.code,
          description: p.description,
          phase: p.phase,
          health: p.health,
          priority: p.priority,
          department: p.department,
          managerId: spId(p.manager),
          sponsorId: spId(p.sponsor),
          startDate: isoDate(p.start),
          plannedEndDate: isoDate(p.plannedEnd),
          forecastEndDate: p.phase === 'Proposal' ? undefined : isoDate(p.forecastEnd),
          budget: p.budget,
          actualCost: actual,
          forecastCost: actual === undefined ? undefined : actual + sum(p, 'Forecast') + after,
          percentComplete: p.percentComplete,
          groupId: p.groupId,
          planId: p.planId,
          teamsChannelId: graph.channels.get(p.code),
          meetingTag: p.code
        }),
        ...proposalColumns(p),
        Created: addDays(p.start, -30).toISOString(),
        Modified: addDays(clock.today, -(p.n % 20)).toISOString(),
        AuthorId: spId(p.manager),
        EditorId: spId(p.manager)
      };
    });
    const projectIds = addItems(db, LISTS.projects, projectRows, author);
    const projectId = new Map(projects.map((p, i) => [p, projectIds[i]]));
    const pid = (p: DemoProject) => projectId.get(p)!;

    const proposalReviews = reviewRows(projects, pid, spId(pmo), clock);
    addItems(db, LISTS.proposalReviews, proposalReviews, author);

    const { meetings, actions } = generateMinutes(rnd.fork('minutes'), clock, graph.statusSeries.filter((s) => s.project.phase === 'Execution' || s.project.code === 'PRJ-0042'));
    const meetingIds = addItems(
      db,
      LISTS.meetings,
      meetings.map((m) => ({
        Title: m.occurrence.subject,
        ProjectId: pid(m.occurrence.project),
        EventId: m.occurrence.eventId,
        ICalUId: m.occurrence.iCalUId,
        SeriesMasterId: m.occurrence.seriesMasterId ?? null,
        Start: m.occurrence.start.toISOString(),
        End: m.occurrence.end.toISOString(),
        Organizer: m.occurrence.organizer.mail,
        Attendees: JSON.stringify(m.occurrence.attendees.map((a) => ({ name: a.displayName, email: a.mail }))),
        JoinUrl: m.occurrence.joinUrl ?? null,
        ProjectsId: [pid(m.occurrence.project)],
        LinkReason: 'groupCalendar',
        Agenda: m.agenda,
        AgendaData: JSON.stringify(agendaItemsOf(m.agenda)),
        MinutesData: JSON.stringify({ attendance: m.occurrence.attendees.map((a) => ({ name: a.displayName, email: a.mail, status: 'present' })), notes: m.minutes ? { 'custom-1': m.minutes } : {}, decisions: [], actions: [], risks: [] }),
        PublishLog: m.publishLog ? JSON.stringify(m.publishLog) : null,
        Revision: m.state === 'Published' ? 1 : 0,
        Revisions: '[]',
        Minutes: m.minutes,
        Decisions: m.decisions,
        State: m.state,
        PublishedAt: m.publishedAt?.toISOString() ?? null,
        AttachmentState: m.attachmentState ?? null,
        AuthorId: spId(m.occurrence.organizer),
        EditorId: spId(m.occurrence.organizer)
      })),
      author
    );

    // Published action items became Planner tasks in the project's plan too (as publishing does).
    const actionRows = actions.map((a) => {
      const fromMeeting = a.meeting !== undefined;
      const taskId = fromMeeting
        ? addTask(db, {
            planId: a.project.planId,
            bucketId: graph.buckets.get(a.project.code)!.get('Actions'),
            title: a.title,
            percentComplete: a.status === 'Done' ? 100 : a.status === 'In progress' ? 50 : 0,
            dueDateTime: a.due.toISOString(),
            assigneeIds: [a.owner.mail],
            createdById: a.project.manager.mail
          })
        : null;
      return {
        Title: a.title,
        ProjectId: pid(a.project),
        MeetingId: fromMeeting ? meetingIds[a.meeting!] : null,
        OwnerId: spId(a.owner),
        DueDate: `${isoDate(a.due)}T12:00:00Z`,
        Status: a.status,
        PlannerTaskId: taskId
      };
    });
    addItems(db, LISTS.actions, actionRows, author);

    // Some risks and issues were raised in a published meeting of their project.
    const published = new Map<DemoProject, number>();
    meetings.forEach((m, i) => m.state === 'Published' && published.set(m.occurrence.project, meetingIds[i]));
    const raid = generateRaid(rnd.fork('raid'), clock, projects);
    addItems(
      db,
      LISTS.raid,
      raid.map((r, i) =>
        raidMapping.toItem({
          title: r.title,
          projectId: pid(r.project),
          kind: r.kind,
          description: r.description,
          probability: r.probability,
          impact: r.impact,
          ownerId: spId(r.owner),
          status: r.status,
          dueDate: r.due ? isoDate(r.due) : undefined,
          mitigation: r.mitigation,
          dependsOnProjectId: r.dependsOn ? pid(r.dependsOn) : undefined,
          raisedInMeetingId: (r.kind === 'Risk' || r.kind === 'Issue') && i % 3 === 0 ? published.get(r.project) : undefined
        })
      ),
      author
    );

    addItems(
      db,
      LISTS.costs,
      costs.map((c) =>
        costMapping.toItem({
          title: `${c.category} – ${c.supplier} – ${isoDate(c.period).slice(0, 7)}`,
          projectId: pid(c.project),
          period: isoDate(c.period),
          kind: c.kind,
          category: c.category,
          amount: c.amount,
          supplier: c.supplier
        })
      ),
      author
    );

    const allocations = generateAllocations(rnd.fork('allocations'), clock, projects);
    addItems(
      db,
      LISTS.allocations,
      allocations.map((a) =>
        allocationMapping.toItem({
          title: `${a.person?.displayName ?? a.role} – ${a.project.code}`,
          projectId: pid(a.project),
          personId: a.person ? spId(a.person) : undefined,
          role: a.role,
          resourceType: a.resourceType,
          department: a.department,
          percent: a.percent,
          startDate: isoDate(a.start),
          endDate: isoDate(a.end),
          status: a.status
        })
      ),
      author
    );

    // A year of status reports, each frozen with the actual cost booked up to its month.
    const actualTo = (p: DemoProject, date: Date) => {
      const month = new Date(date.getFullYear(), date.getMonth(), 1).getTime();
      return outside(p).before + costs.filter((c) => c.project === p && c.kind === 'Actual' && c.period.getTime() <= month).reduce((s, c) => s + c.amount, 0);
    };
    const reports = generateStatusReports(rnd.fork('reports'), clock, now, projects, actualTo);
    writeReports(db, reports, pid, spId, author);

    return {
      projects: projects.length,
      ...graph.figures,
      tasks: graph.figures.tasks + actionRows.filter((r) => r.PlannerTaskId).length,
      meetings: meetings.length,
      actions: actions.length,
      raid: raid.length,
      costs: costs.length,
      allocations: allocations.length,
      statusReports: reports.length
    };
  });
}

/** The business case columns of a demo proposal (none for other projects). */
function proposalColumns(p: DemoProject): Record<string, unknown> {
  const d = DEMO_PROPOSALS[p.title];
  if (!d) return {};
  // Title, department and sponsor are the project's own (written by projectMapping above).
  const { Title: _title, Department: _department, SponsorId: _sponsor, ...businessCase } = businessCaseItem({
    title: p.title, code: p.code, department: p.department, problem: d.problem, objectives: d.objectives, benefits: d.benefits,
    estimatedCost: d.cost, estimatedEffort: d.effort, alignment: d.alignment, urgency: d.urgency, risks: d.risks });
  return {
    ...businessCase,
    [PROPOSAL_FIELDS.proposalState]: d.state,
    [PROPOSAL_FIELDS.score]: demoScore(d) ?? null,
    [PROPOSAL_FIELDS.scores]: d.scores ? JSON.stringify(d.scores) : null
  };
}

/** The history of the demo proposals: a scoring three weeks ago, then the decision a week later. */
function reviewRows(projects: DemoProject[], pid: (p: DemoProject) => number, pmoId: number, clock: Clock): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const p of projects) {
    const d = DEMO_PROPOSALS[p.title];
    if (!d || !d.scores) continue;
    const scoredAt = addDays(clock.today, -21 - (p.n % 5)).toISOString();
    rows.push(reviewMapping.toItem({ projectId: pid(p), kind: 'Score', scores: d.scores, weights: DEFAULT_WEIGHTS, weightedScore: demoScore(d),
      reason: '', reviewerId: pmoId, reviewedAt: scoredAt }));
    if (d.decision) {
      rows.push(reviewMapping.toItem({ projectId: pid(p), kind: 'Decision', scores: d.scores, weights: {}, weightedScore: demoScore(d),
        decision: d.decision.decision, reason: d.decision.reason, reviewerId: pmoId, reviewedAt: addDays(clock.today, -14).toISOString() }));
    }
  }
  return rows;
}

/** Writes the reports in two steps: the originals, then the corrections that supersede them (by the originals' ids). */
function writeReports(db: Db, reports: DemoReport[], pid: (p: DemoProject) => number, spId: (p: DemoPerson) => number, author: number): void {
  const row = (r: DemoReport, supersedes?: number) => ({
    ...statusReportMapping.toItem({
      title: `${r.project.code} status report ${r.period}`,
      projectId: pid(r.project),
      reportDate: isoDate(r.reportDate),
      period: r.period,
      state: r.state,
      health: r.health,
      overrideReason: r.overrideReason,
      summary: r.summary,
      accomplishments: r.accomplishments,
      nextSteps: r.nextSteps,
      snapshot: r.snapshot,
      publishedAt: r.publishedAt?.toISOString(),
      supersedes
    }),
    Created: r.reportDate.toISOString(),
    Modified: (r.publishedAt ?? r.reportDate).toISOString(),
    AuthorId: spId(r.project.manager),
    EditorId: spId(r.project.manager)
  });
  const originals = reports.filter((r) => r.corrects === undefined);
  const ids = addItems(db, LISTS.statusReports, originals.map((r) => row(r)), author);
  const idOf = new Map(originals.map((r, i) => [r, ids[i]]));
  addItems(db, LISTS.statusReports, reports.filter((r) => r.corrects !== undefined).map((r) => row(r, idOf.get(reports[r.corrects!]))), author);
}
