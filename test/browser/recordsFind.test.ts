/**
 * Finding and exporting the records of a demo project in the PMO Project workspace, in Chromium
 * against a demo-seeded local tenant: the RAID list filtered by type and status (the CSV export holds
 * what the filters show), the cost lines found by year (the export holds every line), and the
 * allocations with the over-allocation flag on a person carrying more than 100 % across projects.
 */
import * as strings from 'PmoHubStrings';
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, useProjectSession, chooseOption, csvRows, downloadText, listItems, openTab } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const CODE = 'PRJ-0024';
/** The demo seed keeps Grady Archie over 100 % today (local/src/seed/records.ts, OVERBOOKED). */
const OVERBOOKED = 'Grady Archie';

const fill = (template: string, ...values: (string | number)[]): string => values.reduce<string>((t, v, i) => t.replace(`{${i}}`, String(v)), template);
const exportCsv = (page: Page): ReturnType<typeof downloadText> => downloadText(page.getByRole('button', { name: strings.RecordExportCsv }));

describe('PMO Project records: find and export', () => {
  const s = useProjectSession(CODE);

  it('filters the RAID log by type and status, and exports what the filters show as CSV', async () => {
    const { page } = s.pmo;
    const all = await listItems<{ Title: string; Kind: string; Status: string }>(page, 'PMO RAID Log', `ProjectId eq ${s.projectId}`, 'Title,Kind,Status');
    const risks = all.filter((i) => i.Kind === 'Risk');
    const openRisks = risks.filter((i) => i.Status === 'Open');
    expect(openRisks.length).toBeGreaterThan(0);
    expect(risks.length).toBeGreaterThan(openRisks.length);
    await openTab(page, strings.WorkspaceTabRaid);
    const titles = async (): Promise<string[]> => (await page.getByRole('button', { name: /^Edit / }).allInnerTexts()).sort();
    await page.getByText(fill(strings.RaidCount, all.length, all.length)).waitFor();

    await chooseOption(page, strings.RaidFilterKind, strings.RaidKindRisk);
    await page.getByText(fill(strings.RaidCount, risks.length, all.length)).waitFor();
    expect(await titles()).toEqual(risks.map((i) => i.Title).sort());
    await chooseOption(page, strings.RaidFilterStatus, strings.RaidStatusOpen);
    await page.getByText(fill(strings.RaidCount, openRisks.length, all.length)).waitFor();
    expect(await titles()).toEqual(openRisks.map((i) => i.Title).sort());

    const csv = await exportCsv(page);
    expect(csv.name).toBe(`${fill(strings.RaidExportFileName, CODE)}.csv`);
    const rows = csvRows(csv.text);
    expect(rows.map((r) => r[strings.RaidColTitle]).sort()).toEqual(openRisks.map((i) => i.Title).sort());
    expect(rows.every((r) => r[strings.RaidColKind] === strings.RaidKindRisk && r[strings.RaidColStatus] === strings.RaidStatusOpen)).toBe(true);

    await chooseOption(page, strings.RaidFilterKind, strings.WorkspaceFilterAll);
    await chooseOption(page, strings.RaidFilterStatus, strings.WorkspaceFilterAll);
    await page.getByText(fill(strings.RaidCount, all.length, all.length)).waitFor();
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('finds cost lines by year, and exports every line of the project as CSV', async () => {
    const { page } = s.pmo;
    interface ICost { Title: string; Kind: string; Category: string; Amount: number; Period: string }
    const lines = await listItems<ICost>(page, 'PMO Costs', `ProjectId eq ${s.projectId}`, 'Title,Kind,Category,Amount,Period');
    const inYear = (y: number): ICost[] => lines.filter((l) => l.Period.startsWith(String(y)));
    const now = new Date().getFullYear();
    await openTab(page, strings.WorkspaceTabCosts);

    // The current year first, then the next and the previous: each shows its own lines (or says it has none).
    for (const [shown, command] of [[now, undefined], [now + 1, strings.CostNextYear], [now, strings.CostPreviousYear], [now - 1, strings.CostPreviousYear]] as const) {
      if (command) await page.getByRole('button', { name: command }).click();
      await page.getByRole('heading', { name: fill(strings.CostLinesTitle, shown) }).waitFor();
      await page.getByRole('table', { name: fill(strings.CostTableCaption, shown) }).waitFor();
      const expected = inYear(shown);
      if (!expected.length) {
        await page.getByText(fill(strings.CostEmptyYear, shown)).waitFor();
        continue;
      }
      const first = expected[0];
      await page.getByRole('row').filter({ hasText: first.Title }).first().waitFor();
      // Every cost line the list shows is of that year (its month column names the year).
      const shownLines = await page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Edit / }) }).allInnerTexts();
      expect(shownLines.length).toBeGreaterThan(0);
      expect(shownLines.every((t) => t.includes(String(shown)))).toBe(true);
    }

    const csv = await exportCsv(page);
    expect(csv.name).toBe(`${fill(strings.CostExportFileName, CODE)}.csv`);
    const rows = csvRows(csv.text);
    expect(rows).toHaveLength(lines.length);
    const line = lines[0];
    expect(rows.filter((r) => r[strings.CostColTitle] === line.Title && r[strings.CostColKind] === line.Kind)).toEqual([
      expect.objectContaining({ [strings.CostColCategory]: line.Category, [strings.CostColAmount]: String(line.Amount), [strings.CostColPeriod]: line.Period.slice(0, 10) })
    ]);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });

  it('flags a person allocated over 100 % across projects, and exports the allocations as CSV', async () => {
    const { page } = s.pmo;
    interface IAlloc { Percent: number; Status: string; StartDate: string; EndDate: string; ProjectId: number; Person: { Title: string } | null }
    const everywhere = await listItems<IAlloc>(page, 'PMO Allocations', 'Id gt 0', 'Percent,Status,StartDate,EndDate,ProjectId,Person/Title', 'Person');
    const today = new Date().toISOString().slice(0, 10);
    const load = everywhere
      .filter((a) => a.Person?.Title === OVERBOOKED && a.Status !== 'Rejected' && a.StartDate.slice(0, 10) <= today && a.EndDate.slice(0, 10) >= today)
      .reduce((sum, a) => sum + a.Percent, 0);
    expect(load).toBeGreaterThan(100);
    const own = everywhere.filter((a) => a.ProjectId === s.projectId);
    expect(own.some((a) => a.Person?.Title === OVERBOOKED)).toBe(true);
    await openTab(page, strings.WorkspaceTabResources);

    // In the list: the allocation's peak across all projects, flagged in words.
    const row = page.getByRole('row').filter({ hasText: OVERBOOKED });
    await row.getByText(strings.ResourceOverAllocated).waitFor();
    // In the people's loads: Grady's card says so too, and this month's row of his load table is flagged.
    const loads = page.getByRole('region', { name: strings.ResourceLoadTitle });
    const card = loads.locator('[data-person-load]').filter({ hasText: OVERBOOKED });
    await card.getByText(strings.ResourceOverAllocated).waitFor();
    expect(await card.getByText(strings.ResourceWithinCapacity).count()).toBe(0);
    const peak = Number(/(\d+) %/.exec(await card.getByText(fill(strings.ResourceLoadPeak, '')).innerText())![1]);
    expect(peak).toBeGreaterThanOrEqual(load);

    await card.getByRole('button', { name: fill(strings.ResourceLoadDetails, OVERBOOKED) }).click();
    const table = page.getByRole('table', { name: fill(strings.ResourceLoadTableCaption, OVERBOOKED, strings.ResourceByMonth) });
    const monthStart = await page.evaluate(() => new Date(new Date().getFullYear(), new Date().getMonth(), 1).toLocaleDateString());
    const thisMonth = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${monthStart.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} `) }) });
    expect(await thisMonth.innerText()).toContain(strings.ResourceOverAllocated);

    const csv = await exportCsv(page);
    expect(csv.name).toBe(`${fill(strings.ResourceExportFileName, CODE)}.csv`);
    const rows = csvRows(csv.text);
    expect(rows).toHaveLength(own.length);
    const grady = rows.filter((r) => r[strings.ResourceFieldPerson] === OVERBOOKED);
    expect(grady).toHaveLength(1);
    expect(Number(grady[0][strings.ResourceColTotal])).toBeGreaterThan(100);
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
