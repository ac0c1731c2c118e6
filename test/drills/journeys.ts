/**
 * Every journey a person can do in PMO Hub today, as one table the fault drills run. A new journey
 * joins every drill with one entry here: its steps (driven through test/browser/helpers.ts) and the
 * writes it makes when it completes, each of which must reach the store exactly once.
 *
 * A journey is split where a drill breaks the tenant: `prepare` brings the page to the step that
 * reaches the server (a filled form), `submit` is that step (Save, a search, an export), `acknowledged`
 * waits until the page says it is done, and `check` reads back from the store what was acknowledged.
 */
import * as fs from 'fs';
import * as strings from 'PmoHubStrings';
import type { Download, Locator, Page } from 'playwright-core';
import type { RunningTenant } from '../helpers/localTenant';
import { csvRows, openEditPanel, openTab, saveAsSomeoneElse, viewUrl, waitForViewReady, type PmoPage } from '../browser/helpers';
import { deleteList, storedItems, storedLists } from './tenantRecords';
import { meetingsJourney, portfolioJourney } from './journeysMore';
import { approvalJourneys } from './journeysApproval';
import { meetingsJourneys } from './journeysMeetings';
import { complianceJourneys } from './journeysCompliance';
import { metricsJourney } from './journeysMetrics';
import { proposalJourneys, scoreAndApproveJourney } from './journeysProposals';
import { reportJourneys } from './journeysReports';
import { PMO_LISTS } from '../../src/services/sharepoint/schema';

export interface JourneyContext {
  tenant: RunningTenant;
  pmo: PmoPage;
  page: Page;
  /** Marks what this drill writes, so its items are told apart from the demo data. */
  stamp: string;
  /** What a journey's steps hand on to each other (ids found, values typed, a pending download). */
  state: Record<string, unknown>;
}

/** A write a journey makes: requests matching `match` ("METHOD /path", decoded) answered 2xx. */
export interface WriteSpec {
  label: string;
  /**
   * The requests this spec counts; a function where the item is known only once the journey ran (it reads
   * what the journey kept in `ctx.state`), so writes the view makes on its own to other items stay apart.
   */
  match: RegExp | ((ctx: JourneyContext) => RegExp);
  count: number;
}

export interface Journey {
  name: string;
  writes: WriteSpec[];
  prepare(ctx: JourneyContext): Promise<void>;
  submit(ctx: JourneyContext): Promise<void>;
  acknowledged(ctx: JourneyContext): Promise<void>;
  /** How a person tries again after the tenant failed them; `submit` by default. */
  resubmit?(ctx: JourneyContext): Promise<void>;
  /** Reads back from the store what the page acknowledged; throws when it differs. */
  check?(ctx: JourneyContext): Promise<void>;
  /**
   * Whether the restart drill breaks the tenant before `submit`: false where the step loads a page
   * or a script the browser itself would fail to fetch (a browser error page, not PMO Hub's).
   */
  restartable?: boolean;
  /** Empties the site: runs after every other journey. */
  last?: boolean;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const items = (list: string): string => `/sites/pmo/_api/web/lists/getbytitle\\('${esc(list)}'\\)/items`;
export const created = (list: string, count = 1): WriteSpec => ({ label: `${list}: item created`, match: new RegExp(`^POST ${items(list)}$`, 'i'), count });
export const updated = (list: string, count = 1): WriteSpec => ({ label: `${list}: item updated`, match: new RegExp(`^(POST|MERGE|PATCH) ${items(list)}\\(\\d+\\)$`, 'i'), count });
/** Updates of the one item whose id the journey kept in `ctx.state[key]`. */
export const updatedItem = (list: string, key: string, count = 1): WriteSpec => ({
  label: `${list}: item updated`,
  match: (ctx) => new RegExp(`^(POST|MERGE|PATCH) ${items(list)}\\(${Number(ctx.state[key])}\\)$`, 'i'),
  count
});

const PROJECTS = 'PMO Projects';
const RAID = 'PMO RAID Log';
const COSTS = 'PMO Costs';
const ALLOCATIONS = 'PMO Allocations';
/** A running demo project with every RAID kind, two years of cost lines and several people. */
const RECORDS_PROJECT = 'PRJ-0024';

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: stored ${a}, expected ${e}`);
}

const panel = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });
const save = (ctx: JourneyContext): Promise<void> => panel(ctx.page).getByRole('button', { name: strings.Save, exact: true }).click();
const panelClosed = (ctx: JourneyContext): Promise<void> => panel(ctx.page).waitFor({ state: 'detached', timeout: 60_000 });

/** Loads the view afresh (a new document, not a hash change), as a person arriving at it does. */
async function goto(ctx: JourneyContext, view: 'register' | 'portfolio' | 'project', projectId?: number): Promise<void> {
  await ctx.page.goto('about:blank');
  await ctx.page.goto(viewUrl(ctx.tenant, view, projectId));
  await waitForViewReady(ctx.page);
}

async function projectId(ctx: JourneyContext, code: string): Promise<number> {
  const [p] = await storedItems<{ Id: number }>(ctx.tenant, PROJECTS, `PmoCode eq '${code}'`, 'Id');
  return p.Id;
}

async function openProjectTab(ctx: JourneyContext, tab: string): Promise<void> {
  await goto(ctx, 'project', await projectId(ctx, RECORDS_PROJECT));
  await openTab(ctx.page, tab);
}

async function openNewPanel(ctx: JourneyContext, command: string): Promise<Locator> {
  await ctx.page.getByRole('button', { name: command }).click();
  const p = ctx.page.getByRole('dialog');
  await p.getByRole('heading').first().waitFor();
  return p;
}

async function fillDate(scope: Locator, label: string, iso: string): Promise<void> {
  const box = scope.getByRole('combobox', { name: label });
  await box.fill(iso);
  await box.press('Tab');
}

/** Opens a project of the register in its edit form (found with the search box). */
async function openProjectForm(ctx: JourneyContext, code: string): Promise<Locator> {
  const [item] = await storedItems<{ Title: string }>(ctx.tenant, PROJECTS, `PmoCode eq '${code}'`, 'Title');
  await goto(ctx, 'register');
  await ctx.page.getByRole('searchbox', { name: strings.RegisterSearchLabel }).fill(code);
  await ctx.page.getByText(strings.RegisterCount.replace('{0}', '1').replace('{1}', '1')).waitFor();
  await ctx.page.getByRole('button', { name: item.Title, exact: true }).click();
  const form = panel(ctx.page);
  await form.getByRole('heading', { name: strings.ProjectFormEditTitle.replace('{0}', code) }).waitFor();
  return form;
}

/** Another person's change, through REST; retried when the drill's fault rules throttle it (nothing is written then). */
async function changedBySomeoneElse(ctx: JourneyContext, list: string, id: number, fields: Record<string, unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveAsSomeoneElse(ctx.tenant, list, id, fields);
    } catch (e) {
      if (attempt >= 10 || !/: (429|503) /.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const registerCount = (n: number): string => strings.RegisterCount.replace('{0}', String(n)).replace('{1}', String(n));

async function allProjects(ctx: JourneyContext): Promise<{ Title: string; PmoCode: string }[]> {
  return storedItems(ctx.tenant, PROJECTS, 'Id gt 0', 'Title,PmoCode');
}

function exportJourney(name: string, command: string, read: (ctx: JourneyContext, file: string) => Promise<void>): Journey {
  return {
    name,
    writes: [],
    restartable: false,
    prepare: (ctx) => goto(ctx, 'register'),
    submit: async (ctx) => {
      ctx.state.download = ctx.page.waitForEvent('download', { timeout: 60_000 });
      await ctx.page.getByRole('button', { name: command }).click();
    },
    acknowledged: async (ctx) => {
      const download = await (ctx.state.download as Promise<Download>);
      ctx.state.file = await download.path();
    },
    check: (ctx) => read(ctx, ctx.state.file as string)
  };
}

export const JOURNEYS: Journey[] = [
  {
    name: 'register: open',
    writes: [],
    restartable: false,
    prepare: (ctx) => ctx.page.goto('about:blank').then(() => undefined),
    submit: async (ctx) => {
      await ctx.page.goto(viewUrl(ctx.tenant, 'register'));
    },
    acknowledged: async (ctx) => {
      await waitForViewReady(ctx.page);
      await ctx.page.getByText(registerCount((await allProjects(ctx)).length)).waitFor();
    }
  },
  {
    name: 'register: find',
    writes: [],
    prepare: async (ctx) => {
      await goto(ctx, 'register');
      ctx.state.expected = (await allProjects(ctx)).filter((p) => /warehouse/i.test(p.Title) || /warehouse/i.test(p.PmoCode)).length;
    },
    submit: (ctx) => ctx.page.getByRole('searchbox', { name: strings.RegisterSearchLabel }).fill('warehouse'),
    // After a failed search the register offers Refresh (typing the same text again asks nothing: the
    // query did not change).
    resubmit: (ctx) => ctx.page.getByRole('button', { name: strings.RecordRefresh, exact: true }).click(),
    acknowledged: (ctx) => ctx.page.getByText(registerCount(ctx.state.expected as number)).waitFor()
  },
  {
    name: 'register: create a project',
    writes: [created(PROJECTS)],
    prepare: async (ctx) => {
      await goto(ctx, 'register');
      await ctx.page.getByRole('button', { name: strings.RegisterCmdNew }).click();
      const form = panel(ctx.page);
      await form.getByRole('heading', { name: strings.ProjectFormNewTitle }).waitFor();
      const code = form.getByRole('textbox', { name: strings.RegisterColCode });
      await ctx.page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle());
      ctx.state.title = `Drill ${ctx.stamp} new project`;
      await form.getByRole('textbox', { name: strings.RegisterColTitle }).fill(ctx.state.title as string);
      await fillDate(form, strings.RegisterColStartDate, '2031-02-03');
      await fillDate(form, strings.RegisterColPlannedEndDate, '2031-11-28');
      await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill('Drills');
    },
    submit: save,
    acknowledged: async (ctx) => {
      await panelClosed(ctx);
      await ctx.page.getByText(ctx.state.title as string, { exact: true }).waitFor();
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Department: string; StartDate: string }>(ctx.tenant, PROJECTS, `Title eq '${ctx.state.title as string}'`, 'Department,StartDate');
      expectEqual('new project', stored.map((s) => [s.Department, s.StartDate.slice(0, 10)]), [['Drills', '2031-02-03']]);
    }
  },
  {
    name: 'register: edit a project',
    writes: [updated(PROJECTS)],
    prepare: async (ctx) => {
      const form = await openProjectForm(ctx, 'PRJ-0030');
      ctx.state.department = `Drill ${ctx.stamp} edited`;
      await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill(ctx.state.department as string);
    },
    submit: save,
    acknowledged: async (ctx) => {
      await panelClosed(ctx);
      await ctx.page.getByRole('row').filter({ hasText: 'PRJ-0030' }).getByText(ctx.state.department as string).waitFor();
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Department: string }>(ctx.tenant, PROJECTS, `PmoCode eq 'PRJ-0030'`, 'Department');
      expectEqual('edited project', stored.map((s) => s.Department), [ctx.state.department]);
    }
  },
  {
    name: 'register: conflicting edit',
    writes: [updated(PROJECTS)],
    prepare: async (ctx) => {
      const [item] = await storedItems<{ Id: number; Budget: number }>(ctx.tenant, PROJECTS, `PmoCode eq 'PRJ-0031'`, 'Id,Budget');
      const form = await openProjectForm(ctx, 'PRJ-0031');
      ctx.state.department = `Drill ${ctx.stamp} mine`;
      ctx.state.budget = item.Budget + 1000;
      await form.getByRole('textbox', { name: strings.RegisterColDepartment }).fill(ctx.state.department as string);
      await changedBySomeoneElse(ctx, PROJECTS, item.Id, { Budget: ctx.state.budget });
    },
    submit: save,
    acknowledged: async (ctx) => {
      const dialog = ctx.page.getByRole('alertdialog', { name: strings.ConflictTitle });
      await dialog.getByText(strings.ConflictIntro).waitFor({ timeout: 60_000 });
      // The defaults: my department, their budget.
      await dialog.getByRole('button', { name: strings.ConflictSave }).click();
      await ctx.page.getByText(strings.ConflictIntro).waitFor({ state: 'detached', timeout: 60_000 });
      await panelClosed(ctx);
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Department: string; Budget: number }>(ctx.tenant, PROJECTS, `PmoCode eq 'PRJ-0031'`, 'Department,Budget');
      expectEqual('merged project', stored.map((s) => [s.Department, s.Budget]), [[ctx.state.department, ctx.state.budget]]);
    }
  },
  {
    name: 'RAID: create an item',
    writes: [created(RAID)],
    prepare: async (ctx) => {
      await openProjectTab(ctx, strings.WorkspaceTabRaid);
      const p = await openNewPanel(ctx, strings.RaidNew);
      ctx.state.title = `Drill ${ctx.stamp} risk`;
      await p.getByRole('textbox', { name: strings.RaidFieldTitle }).fill(ctx.state.title as string);
      await p.getByRole('textbox', { name: strings.RaidFieldProbability }).fill('3');
      await p.getByRole('textbox', { name: strings.RaidFieldImpact }).fill('2');
    },
    submit: save,
    acknowledged: async (ctx) => {
      await panelClosed(ctx);
      await ctx.page.getByRole('button', { name: strings.RecordEditNamed.replace('{0}', ctx.state.title as string), exact: true }).waitFor();
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Probability: number; Impact: number }>(ctx.tenant, RAID, `Title eq '${ctx.state.title as string}'`, 'Probability,Impact');
      expectEqual('new RAID item', stored.map((s) => [s.Probability, s.Impact]), [[3, 2]]);
    }
  },
  {
    name: 'RAID: edit an item',
    writes: [updated(RAID)],
    prepare: async (ctx) => {
      const id = await projectId(ctx, RECORDS_PROJECT);
      const [item] = await storedItems<{ Id: number; Title: string }>(ctx.tenant, RAID, `ProjectId eq ${id} and Kind eq 'Issue'`, 'Id,Title');
      ctx.state.item = item;
      ctx.state.mitigation = `Drill ${ctx.stamp}: weekly check with the vendor`;
      await openProjectTab(ctx, strings.WorkspaceTabRaid);
      const p = await openEditPanel(ctx.page, item.Title);
      await p.getByRole('textbox', { name: strings.RaidFieldMitigation }).fill(ctx.state.mitigation as string);
    },
    submit: save,
    acknowledged: panelClosed,
    check: async (ctx) => {
      const stored = await storedItems<{ Mitigation: string }>(ctx.tenant, RAID, `Id eq ${(ctx.state.item as { Id: number }).Id}`, 'Mitigation');
      expectEqual('edited RAID item', stored.map((s) => s.Mitigation), [ctx.state.mitigation]);
    }
  },
  {
    name: 'costs: create a line',
    writes: [created(COSTS)],
    prepare: async (ctx) => {
      await openProjectTab(ctx, strings.WorkspaceTabCosts);
      const p = await openNewPanel(ctx, strings.CostNew);
      ctx.state.category = `Drill ${ctx.stamp}`;
      await p.getByRole('textbox', { name: strings.CostFieldCategory }).fill(ctx.state.category as string);
      await p.getByRole('textbox', { name: strings.CostFieldAmount }).fill('4321.5');
    },
    submit: save,
    acknowledged: async (ctx) => {
      await panelClosed(ctx);
      await ctx.page.getByRole('row').filter({ hasText: ctx.state.category as string }).first().waitFor();
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Amount: number }>(ctx.tenant, COSTS, `Category eq '${ctx.state.category as string}'`, 'Amount');
      expectEqual('new cost line', stored.map((s) => s.Amount), [4321.5]);
    }
  },
  {
    name: 'costs: edit a line',
    writes: [updated(COSTS)],
    prepare: async (ctx) => {
      const id = await projectId(ctx, RECORDS_PROJECT);
      const year = new Date().getFullYear();
      const filter = `ProjectId eq ${id} and Kind eq 'Budget' and Period ge '${year}-01-01' and Period lt '${year + 1}-01-01'`;
      const [line] = await storedItems<{ Id: number; Title: string }>(ctx.tenant, COSTS, filter, 'Id,Title');
      ctx.state.line = line;
      ctx.state.supplier = `Drill ${ctx.stamp} supplier`;
      await openProjectTab(ctx, strings.WorkspaceTabCosts);
      const row = ctx.page.getByRole('row').filter({ hasText: line.Title }).filter({ hasText: strings.CostKindBudget });
      const p = await openEditPanel(row, line.Title);
      await p.getByRole('textbox', { name: strings.CostFieldSupplier }).fill(ctx.state.supplier as string);
    },
    submit: save,
    acknowledged: panelClosed,
    check: async (ctx) => {
      const stored = await storedItems<{ Supplier: string }>(ctx.tenant, COSTS, `Id eq ${(ctx.state.line as { Id: number }).Id}`, 'Supplier');
      expectEqual('edited cost line', stored.map((s) => s.Supplier), [ctx.state.supplier]);
    }
  },
  {
    name: 'allocations: create one',
    writes: [created(ALLOCATIONS)],
    prepare: async (ctx) => {
      await openProjectTab(ctx, strings.WorkspaceTabResources);
      const p = await openNewPanel(ctx, strings.ResourceNew);
      ctx.state.role = `Drill ${ctx.stamp} tester`;
      await p.getByRole('textbox', { name: strings.ResourceFieldRole }).fill(ctx.state.role as string);
      await p.getByRole('textbox', { name: strings.ResourceFieldPercent }).fill('20');
      await fillDate(p, strings.ResourceFieldStart, '2031-05-10');
      await fillDate(p, strings.ResourceFieldEnd, '2031-06-30');
    },
    submit: save,
    acknowledged: async (ctx) => {
      await panelClosed(ctx);
      await ctx.page.getByRole('row').filter({ hasText: ctx.state.role as string }).waitFor();
    },
    check: async (ctx) => {
      const stored = await storedItems<{ Percent: number; StartDate: string; EndDate: string }>(ctx.tenant, ALLOCATIONS, `Role eq '${ctx.state.role as string}'`, 'Percent,StartDate,EndDate');
      expectEqual('new allocation', stored.map((s) => [s.Percent, s.StartDate.slice(0, 10), s.EndDate.slice(0, 10)]), [[20, '2031-05-10', '2031-06-30']]);
    }
  },
  {
    name: 'allocations: edit one',
    writes: [updated(ALLOCATIONS)],
    prepare: async (ctx) => {
      const id = await projectId(ctx, RECORDS_PROJECT);
      const all = await storedItems<{ Id: number; Person: { Title: string } | null }>(ctx.tenant, ALLOCATIONS, `ProjectId eq ${id}`, 'Id,Person/Title', 'Person');
      const alloc = all.filter((a) => a.Person && a.Person.Title !== 'Grady Archie')[0];
      ctx.state.alloc = alloc;
      ctx.state.department = `Drill ${ctx.stamp} facilities`;
      await openProjectTab(ctx, strings.WorkspaceTabResources);
      const p = await openEditPanel(ctx.page, alloc.Person!.Title);
      await p.getByRole('textbox', { name: strings.ResourceFieldDepartment }).fill(ctx.state.department as string);
    },
    submit: save,
    acknowledged: panelClosed,
    check: async (ctx) => {
      const stored = await storedItems<{ Department: string }>(ctx.tenant, ALLOCATIONS, `Id eq ${(ctx.state.alloc as { Id: number }).Id}`, 'Department');
      expectEqual('edited allocation', stored.map((s) => s.Department), [ctx.state.department]);
    }
  },
  exportJourney('register: export CSV', strings.RecordExportCsv, async (ctx, file) => {
    const rows = csvRows(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    const codes = (await allProjects(ctx)).map((p) => p.PmoCode).sort();
    expectEqual('exported codes', rows.map((r) => r[strings.RegisterColCode]).sort(), codes);
  }),
  exportJourney('register: export Excel', strings.RecordExportExcel, async (ctx, file) => {
    const ExcelJS = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet(strings.ExportProjectsSheet)!;
    const codes = (await allProjects(ctx)).map((p) => p.PmoCode).sort();
    const exported: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) exported.push(String(row.getCell(1).value));
    });
    expectEqual('exported codes', exported.sort(), codes);
  }),
  meetingsJourney(),
  portfolioJourney(),
  metricsJourney(),
  {
    name: 'setup: PMO lists on an empty site',
    last: true,
    // One create per PMO list; the fields and indexes follow in $batch requests counted as writes too.
    writes: [{ label: 'list created', match: /^POST \/sites\/pmo\/_api\/web\/lists$/i, count: PMO_LISTS.length }],
    prepare: async (ctx) => {
      for (const title of (await storedLists(ctx.tenant)).filter((t) => t.startsWith('PMO '))) await deleteList(ctx.tenant, title);
      // A new document: the page may already show the portfolio, where a same-URL goto would not reload it.
      await ctx.page.goto('about:blank');
      await ctx.page.goto(viewUrl(ctx.tenant, 'portfolio'));
      await ctx.page.getByRole('region', { name: strings.SetupTitle }).waitFor({ timeout: 60_000 });
    },
    submit: (ctx) => ctx.page.getByRole('button', { name: strings.SetupButton }).click(),
    // A set-up that did not finish offers to try again.
    resubmit: (ctx) => ctx.page.getByRole('button', { name: strings.Retry }).click(),
    acknowledged: async (ctx) => {
      await ctx.page.getByText(/The PMO lists are ready \(\d+ changes made\)\./).waitFor({ timeout: 90_000 });
      await ctx.page.getByText(strings.PortfolioEmpty).waitFor();
    },
    check: async (ctx) => {
      // Every list the schema defines (it grows as features land), no more, no fewer.
      const lists = (await storedLists(ctx.tenant)).filter((t) => t.startsWith('PMO ')).sort();
      expectEqual('PMO lists', lists, PMO_LISTS.map((l) => l.title).sort());
    }
  }
];

/** The journeys in the order a drill runs them: the one that empties the site last. */
export function journeysInOrder(): Journey[] {
  return [...JOURNEYS.filter((j) => !j.last), ...complianceJourneys(), ...proposalJourneys(), scoreAndApproveJourney(), ...approvalJourneys(), ...meetingsJourneys(), ...reportJourneys(), ...JOURNEYS.filter((j) => j.last)];
}
