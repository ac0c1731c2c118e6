import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { render, RenderResult, screen, within } from '@testing-library/react';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import { ProjectRegister } from '../../../src/components/ProjectRegister';
import type { IPerson, IProject } from '../../../src/model/types';
import { createFakeServices, FakeDirectoryService, FakePeopleService, FakeProjectRepository, IFakeServices, makeProject } from '../../fakes';

export const ADA: IPerson = { id: 7, title: 'Ada Lovelace', email: 'ada@contoso.com' };
export const BOB: IPerson = { id: 8, title: 'Bob Byte', email: 'bob@contoso.com' };

/** A small register: one red, one overdue, one closed, across two departments and managers. */
export function sampleProjects(): IProject[] {
  return [
    makeProject(1, { title: 'CRM rollout', department: 'Sales', manager: ADA, health: 'Green', phase: 'Execution', plannedEndDate: '2099-01-01', budget: 120000 }),
    makeProject(2, { title: 'Data centre exit', department: 'IT', manager: BOB, health: 'Red', phase: 'Planning', budget: 50000 }),
    makeProject(3, { title: 'Intranet refresh', department: 'IT', manager: ADA, health: 'Amber', phase: 'Execution', plannedEndDate: '2020-01-31' }),
    makeProject(4, { title: 'Old ERP', department: 'Finance', health: 'Green', phase: 'Closed', percentComplete: 100 })
  ];
}

/** Fake services with the sample register, two people and one group with a plan and a channel. */
export function sampleServices(projects: IProject[] = sampleProjects()): IFakeServices {
  return createFakeServices({
    projects: new FakeProjectRepository(projects, [ADA, BOB]),
    people: new FakePeopleService([ADA, BOB]),
    directory: new FakeDirectoryService(
      [{ id: 'g1', displayName: 'CRM Team', mail: 'crm@contoso.com' }, { id: 'g2', displayName: 'IT Ops' }],
      [{ id: 'p1', title: 'CRM plan', groupId: 'g1' }],
      [{ id: 'c1', displayName: 'General', teamId: 'g1' }]
    )
  });
}

/** Renders the register with the given fakes. */
export function renderRegister(services: IFakeServices, columns: string[] = []): RenderResult {
  return render(
    <ServicesProvider services={services}>
      <ProjectRegister columns={columns} />
    </ServicesProvider>
  );
}

/**
 * jsdom has no layout: documentElement.clientWidth is 0, so Fluent thinks the window is a phone and
 * opens dropdowns as panels. Give it a desktop width, as the register runs on one.
 */
export function desktopLayout(width: number = 1280): void {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
}

/**
 * Cheap queries for large Fluent trees: *ByRole computes styles for every node and takes seconds
 * per call in jsdom, so these go by text and the ids Fluent wires up.
 */
export async function clickCommand(user: { click: (e: Element) => Promise<void> }, name: string): Promise<void> {
  const toolbar = await screen.findByRole('toolbar', { name: strings.RegisterTitle });
  await user.click(button(toolbar, name));
}

/** The open panel whose header reads `title`. */
export async function findPanel(title: string): Promise<HTMLElement> {
  const header = await screen.findByText(title, { selector: '.ms-Panel-headerText' });
  return header.closest('.ms-Panel') as HTMLElement;
}

/** A button by its text inside a container. */
export function button(container: HTMLElement, text: string): HTMLButtonElement {
  return within(container).getByText(text, { selector: 'button, button *' }).closest('button') as HTMLButtonElement;
}

/** A Fluent Dropdown (div role=combobox) by its label. */
export function dropdown(container: HTMLElement, label: string): HTMLElement {
  const labelEl = within(container).getByText(label, { selector: 'label' });
  return document.getElementById(labelEl.id.replace(/-label$/, '')) as HTMLElement;
}

/** An option of the open dropdown or combo box. */
export async function option(text: string): Promise<HTMLElement> {
  const label = await screen.findByText(text, { selector: '.ms-Dropdown-optionText, .ms-ComboBox-optionText' });
  return label.closest('button, [role="option"], .ms-Checkbox, .ms-Button') as HTMLElement;
}
