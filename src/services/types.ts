/**
 * The small service interfaces components depend on. Implementations live beside this file and are
 * built by createServices() in ./index.ts from the clients of ./clients.ts; components receive them
 * through ServicesContext (src/components/common/ServicesContext.tsx) or props and never construct them.
 */
import type { IComplianceData } from '../model/compliance';
import type { ICalendarEvent } from '../model/meetings/types';
import type { IMailLabels } from '../model/meetings/outline';
import type { TaskRead } from '../model/meetings/actionSync';
import type { IDocumentLabels } from './meetings/minutesDocument';
import type { AppError } from './errors';
import type {
  ActionDraft,
  AllocationDraft,
  IActionItem,
  IMeeting,
  MeetingDraft,
  CostDraft,
  Health,
  IAllocation,
  IChannelRef,
  ICostLine,
  IGroupRef,
  IPerson,
  IPlanRef,
  IPlannerBucket,
  IPlannerTask,
  IProject,
  IRaidItem,
  Phase,
  Priority,
  ProjectDraft,
  RaidDraft
} from '../model/types';
import type { IActionInput, IMeetingInput, RiskInput } from '../model/projectStatus';
import type { Settled } from './guard';
import type { IStatusReportService } from './statusReports/statusReportService';
import type { IMetricsReader } from './metrics/metricsReader';
import type { IProposal, ProposalDraft } from '../model/proposals';
import type { Criterion, GateDecision, IProposalReview, Weights } from '../model/scoring';
import type { IDeckLabels } from './presentation/steeringDeck';
import type { CostInput } from '../model/costs';
import type { ISessionCache } from './sessionCache';
import type { IPortfolioLoadOptions, IPortfolioView } from './portfolio/portfolioLoader';

export interface IProjectQuery {
  /** Free text, matched against title and code (escaped before it reaches OData; SharePoint cannot filter multi-line text, so descriptions are not searched). */
  search?: string;
  phases?: Phase[];
  healths?: Health[];
  priorities?: Priority[];
  department?: string;
  managerId?: number;
}

export interface IProjectRepository {
  /** All projects matching the query, read page by page with $select of the register's columns. */
  list(query?: IProjectQuery): Promise<IProject[]>;
  get(id: number): Promise<IProject>;
  create(draft: ProjectDraft): Promise<IProject>;
  /** Saves with the item's ETag; throws ConflictError<IProject> carrying the server's version on 412. */
  update(id: number, draft: ProjectDraft, etag: string): Promise<IProject>;
  remove(id: number, etag: string): Promise<void>;
  /** True when another project already uses this code. */
  codeExists(code: string, exceptId?: number): Promise<boolean>;
  /** The next free code, PRJ-nnnn. */
  nextCode(): Promise<string>;
}

/** Records that belong to one project (RAID, costs, allocations). */
export interface IProjectRecordRepository<T, TDraft> {
  listByProject(projectId: number): Promise<T[]>;
  create(draft: TDraft): Promise<T>;
  /** Saves with the item's ETag; throws ConflictError<T> on 412. */
  update(id: number, draft: TDraft, etag: string): Promise<T>;
  remove(id: number, etag: string): Promise<void>;
}

export type IRaidRepository = IProjectRecordRepository<IRaidItem, RaidDraft>;
/** A set of cost line changes (e.g. one month edited in the grid) saved together. */
export interface ICostChanges {
  create?: CostDraft[];
  update?: { id: number; draft: CostDraft; etag: string }[];
  remove?: { id: number; etag: string }[];
}
export interface ICostRepository extends IProjectRecordRepository<ICostLine, CostDraft> {
  /**
   * Applies all changes in one SharePoint $batch and returns the created, then the updated lines.
   * SharePoint does not roll a batch back: on a stale ETag the other changes stand and
   * ConflictError<ICostLine> (carrying the server's version of the first stale line) is thrown.
   */
  saveBatch(changes: ICostChanges): Promise<ICostLine[]>;
}
export interface IAllocationRepository extends IProjectRecordRepository<IAllocation, AllocationDraft> {
  /** Every allocation of one person across all projects (for over-allocation). */
  listByPerson(personId: number): Promise<IAllocation[]>;
}

export interface IPeopleService {
  /** The signed-in user as a SharePoint site user. */
  current(): Promise<IPerson>;
  /** People whose name or mail starts with the text (directory search), ensured as site users on pick. */
  search(text: string): Promise<IPerson[]>;
  /** Makes sure the person is a site user and returns their site user id. */
  ensure(email: string): Promise<IPerson>;
  /**
   * Whether the signed-in user belongs to the PMO: a site collection administrator of the PMO site
   * (IsSiteAdmin). Scoring, gate decisions and the scoring weights are theirs; SharePoint's own
   * permissions on the lists still decide what a write may do.
   */
  isPmoMember(): Promise<boolean>;
  /** The PMO members (site collection administrators of the PMO site): whom to ask for what only they may do. */
  pmoContacts(): Promise<IPerson[]>;
}

/** A task PATCH of the sync: the body Planner takes, with the etag the task was read with. */
export interface ITaskPatch {
  id: string;
  etag: string;
  body: Record<string, unknown>;
}
/** The task's new etag; 'conflict' when Planner refused the etag (412); 'deleted' on 404. */
export type ITaskPatchResult = { etag: string } | 'conflict' | 'deleted' | AppError;

/** The Planner side of keeping PMO Actions in step: JSON $batch, 20 requests a round trip. */
export interface IPlannerTaskSync {
  /** Each task's state by id, 'deleted' for a 404, or why it could not be read. */
  readTasks(ids: string[]): Promise<Record<string, TaskRead | AppError>>;
  /** PATCHes the tasks, each with If-Match. */
  updateTasks(changes: ITaskPatch[]): Promise<Record<string, ITaskPatchResult>>;
  /** Graph user ids by mail (lower case); people the directory does not answer for are missing. */
  userIds(mails: string[]): Promise<Record<string, string>>;
  /** Mails (lower case) by Graph user id; missing when unknown or refused. */
  mails(userIds: string[]): Promise<Record<string, string>>;
}

/** What one sync did, and the actions as they are stored after it. */
export interface IActionSyncResult {
  actions: IActionItem[];
  /** Planner tasks read, SharePoint items written, Planner tasks updated. */
  counts: { tasksRead: number; actionWrites: number; taskWrites: number };
  /** Failures of single tasks or writes (the rest was synced); already logged. */
  errors: AppError[];
}

/** Keeps PMO Actions and their Planner tasks in step (docs/rules.md "Actions and Planner"). */
export interface IActionSyncService {
  /** Reads the tasks of the linked actions, brings Planner's changes in and PMO Hub's out; writes only what changed. */
  sync(actions: IActionItem[]): Promise<IActionSyncResult>;
  /** Settles an action's conflict: keep PMO Hub's values or take Planner's. */
  resolve(action: IActionItem, keep: 'pmo' | 'planner'): Promise<IActionSyncResult>;
}

/** Graph directory look-ups used by the project form's pickers. */
/** A user among a Microsoft 365 group's members (a report's stakeholders). */
export interface IGroupMember {
  displayName: string;
  mail?: string;
}

export interface IDirectoryService {
  groups(search?: string): Promise<IGroupRef[]>;
  plans(groupId: string): Promise<IPlanRef[]>;
  channels(groupId: string): Promise<IChannelRef[]>;
  /** The users who are members of the group (paged), with their mail. */
  members(groupId: string): Promise<IGroupMember[]>;
}

export interface IPlannerService {
  /** All tasks of one plan, following @odata.nextLink. */
  tasks(planId: string): Promise<IPlannerTask[]>;
  /**
   * Tasks of many plans at once through Graph JSON $batch (20 requests a batch, up to 4 batches in
   * parallel, inner 429s retried after Retry-After, paging followed). Every plan id is a key.
   */
  tasksOfPlans(planIds: string[]): Promise<Map<string, IPlannerTask[]>>;
  /** As tasksOfPlans (with $select of the rollup's fields: no assignments or etag), but each plan settles on its own (a deleted plan's 404 or a 403 fails that plan only; errors are AppErrors). */
  tasksOfPlansSettled(planIds: string[]): Promise<Map<string, Settled<IPlannerTask[]>>>;
  /** The buckets of one plan (names for the project status tab). */
  buckets(planId: string): Promise<IPlannerBucket[]>;
}

/** A PMO Meetings item as the project status tab shows it (read-only). */
export interface IProjectMeeting {
  id: number;
  title: string;
  start: string;
  state: string;
  /** Sanitized HTML as stored (sanitized again before it is shown). */
  minutes: string;
  publishedAt?: string;
}

/** The SharePoint reads of the portfolio and the project status tab, one query each (paged, with $select). */
export interface IPortfolioReader {
  /** The register with the columns the portfolio shows. */
  projects(): Promise<IProject[]>;
  /** Open (Open, In progress) risks and issues, of all projects or of one. */
  openRisks(projectId?: number): Promise<(RiskInput & { projectId: number })[]>;
  /** Every PMO Costs line of every project (period, kind, amount), in one paged query. */
  costLines(): Promise<(CostInput & { projectId: number })[]>;
  /** Open actions, of all projects or of one. */
  openActions(projectId?: number): Promise<(IActionInput & { projectId: number })[]>;
  /** Meetings of all projects starting on or after the day (yyyy-mm-dd), by start. */
  meetingsFrom(day: string): Promise<(IMeetingInput & { projectId: number })[]>;
  /** Every meeting of one project, by start. */
  projectMeetings(projectId: number): Promise<IProjectMeeting[]>;
}

/** The process compliance board's reads beside the portfolio's (src/services/compliance): a handful of list-wide queries. */
export interface IComplianceReader {
  /** Published reports of the current periods, open actions, open risks and issues, meetings of the look-back window. */
  read(today: string): Promise<IComplianceData>;
}

export interface IProvisioningStep {
  list: string;
  field?: string;
  action: 'createdList' | 'createdField' | 'updatedField' | 'unchanged';
}

export interface IProvisioningReport {
  steps: IProvisioningStep[];
  /** Number of lists or fields created or changed; 0 when the site was already up to date. */
  changes: number;
  /** The schema version the site now has (SCHEMA_VERSION of src/services/sharepoint/schema.ts). */
  schemaVersion?: number;
}

export interface IProvisioningService {
  /** Lists or fields the schema has and the site lacks. Empty when provisioned. */
  missing(): Promise<string[]>;
  /** Creates missing lists and fields; idempotent. Reports each step as it goes. */
  ensure(onProgress?: (step: IProvisioningStep, done: number, total: number) => void): Promise<IProvisioningReport>;
}

/** Loads the portfolio view step by step (src/services/portfolio/portfolioLoader.ts). */
export interface IPortfolioLoader {
  load(options: IPortfolioLoadOptions): Promise<IPortfolioView>;
}

/** PMO Meetings: one item per occurrence. */
export interface IMeetingRepository {
  /** Meetings starting in [from, to) (ISO), read page by page on the indexed Start column. */
  listInWindow(fromIso: string, toIso: string): Promise<IMeeting[]>;
  /** Meetings a person linked (or unlinked) by hand, at any date: their series remember the choice. */
  listManualLinks(): Promise<IMeeting[]>;
  listByProject(projectId: number): Promise<IMeeting[]>;
  get(id: number): Promise<IMeeting>;
  create(draft: MeetingDraft): Promise<IMeeting>;
  /** Saves with the item's ETag; throws ConflictError<IMeeting> carrying the server's version on 412. */
  update(id: number, draft: MeetingDraft, etag: string): Promise<IMeeting>;
}

export interface IActionRepository extends IProjectRecordRepository<IActionItem, ActionDraft> {
  listByMeeting(meetingId: number): Promise<IActionItem[]>;
}

/** Meetings from the calendars of the project groups and of the signed-in person. */
export interface ICalendarService {
  /**
   * Every meeting in [from, to) on the groups' calendars (JSON $batch) and on /me, times as UTC ISO.
   * With `onUnread`, a side that cannot be read is reported there and the other side still returned.
   */
  meetings(groupIds: string[], fromIso: string, toIso: string, onUnread?: (error: AppError) => void): Promise<ICalendarEvent[]>;
}

/** An event on the signed-in person's own calendar, or on a group's. */
export type IEventRef = { eventId: string } | { groupId: string; eventId: string };

export interface IMailMessage {
  subject: string;
  /** Built from escaped text only (src/model/meetings/outline.ts). */
  html: string;
  to: string[];
  attachment?: { name: string; contentType: string; bytes: Uint8Array };
}

/**
 * A task made (its id), or why not. `unassigned`: made without the owner as assignee, and why:
 * `forbidden:User.ReadBasic.All` (the look-up was refused), `notFound` (no such person), `failed`.
 */
export interface ICreatedTask {
  id?: string;
  error?: AppError;
  unassigned?: string;
}

export interface INewPlannerTask {
  /** The caller's key (the minutes' action id), echoed in the result. */
  key: string;
  planId: string;
  bucketId: string;
  title: string;
  /** yyyy-mm-dd */
  dueDate?: string;
  assigneeEmail?: string;
}

/** Outlook and Planner writes of publishing. */
export interface IOutlookService {
  attachments(ref: IEventRef): Promise<{ id: string; name: string; size: number }[]>;
  /** Under 3 MB one POST, larger through an upload session; returns the attachment id. */
  attach(ref: IEventRef, name: string, contentType: string, bytes: Uint8Array): Promise<string>;
  /** Appends html to the event body unless `marker` is already there (then false); the PATCH reaches the attendees. */
  appendToBody(ref: IEventRef, marker: string, html: string): Promise<boolean>;
  sendMail(message: IMailMessage): Promise<void>;
  /** The plan's bucket of that name, created when missing. */
  ensureBucket(planId: string, name: string): Promise<string>;
  tasksInBucket(bucketId: string): Promise<{ id: string; title: string }[]>;
  /**
   * Adds the link (a plannerExternalReference) to each task's details unless it is there already:
   * details read and PATCHed with their etags in two JSON $batch calls; each task id gets its error, if any.
   */
  linkTasks(taskIds: string[], url: string, alias: string): Promise<Record<string, { error?: AppError }>>;
  /** All tasks in JSON $batch (owners looked up the same way); each key gets its task id or its error. */
  createTasks(tasks: INewPlannerTask[]): Promise<Record<string, ICreatedTask>>;
}

/** Which occurrence's transcript to read: its join URL, time, organizer (mail) and the signed-in person. */
export interface ITranscriptLookup {
  joinUrl?: string;
  start: string;
  end: string;
  /** Organizer of the meeting as PMO Meetings or Outlook knows it; unknown for some group calendar events. */
  organizer?: string;
  me: string;
}

/** Why a meeting has no transcript to prefill from (each shown in words, src/components/Meetings/Transcript). */
export type TranscriptUnavailable = 'notOnline' | 'notOrganizer' | 'noTranscript' | 'forbidden';

export type ITranscriptResult =
  | { kind: 'found'; transcript: { id: string; createdDateTime: string; vtt: string } }
  | { kind: 'unavailable'; reason: TranscriptUnavailable; permission?: string };

/** Teams meeting transcripts (src/services/graph/transcriptService.ts). */
export interface ITranscriptService {
  /** The occurrence's transcript, or why there is none; throws only for failures (network, 5xx). */
  transcriptFor(lookup: ITranscriptLookup): Promise<ITranscriptResult>;
}

/** A scoring of one proposal, saved with the ETag the scorer's form started from. */
export interface IScoreRequest {
  proposal: IProposal;
  etag: string;
  scores: Partial<Record<Criterion, number>>;
  /** The weights the score was computed with (kept with it in the history). */
  weights: Weights;
  weightedScore: number;
  note: string;
  reviewerId?: number;
  /** ISO time of the scoring. */
  at: string;
  /** The form saves these scores again after a failure (same time): what an earlier try stored is not written again. */
  retry?: boolean;
}

/** A gate decision on one proposal, saved with the ETag the decider's form started from. */
export interface IDecisionRequest {
  proposal: IProposal;
  etag: string;
  decision: GateDecision;
  reason: string;
  /** Localized title of the RAID log's decision item (approval only). */
  raidTitle: string;
  reviewerId?: number;
  at: string;
}

/** Proposals: projects with a business case, their scores and gate decisions (PMO Projects, PMO Proposal Reviews). */
export interface IProposalRepository {
  /** Every proposal, awaiting or decided, with its business case and latest score. */
  list(): Promise<IProposal[]>;
  get(id: number): Promise<IProposal>;
  /** Intake: a new project in the Proposal phase with its business case. */
  create(draft: ProposalDraft): Promise<IProposal>;
  /** Saves the business case (only its columns) with the ETag; ConflictError<IProposal> on 412. */
  update(id: number, draft: ProposalDraft, etag: string): Promise<IProposal>;
  /** Stores the latest score on the project (IF-Match) and adds it to the history; ConflictError<IProposal> on 412. */
  score(request: IScoreRequest): Promise<IProposal>;
  /** Records the decision (approval moves the project into Initiation and adds a RAID decision); ConflictError<IProposal> on 412. */
  decide(request: IDecisionRequest): Promise<IProposal>;
  /** Completes a decision left half done (its pendingDecision): only the steps not stored yet, each once; StepsError when one fails again. */
  finishDecision(proposal: IProposal): Promise<IProposal>;
  /** Every score and decision of one proposal, oldest first. */
  history(projectId: number): Promise<IProposalReview[]>;
}

/** The scoring weights as stored in PMO Settings; id 0 while the defaults are in use. */
export interface IStoredWeights {
  id: number;
  etag: string;
  weights: Weights;
  isDefault: boolean;
}

export interface ISettingsRepository {
  weights(): Promise<IStoredWeights>;
  /** The first save of the weights; ConflictError when someone saved them meanwhile. */
  createWeights(weights: Weights): Promise<IStoredWeights>;
  /** Saves with the item's ETag; ConflictError<IStoredWeights> on 412. */
  updateWeights(id: number, weights: Weights, etag: string): Promise<IStoredWeights>;
}

/** The steering committee deck (.pptx). */
export interface IDeckService {
  /** The register, to choose the projects that get a slide. */
  projects(): Promise<IProject[]>;
  /** Reads the portfolio, the open risks and the proposals, and draws the deck; the slides of `selected` in that order. */
  build(selected: number[], labels: IDeckLabels, today: string): Promise<Uint8Array>;
}

/** Everything a web part needs, built once by the composition root. */
/** Whose drafts a form may offer back: only the person who typed them, on the site they typed them on. */
export interface IDraftOwner {
  /** The PMO site's URL. */
  site: string;
  /** The signed-in person's login ('' when the host did not say). */
  person: string;
}

export interface IPmoServices {
  projects: IProjectRepository;
  raid: IRaidRepository;
  costs: ICostRepository;
  allocations: IAllocationRepository;
  people: IPeopleService;
  directory: IDirectoryService;
  planner: IPlannerService;
  provisioning: IProvisioningService;
  portfolio: IPortfolioReader;
  portfolioLoader: IPortfolioLoader;
  /** What views read earlier in this session (the portfolio renders from it before refreshing). */
  session: ISessionCache;
  meetings: IMeetingRepository;
  actions: IActionRepository;
  /** Actions kept in step with Planner; test fakes may leave it out (no sync then). */
  actionSync?: IActionSyncService;
  calendar: ICalendarService;
  outlook: IOutlookService;
  /** Teams transcripts for prefilling minutes; test fakes may leave it out (the panel then says there is none). */
  transcripts?: ITranscriptService;
  /** Status reports: list, drafting figures, publishing (src/services/statusReports). */
  statusReports: IStatusReportService;
  /** Process compliance reads (src/services/compliance, lazy). */
  compliance: IComplianceReader;
  /** The reads of the PMO metrics: register, published reports, meetings (src/services/metrics). */
  metrics: IMetricsReader;
  /** Publishes minutes (src/services/meetings/publishService.ts). */
  publisher: IMinutesPublisher;
  /** Every decision of a project or of the portfolio (src/services/sharepoint/decisionLog.ts). */
  decisionLog: IDecisionLog;
  proposals: IProposalRepository;
  settings: ISettingsRepository;
  deck: IDeckService;
  /** Scopes the forms' drafts in localStorage (src/components/records/useDraft.ts); test fakes may leave it out. */
  draftOwner?: IDraftOwner;
}

/** One decision of the decision log: a Decision of the RAID log with the meeting it was taken in. */
export interface IDecisionEntry {
  id: number;
  title: string;
  detail: string;
  projectId: number;
  owner?: string;
  /** When it was recorded (ISO). */
  date: string;
  meetingId?: number;
  meetingTitle?: string;
}

/** What to find: every word in the title, one project, a date range (yyyy-mm-dd, inclusive). */
export interface IDecisionQuery {
  words?: string;
  projectId?: number;
  from?: string;
  to?: string;
}

export interface IDecisionLog {
  /** Matching decisions, newest first. */
  find(q: IDecisionQuery): Promise<IDecisionEntry[]>;
}

/** What publishing needs beside the meeting: where it happened in Outlook, its projects, strings. */
export interface IPublishRequest {
  meeting: IMeeting;
  /** The meeting as Outlook has it now (organizer's copy or the group's), when found. */
  event?: ICalendarEvent;
  /** Linked projects; the first takes the actions, tasks and RAID items. */
  projects: IProject[];
  /** Mail of the signed-in person. */
  me: string;
  /** Link back to the minutes in PMO Hub (https). */
  minutesUrl: string;
  /** A correction's reason, when publishing again after an edit. */
  revisionReason?: string;
  today: string;
  texts: IPublishTexts;
}

/** Localized text that goes into the document and the mail. */
export interface IPublishTexts extends IMailLabels, IDocumentLabels {
  /** The meeting's date and time as the person reads it. */
  when: string;
  subject: string;
  fileName: string;
  linkHtml: string;
  /** The text of the link back to the minutes on each Planner task. */
  taskLink: string;
  approvePrevious: string;
}

export interface IPublishResult {
  meeting: IMeeting;
}

export interface IMinutesPublisher {
  /**
   * Runs the publish steps not yet done (all of them the first time), recording each outcome on the
   * meeting as it goes; a failed step is recorded, not thrown, and the independent steps still run.
   * `onProgress` sees the meeting after every recorded step.
   */
  publish(request: IPublishRequest, onProgress?: (meeting: IMeeting) => void): Promise<IPublishResult>;
}
