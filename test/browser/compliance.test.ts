/**
 * The process compliance board (a tab of PMO Portfolio) in Chromium against the demo portfolio: the
 * projects it lists without a published report for this month are exactly those the tenant stores
 * none for; the demo's stale plans and unpublished minutes are there; a threshold typed on the board
 * changes the result (and a wrong one is refused next to the field); one click opens the meeting or
 * the project's tab; axe passes.
 */
import * as strings from 'PmoHubStrings';
import { periodKey } from '../../src/model/statusReport';
import { dayNumber, localDay, toIsoDate } from '../../src/model/dates';
import { BROWSER_TEST_TIMEOUT, blocking, listItems, openTab, runAxe, usePageSession, waitForViewReady } from './helpers';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const UNDER_WAY = ['Initiation', 'Planning', 'Execution', 'Closing'];

describe('process compliance', () => {
  const s = usePageSession();

  it('shows the demo portfolio\'s gaps, follows its thresholds and opens the item in one click', async () => {
    const { page } = s.pmo;
    await openTab(page, strings.PortfolioViewCompliance);
    const board = page.getByTestId('compliance');
    await board.getByTestId('compliance-summary').waitFor();
    const today = toIsoDate(new Date());

    // Reports: the board's missing ones are exactly the projects under way with no published report this month.
    const projects = await listItems<{ Id: number; PmoCode: string; Phase: string }>(page, 'PMO Projects', "Phase ne 'Proposal'", 'Id,PmoCode,Phase');
    const published = await listItems<{ ProjectId: number; ReportDate: string }>(page, 'PMO Status Reports', "State eq 'Published'", 'ProjectId,ReportDate');
    const reported = new Set(published.filter((r) => periodKey(r.ReportDate.slice(0, 10), 'monthly') === periodKey(today, 'monthly')).map((r) => r.ProjectId));
    const expected = projects.filter((p) => UNDER_WAY.includes(p.Phase) && !reported.has(p.Id)).map((p) => p.Id).sort((a, b) => a - b);
    const shown = async (check: string): Promise<number[]> =>
      (await board.locator(`[data-testid^="finding-${check}-"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!)))
        .map((t) => Number(t.split('-').pop())).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(await shown('report')).toEqual(expected);
    expect(await board.getByTestId('compliance-count-report').innerText()).toContain(String(expected.length));

    // Stale plans: the demo's plans untouched for three weeks are listed; a 30-day threshold clears them.
    const id = (code: string) => projects.find((p) => p.PmoCode === code)!.Id;
    const stale = ['PRJ-0030', 'PRJ-0032', 'PRJ-0037'].map(id);
    expect(await shown('plan')).toEqual(expect.arrayContaining(stale));
    const threshold = board.getByRole('textbox', { name: strings.CompliancePaneStalePlan });
    await threshold.fill('abc');
    await board.getByText(strings.ComplianceThresholdInvalid).waitFor();
    expect(await shown('plan')).toEqual(expect.arrayContaining(stale));
    await threshold.fill('30');
    await page.waitForFunction((ids) => ids.every((i) => !document.querySelector(`[data-testid="finding-plan-${i}"]`)), stale);
    expect(await board.getByText(strings.ComplianceThresholdInvalid).count()).toBe(0);

    // Minutes: each listed meeting is stored unpublished and more than three days past.
    const minutes = await board.locator('[data-testid^="finding-minutes-"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-testid')!.split('-').pop())));
    expect(minutes.length).toBeGreaterThan(0);
    const meetings = await listItems<{ Id: number; Title: string; State: string; Start: string; ProjectId: number }>(page, 'PMO Meetings', `Id eq ${minutes[0]}`, 'Id,Title,State,Start,ProjectId');
    expect(meetings[0].State).not.toBe('Published');
    expect(dayNumber(today) - dayNumber(localDay(meetings[0].Start))).toBeGreaterThan(3);
    expect(blocking(await runAxe(page, '[data-testid="compliance"]'))).toEqual([]);

    // By project manager: the same findings, grouped under the managers.
    // Fluent's ChoiceGroup draws its label over the radio input: click the label, as a person does.
    await board.locator('label', { hasText: strings.ComplianceByManager }).click();
    expect(await board.getByRole('radio', { name: strings.ComplianceByManager }).isChecked()).toBe(true);
    await board.locator('[data-testid^="compliance-row-manager-"]').first().waitFor();
    expect(await shown('report')).toEqual(expected);

    // One click opens the meeting in the project's Meetings tab.
    await board.getByTestId(`finding-minutes-${minutes[0]}`).click();
    await page.waitForURL(new RegExp(`#/project/${meetings[0].ProjectId}/meetings/${minutes[0]}$`));
    await waitForViewReady(page);
    await page.getByRole('tab', { name: strings.WorkspaceTabMeetings, selected: true }).waitFor();
    await page.getByText(meetings[0].Title).first().waitFor();

    // And a missing report opens the project's Reports tab.
    await page.goBack();
    await waitForViewReady(page);
    await openTab(page, strings.PortfolioViewCompliance);
    await page.getByTestId(`finding-report-${expected[0]}`).click();
    await page.waitForURL(new RegExp(`#/project/${expected[0]}/reports$`));
    await waitForViewReady(page);
    await page.getByRole('tab', { name: strings.WorkspaceTabReports, selected: true }).waitFor();
    expect(s.pmo.consoleProblems()).toEqual([]);
  });
});
