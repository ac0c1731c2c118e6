/**
 * Hostile input: every row of test/drills/hostileInputs.ts is typed into its form or the search box of
 * the local PMO page (Chromium, demo tenant). Each must be refused with a visible message next to its
 * field, or stored exactly (read back from the tenant's store) and shown exactly in the list; no
 * script may run (a window flag never set, no dialog), no request may break (no 4xx/5xx, no error
 * message), and the exports must hold the text exactly with no live formula.
 */
import * as fs from 'fs';
import * as strings from 'PmoHubStrings';
import type { Locator } from 'playwright-core';
import { downloadText, csvRows, fetchInPage, switchPerson, viewUrl, waitForViewReady } from '../browser/helpers';
import { DRILL_TIMEOUT, closeDrillSession, openDrillSession, recordDrill, type DrillSession } from './harness';
import { HOSTILE_INPUTS, type FormName, type HostileInput } from './hostileInputs';
import { FORMS, messageNextTo, typeInto, type FormField } from './hostileForms';
import { addItem, storedItems } from './tenantRecords';

jest.setTimeout(DRILL_TIMEOUT);

type Outcome = 'refused' | 'exact' | 'altered' | 'refused without a message';
interface Result {
  input: HostileInput;
  outcome: Outcome;
  detail: string;
}

/** Rows of one form, split so that each batch types at most one hostile value per field. */
function batches(form: FormName): HostileInput[][] {
  const out: HostileInput[][] = [];
  for (const row of HOSTILE_INPUTS.filter((r) => r.form === form)) {
    const free = out.find((b) => !b.some((r) => r.field === row.field));
    if (free) free.push(row);
    else out.push([row]);
  }
  return out;
}

const show = (v: string): string => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}… (${v.length} chars)` : v);
/**
 * Whether Save closed the panel. A refusal shows a message in the panel and the panel stays: waiting
 * for that (then for the network to settle, in case the panel closes after all) instead of a full 8 s
 * timeout keeps the suite's time down; neither sign within 8 s counts as not closed.
 */
async function panelClosed(panel: Locator): Promise<boolean> {
  const closed = panel.waitFor({ state: 'detached', timeout: 8000 }).then(() => true, () => false);
  const message = panel
    .locator('.ms-TextField-errorMessage, [role=alert]')
    .first()
    .waitFor({ state: 'visible', timeout: 8000 })
    .then(() => 'message' as const, () => 'none' as const);
  const first = await Promise.race([closed, message]);
  if (first === true) return true;
  // A save still under way (a message that does not block it) ends before the network is idle.
  if (first === 'message') await panel.page().waitForLoadState('networkidle');
  return (await panel.count()) === 0;
}

/** What the store holds for a typed value, judged: exactly what was typed, or not. */
function sameAsTyped(field: FormField, input: HostileInput, stored: unknown): boolean {
  if (field.kind === 'date') return typeof stored === 'string' && stored.slice(0, 10) === input.value;
  if (field.kind === 'number') {
    const meant = input.means ?? (/^-?\d+(\.\d+)?$/.test(input.value.trim()) ? Number(input.value) : undefined);
    return meant !== undefined && stored === meant;
  }
  return stored === input.value;
}

describe('hostile input', () => {
  let s: DrillSession;
  const results: Result[] = [];
  const broken: string[] = [];
  let dialogs = 0;

  beforeAll(async () => {
    s = await openDrillSession();
    s.pmo.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    s.pmo.page.on('response', (r) => {
      if (r.status() >= 400 && r.status() !== 412 && /\/(sites\/pmo\/_api|v1\.0)\//.test(r.url())) broken.push(`${r.status()} ${r.request().method()} ${r.url().slice(0, 120)}`);
    });
  });
  afterAll(async () => {
    if (results.length) {
      recordDrill('hostileInput', {
        title: 'Hostile input',
        description: `${HOSTILE_INPUTS.length} inputs (scripts, event handlers, javascript: URLs, OData quotes and operators, 10,000 characters, RTL overrides, zero-width and NUL characters, emoji, impossible dates and numbers, negative money, percent above 100) typed into every form and the register's search box; each must be refused with a message next to its field or stored and shown exactly.`,
        settings: { inputs: HOSTILE_INPUTS.length },
        figures: {
          inputs: results.length,
          'refused with a message': results.filter((r) => r.outcome === 'refused').length,
          'stored and shown exactly': results.filter((r) => r.outcome === 'exact').length,
          'silently altered': results.filter((r) => r.outcome === 'altered').length,
          'refused without a message': results.filter((r) => r.outcome === 'refused without a message').length,
          'scripts run': (await s.pmo.page.evaluate(() => (window as unknown as { __pmoPwned?: number }).__pmoPwned ?? 0).catch(() => 0)) + dialogs,
          'requests broken': broken.length
        },
        rows: results.map((r) => ({ form: r.input.form, field: r.input.field, input: r.input.what, outcome: r.outcome, detail: r.detail }))
      }, { ran: results.length, of: HOSTILE_INPUTS.length });
    }
    await closeDrillSession(s);
  });

  afterEach(async () => {
    expect(await s.pmo.page.evaluate(() => (window as unknown as { __pmoPwned?: number }).__pmoPwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(broken).toEqual([]);
  });

  const formBatches = (['project', 'proposal', 'raid', 'cost', 'allocation'] as const).flatMap((form) => batches(form).map((b, i) => [`${form} #${i + 1}`, form, b] as const));

  it.each(formBatches)('%s: each input refused with a message or stored and shown exactly', async (_name, form, rows) => {
    const spec = FORMS[form];
    const ctx = s.ctx(`H${Date.now().toString(36)}`);
    const lastId = Math.max(0, ...(await storedItems<{ Id: number }>(s.tenant, spec.list, 'Id gt 0', 'Id')).map((i) => i.Id));
    const panel = await spec.open(ctx);
    const hostile = new Map(rows.map((r) => [r.field, r]));
    for (const [label, field] of Object.entries(spec.fields)) {
      if (!hostile.has(label) && field.valid) await typeInto(panel, label, field.kind, field.valid(ctx.stamp));
    }
    for (const r of rows) await typeInto(panel, r.field, spec.fields[r.field].kind, r.value);

    const refused = new Map<string, string>();
    for (let round = 0; round < 3; round++) {
      await panel.getByRole('button', { name: strings.Save, exact: true }).click();
      if (await panelClosed(panel)) break;
      let fixed = 0;
      for (const r of rows.filter((x) => !refused.has(x.field))) {
        const field = spec.fields[r.field];
        const message = await messageNextTo(panel, r.field, field.kind);
        if (!message) continue;
        refused.set(r.field, message);
        await typeInto(panel, r.field, field.kind, field.valid ? field.valid(ctx.stamp) : '');
        fixed++;
      }
      if (!fixed) break;
    }
    const saved = await panelClosed(panel);
    const [item] = saved ? await storedItems<Record<string, unknown>>(s.tenant, spec.list, `Id gt ${lastId}`, ['Id', ...rows.map((r) => spec.fields[r.field].column)].join(',')) : [];
    const failures: string[] = [];
    for (const r of rows) {
      const field = spec.fields[r.field];
      let outcome: Outcome;
      let detail: string;
      if (refused.has(r.field)) {
        outcome = 'refused';
        detail = refused.get(r.field)!;
      } else if (!saved) {
        outcome = 'refused without a message';
        detail = 'the form stayed open with no message next to this field';
      } else if (sameAsTyped(field, r, item?.[field.column])) {
        outcome = 'exact';
        detail = 'stored exactly';
        if (field.listed && r.value.length <= 300) {
          const want = field.shownAs ? field.shownAs(r.value) : r.value;
          const shown = await ctx.page.locator('main').evaluate((main, v) => Array.from(main.querySelectorAll('*')).some((el) => el.textContent === v), want);
          if (!shown) failures.push(`${r.what}: stored exactly but not shown exactly in the list`);
          detail = shown ? 'stored and shown exactly' : 'stored exactly, not shown exactly';
        }
      } else {
        outcome = 'altered';
        detail = `typed ${show(r.value)}, stored ${show(JSON.stringify(item?.[field.column] ?? null))}`;
      }
      results.push({ input: r, outcome, detail });
      if (outcome === 'altered' || outcome === 'refused without a message') failures.push(`${r.what} (${r.field}): ${outcome}: ${detail}`);
      else if (r.expect && outcome !== r.expect) failures.push(`${r.what} (${r.field}): expected ${r.expect}, was ${outcome}: ${detail}`);
    }
    if (!saved) await ctx.page.keyboard.press('Escape');
    expect(failures).toEqual([]);
  });

  it.each(HOSTILE_INPUTS.filter((r) => r.form === 'search').map((r) => [r.what, r] as const))('search: %s neither breaks the request nor matches wrongly', async (_what, r) => {
    const { page } = s.pmo;
    if (!page.url().includes('#/register')) {
      await page.goto(viewUrl(s.tenant, 'register'));
      await waitForViewReady(page);
    }
    const box = page.getByRole('searchbox', { name: strings.RegisterSearchLabel });
    await box.fill(r.value);
    await page.waitForTimeout(400);
    await waitForViewReady(page);
    const inBox = await box.inputValue();
    const message = await box.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    });
    const all = await storedItems<{ Title: string; PmoCode: string }>(s.tenant, 'PMO Projects', 'Id gt 0', 'Title,PmoCode');
    const q = inBox.trim().toLowerCase();
    const expected = all.filter((p) => p.Title.toLowerCase().includes(q) || p.PmoCode.toLowerCase().includes(q)).length;
    const errorShown = await page.getByText(strings.ErrorUnknown).or(page.getByText(strings.ErrorInvalid)).count();
    let outcome: Outcome;
    let detail: string;
    if (message) {
      outcome = 'refused';
      detail = message;
    } else if (inBox !== r.value) {
      outcome = 'altered';
      detail = `typed ${show(r.value)}, the box holds ${show(inBox)} and says nothing`;
    } else {
      const count = expected === 0 ? (await page.getByTestId('register-empty').count()) > 0 : await page.getByText(strings.RegisterCount.replace('{0}', String(expected)).replace('{1}', String(expected))).count() > 0;
      outcome = count && !errorShown ? 'exact' : 'altered';
      detail = count && !errorShown ? `matched ${expected} as the store does` : `expected ${expected} matches${errorShown ? '; an error was shown' : ''}`;
    }
    results.push({ input: r, outcome, detail });
    await box.fill('');
    expect({ outcome, detail }).toEqual({ outcome: expect.stringMatching(/^(refused|exact)$/), detail });
  });

  it('exports hold the hostile text exactly, with no live formula', async () => {
    const { page } = s.pmo;
    const formulas = ['=HYPERLINK("https://example.com","click")', '+1+2', '-2+3', '@SUM(A1:A9)', '=1+1'];
    const stamp = Date.now().toString(36).slice(-4).toUpperCase();
    const ours = formulas.slice(0, 3).map((f, i) => ({ PmoCode: `HX-${stamp}-${i}`, Title: f, Department: formulas[i + 2] }));
    for (const p of ours) await addItem(s.tenant, 'PMO Projects', { ...p, Phase: 'Proposal', Health: 'Green', Priority: 'Low' });
    await page.goto('about:blank');
    await page.goto(viewUrl(s.tenant, 'register'));
    await waitForViewReady(page);

    const csv = csvRows((await downloadText(page.getByRole('button', { name: strings.RecordExportCsv }))).text);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: strings.RecordExportExcel }).click()]);
    const ExcelJS = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet(strings.ExportProjectsSheet)!;
    const header = sheet.getRow(1).values as unknown[];
    const col = (label: string): number => header.indexOf(label);
    const problems: string[] = [];
    for (const p of ours) {
      const row = csv.find((r) => r[strings.RegisterColCode] === p.PmoCode);
      for (const [label, value] of [[strings.RegisterColTitle, p.Title], [strings.RegisterColDepartment, p.Department ?? '']] as const) {
        // CSV: a leading =, +, - or @ is escaped with ' so spreadsheets do not run it (OWASP CSV injection).
        const csvWant = /^[=+\-@]/.test(value) ? `'${value}` : value;
        if (row?.[label] !== csvWant) problems.push(`CSV ${p.PmoCode} ${label}: ${JSON.stringify(row?.[label])} for ${JSON.stringify(value)}`);
      }
      let found = false;
      sheet.eachRow((r) => {
        if (r.getCell(1).value !== p.PmoCode) return;
        found = true;
        for (const [label, value] of [[strings.RegisterColTitle, p.Title], [strings.RegisterColDepartment, p.Department ?? '']] as const) {
          const c = r.getCell(col(label));
          if (c.formula || c.type === ExcelJS.ValueType.Formula) problems.push(`Excel ${p.PmoCode} ${label}: a live formula`);
          if ((c.value ?? '') !== value) problems.push(`Excel ${p.PmoCode} ${label}: ${JSON.stringify(c.value)} for ${JSON.stringify(value)}`);
        }
      });
      if (!found) problems.push(`Excel: no row for ${p.PmoCode}`);
    }
    fs.rmSync((await download.path())!, { force: true });
    expect(problems).toEqual([]);
  });

  it("offers a draft only to the person who typed it (a shared browser, \"Acting as\" someone else)", async () => {
    const { page } = s.pmo;
    const ctx = s.ctx(`D${Date.now().toString(36)}`);
    const typed = `Half-typed idea ${ctx.stamp}`;
    const people = await fetchInPage<{ displayName: string; mail: string }[]>(page, '/__pmo/people');
    const me = await fetchInPage<{ displayName: string; mail: string }>(page, '/__pmo/whoami');
    const other = people.find((p) => p.mail !== me.mail)!;
    const offered = (form: Locator): Promise<boolean> =>
      form.getByRole('button', { name: strings.DraftRestore }).waitFor({ timeout: 3000 }).then(() => true, () => false);

    let form = await FORMS.project.open(ctx);
    await typeInto(form, strings.RegisterColDescription, 'text', typed);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await switchPerson(page, other.displayName);
    form = await FORMS.project.open(ctx);
    expect(await offered(form)).toBe(false);
    expect(await form.getByRole('textbox', { name: strings.RegisterColDescription }).inputValue()).toBe('');
    // What the other person's page keeps in localStorage: none of it holds the first person's text.
    const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`));
    expect(stored.filter((e) => e.startsWith('pmo-draft:') && !e.includes(encodeURIComponent(me.mail.toLowerCase()))).join('\n')).not.toContain(typed);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await switchPerson(page, me.displayName);
    form = await FORMS.project.open(ctx);
    expect(await offered(form)).toBe(true);
    await form.getByRole('button', { name: strings.DraftRestore }).click();
    expect(await form.getByRole('textbox', { name: strings.RegisterColDescription }).inputValue()).toBe(typed);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
  });
});
