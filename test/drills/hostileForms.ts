/**
 * The forms the hostile-input suite types into: how to open each one for a new item, the valid values
 * its required fields get, and which SharePoint column each label is stored in.
 */
import * as strings from 'PmoHubStrings';
import type { Locator } from 'playwright-core';
import { chooseOption, openTab, viewUrl, waitForViewReady } from '../browser/helpers';
import { openRegisterForm, pickPerson } from './formSteps';
import type { JourneyContext } from './journeys';
import type { FormName } from './hostileInputs';
import { storedItems } from './tenantRecords';

export type FieldKind = 'text' | 'number' | 'date';

export interface FormField {
  column: string;
  kind: FieldKind;
  /** Typed when the field is not under test, or after the field's hostile value was refused. */
  valid?: (n: string) => string;
  /** Whether the list beside the form shows the field's text (so "shown exactly" can be checked there). */
  listed?: boolean;
  /** How the list shows a value of the field, when not as the bare text. */
  shownAs?: (value: string) => string;
}

export interface FormSpec {
  list: string;
  /** Opens the form for a new item; also sets the required fields nobody types into (pickers, choices). */
  open(ctx: JourneyContext): Promise<Locator>;
  fields: Record<string, FormField>;
}

async function projectTab(ctx: JourneyContext, tab: string, command: string): Promise<Locator> {
  const [p] = await storedItems<{ Id: number }>(ctx.tenant, 'PMO Projects', `PmoCode eq 'PRJ-0024'`, 'Id');
  await ctx.page.goto('about:blank');
  await ctx.page.goto(viewUrl(ctx.tenant, 'project', p.Id));
  await waitForViewReady(ctx.page);
  await openTab(ctx.page, tab);
  await ctx.page.getByRole('button', { name: command }).click();
  const panel = ctx.page.getByRole('dialog');
  await panel.getByRole('heading').first().waitFor();
  return panel;
}

export const FORMS: Record<Exclude<FormName, 'search'>, FormSpec> = {
  project: {
    list: 'PMO Projects',
    open: (ctx) => openRegisterForm(ctx, strings.RegisterCmdNew, strings.ProjectFormNewTitle, strings.RegisterColCode),
    fields: {
      [strings.RegisterColTitle]: { column: 'Title', kind: 'text', valid: (n) => `Hostile project ${n}`, listed: true },
      [strings.RegisterColDescription]: { column: 'Description', kind: 'text' },
      [strings.RegisterColDepartment]: { column: 'Department', kind: 'text', listed: true },
      [strings.RegisterColStartDate]: { column: 'StartDate', kind: 'date', valid: () => '2031-01-06' },
      [strings.RegisterColPlannedEndDate]: { column: 'PlannedEndDate', kind: 'date', valid: () => '2031-12-19' },
      [strings.RegisterColForecastEndDate]: { column: 'ForecastEndDate', kind: 'date' },
      [strings.RegisterColBudget]: { column: 'Budget', kind: 'number' },
      [strings.RegisterColActualCost]: { column: 'ActualCost', kind: 'number' },
      [strings.RegisterColForecastCost]: { column: 'ForecastCost', kind: 'number' },
      [strings.RegisterColPercentComplete]: { column: 'PercentComplete', kind: 'number' }
    }
  },
  proposal: {
    list: 'PMO Projects',
    open: async (ctx) => {
      const form = await openRegisterForm(ctx, strings.ProposalCmdSubmit, strings.ProposalFormNewTitle, strings.ProposalFieldCode);
      await chooseOption(form, strings.ProposalFieldUrgency, strings.RegisterPriorityHigh);
      await pickPerson(ctx.page, form, strings.ProposalFieldSponsor, 'Alex', 'Alex Wilber');
      return form;
    },
    fields: {
      [strings.ProposalFieldTitle]: { column: 'Title', kind: 'text', valid: (n) => `Hostile proposal ${n}`, listed: true },
      [strings.ProposalFieldProblem]: { column: 'Problem', kind: 'text', valid: () => 'Order tracking by phone.' },
      [strings.ProposalFieldObjectives]: { column: 'Objectives', kind: 'text', valid: () => 'Self-service tracking.' },
      [strings.ProposalFieldBenefits]: { column: 'ExpectedBenefits', kind: 'text', valid: () => 'Fewer calls.' },
      [strings.ProposalFieldDepartment]: { column: 'Department', kind: 'text', valid: () => 'Hostile inputs' },
      [strings.ProposalFieldCost]: { column: 'EstimatedCost', kind: 'number', valid: () => '120000' },
      [strings.ProposalFieldEffort]: { column: 'EstimatedEffort', kind: 'number', valid: () => '200' }
    }
  },
  raid: {
    list: 'PMO RAID Log',
    open: (ctx) => projectTab(ctx, strings.WorkspaceTabRaid, strings.RaidNew),
    fields: {
      [strings.RaidFieldTitle]: { column: 'Title', kind: 'text', valid: (n) => `Hostile risk ${n}`, listed: true },
      [strings.RaidFieldDescription]: { column: 'Description', kind: 'text' },
      [strings.RaidFieldMitigation]: { column: 'Mitigation', kind: 'text' },
      // Required for a risk (the form's default kind).
      [strings.RaidFieldProbability]: { column: 'Probability', kind: 'number', valid: () => '3' },
      [strings.RaidFieldImpact]: { column: 'Impact', kind: 'number', valid: () => '2' },
      [strings.RaidFieldDueDate]: { column: 'DueDate', kind: 'date' }
    }
  },
  cost: {
    list: 'PMO Costs',
    open: (ctx) => projectTab(ctx, strings.WorkspaceTabCosts, strings.CostNew),
    fields: {
      [strings.CostFieldTitle]: { column: 'Title', kind: 'text' },
      [strings.CostFieldCategory]: { column: 'Category', kind: 'text', valid: (n) => `Hostile ${n}`, listed: true },
      [strings.CostFieldSupplier]: { column: 'Supplier', kind: 'text', listed: true },
      [strings.CostFieldAmount]: { column: 'Amount', kind: 'number', valid: () => '10' }
    }
  },
  allocation: {
    list: 'PMO Allocations',
    open: (ctx) => projectTab(ctx, strings.WorkspaceTabResources, strings.ResourceNew),
    fields: {
      // An allocation without a person is listed by its role: "<role> (role, not yet filled)".
      [strings.ResourceFieldRole]: { column: 'Role', kind: 'text', valid: (n) => `Hostile role ${n}`, listed: true, shownAs: (v) => strings.ResourceRoleOnly.replace('{0}', v) },
      [strings.ResourceFieldDepartment]: { column: 'Department', kind: 'text', listed: true },
      [strings.ResourceFieldPercent]: { column: 'Percent', kind: 'number', valid: () => '10' },
      [strings.ResourceFieldStart]: { column: 'StartDate', kind: 'date', valid: () => '2031-05-05' },
      [strings.ResourceFieldEnd]: { column: 'EndDate', kind: 'date', valid: () => '2031-06-27' }
    }
  }
};

/** The input of a field: a textbox, or the combobox of a date picker. */
export function fieldInput(panel: Locator, label: string, kind: FieldKind): Locator {
  return panel.getByRole(kind === 'date' ? 'combobox' : 'textbox', { name: label }).first();
}

export async function typeInto(panel: Locator, label: string, kind: FieldKind, value: string): Promise<void> {
  const input = fieldInput(panel, label, kind);
  await input.fill(value);
  if (kind === 'date') await input.press('Tab');
}

/** The validation text shown with a field (Fluent's error message under it), '' when none. */
export async function messageNextTo(panel: Locator, label: string, kind: FieldKind): Promise<string> {
  const input = fieldInput(panel, label, kind);
  return input.evaluate((el) => {
    const root = el.closest('.ms-TextField');
    const msg = root?.querySelector('.ms-TextField-errorMessage, [role=alert]') as HTMLElement | null;
    return msg && msg.getBoundingClientRect().height > 0 ? msg.innerText.trim() : '';
  });
}
