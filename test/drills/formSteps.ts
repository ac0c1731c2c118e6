/**
 * Steps in forms that the drill journeys and the hostile-input suite share. No journey imports here:
 * journeys.ts imports the journey files, and they and hostileForms.ts import this one.
 */
import type { Locator, Page } from 'playwright-core';
import { viewUrl, waitForViewReady } from '../browser/helpers';
import type { JourneyContext } from './journeys';

/** The register's editing panel (a Fluent Panel in a dialog). */
export const panelOf = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.locator('.ms-Panel') });

/**
 * Opens a new item's form from the register (`command`: New project, Submit a proposal) on a fresh page,
 * and waits for the next free code to be filled in from the register, as a person would see it.
 */
export async function openRegisterForm(ctx: JourneyContext, command: string, heading: string, codeLabel: string): Promise<Locator> {
  await ctx.page.goto('about:blank');
  await ctx.page.goto(viewUrl(ctx.tenant, 'register'));
  await waitForViewReady(ctx.page);
  await ctx.page.getByRole('button', { name: command }).click();
  const form = panelOf(ctx.page);
  await form.getByRole('heading', { name: heading }).waitFor();
  const code = form.getByRole('textbox', { name: codeLabel });
  await ctx.page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await code.elementHandle(), { timeout: 60_000 });
  return form;
}

/**
 * Picks a person in a people picker of `scope` as a person does under throttling: the search or the site-user
 * lookup behind the persona can still fail after the client's own retries, and the field then says the
 * service is busy; the person types the name again.
 */
export async function pickPerson(page: Page, scope: Locator, label: string, typed: string, name: string): Promise<void> {
  const picker = scope.getByRole('combobox', { name: label });
  const persona = scope.locator('.ms-PickerPersona-container').filter({ hasText: name });
  for (let attempt = 1; ; attempt++) {
    try {
      await picker.fill('');
      await picker.fill(typed);
      await page.locator('.ms-Suggestions-item').filter({ hasText: name }).first().click({ timeout: 30_000 });
      await persona.waitFor({ timeout: 30_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}
