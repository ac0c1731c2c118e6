import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { ResourcesTab } from '../../../src/components/Resources';
import type { AllocationDraft } from '../../../src/model/types';
import { formatDate } from '../../../src/components/common/fields/formatValue';
import { FakeAllocationRepository } from '../../fakes';
import { ADA, ALAN, allocation, fakes, makeProject, renderWith } from './helpers';

const PROJECT = makeProject(1, { title: 'CRM rollout' });
const PROJECTS = [PROJECT, makeProject(2, { title: 'Data platform' }), makeProject(3, { title: 'Intranet' })];

// Ada: 60 % here all March, 70 % on Data platform from 15 March (130 % from 15 to 31 March); a rejected
// 50 % on Intranet does not count. Alan: 40 % here and 50 % elsewhere: 90 %, fine.
const ALLOCATIONS = [
  allocation(1, { person: ADA, percent: 60, startDate: '2025-03-01', endDate: '2025-03-31' }),
  allocation(2, { person: ADA, projectId: 2, percent: 70, startDate: '2025-03-15', endDate: '2025-04-15' }),
  allocation(3, { person: ADA, projectId: 3, percent: 50, startDate: '2025-03-01', endDate: '2025-03-31', status: 'Rejected' }),
  allocation(4, { person: ALAN, percent: 40, startDate: '2025-03-01', endDate: '2025-06-30', status: 'Requested' }),
  allocation(5, { person: ALAN, projectId: 2, percent: 50, startDate: '2025-01-01', endDate: '2025-12-31' }),
  allocation(6, { person: undefined, role: 'Business analyst', percent: 100, startDate: '2025-05-01', endDate: '2025-05-31' })
];

function setup(items = ALLOCATIONS) {
  const services = fakes({ allocations: new FakeAllocationRepository(items) });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  renderWith(services, <ResourcesTab project={PROJECT} projects={PROJECTS} />);
  return { services, user };
}

const row = (name: string): HTMLElement => screen.getByRole('button', { name: `Edit ${name}` }).closest('[role="row"]') as HTMLElement;
/** Puts a date in a date picker's text box and leaves it (no Escape: that closes the panel). */
function typeDate(form: HTMLElement, label: string, iso: string): void {
  const box = within(form).getByRole('combobox', { name: label });
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: iso } });
  fireEvent.blur(box);
}
const card = (id: number): HTMLElement => document.querySelector(`[data-person-load="${id}"]`) as HTMLElement;

// Panel flows take a few seconds of user-event typing on two shared cores.
jest.setTimeout(20000);
// Drafts live in localStorage; each test starts without any.
beforeEach(() => localStorage.clear());

describe('ResourcesTab', () => {
  it('lists the project\'s allocations, by person or role', async () => {
    setup();
    await screen.findByRole('button', { name: 'Edit Ada Lovelace' });
    expect(screen.getAllByRole('row')).toHaveLength(4); // header + 3
    expect(row(strings.ResourceRoleOnly.replace('{0}', 'Business analyst'))).toHaveTextContent('100 %');
    expect(row('Alan Turing')).toHaveTextContent(strings.ResourceStatusRequested);
  });

  it('flags a person at 130 % across two projects, and not one at 90 %', async () => {
    const { services } = setup();
    await waitFor(() => expect(card(ADA.id)).toHaveTextContent(strings.ResourceLoadPeak.replace('{0}', '130 %')));
    expect(services.allocations.callsOf('listByPerson').map((c) => c[0]).sort()).toEqual([ADA.id, ALAN.id]);

    const ada = card(ADA.id);
    expect(within(ada).getByText(strings.ResourceOverAllocated)).toBeInTheDocument();
    const period = ada.querySelector('[data-over-period]') as HTMLElement;
    expect(period).toHaveTextContent(`130 % from ${formatDate('2025-03-15')} to ${formatDate('2025-03-31')}`);
    expect(period).toHaveTextContent('CRM rollout 60 %');
    expect(period).toHaveTextContent('Data platform 70 %');
    expect(period).not.toHaveTextContent('Intranet');

    const alan = card(ALAN.id);
    expect(alan).toHaveTextContent(strings.ResourceLoadPeak.replace('{0}', '90 %'));
    expect(within(alan).getByText(strings.ResourceWithinCapacity)).toBeInTheDocument();
    expect(within(alan).queryByText(strings.ResourceOverAllocated)).not.toBeInTheDocument();

    // The list marks the allocation whose dates see the over-allocation.
    expect(within(row('Ada Lovelace')).getByText(strings.ResourceOverAllocated)).toBeInTheDocument();
    expect(row('Ada Lovelace')).toHaveTextContent('130 %');
    expect(within(row('Alan Turing')).queryByText(strings.ResourceOverAllocated)).not.toBeInTheDocument();
  });

  it('shows the load by week, flagging the weeks over 100 %', async () => {
    const { user } = setup();
    await waitFor(() => expect(card(ADA.id)).toHaveTextContent('130 %'));
    await user.click(screen.getByRole('radio', { name: strings.ResourceByWeek }));
    await user.click(within(card(ADA.id)).getByRole('button', { name: strings.ResourceLoadDetails.replace('{0}', 'Ada Lovelace') }));
    const table = screen.getByTestId(`load-table-${ADA.id}`);
    const rows = within(table).getAllByRole('row').slice(1);
    // Weeks from Monday 24 Feb to the week of 15 April.
    expect(rows[0]).toHaveTextContent(formatDate('2025-02-24'));
    const week = rows.filter((r) => (r.textContent || '').indexOf(formatDate('2025-03-10')) === 0)[0];
    expect(week).toHaveTextContent('130 %');
    expect(within(week).getByText(strings.ResourceOverAllocated)).toBeInTheDocument();
    expect(rows[0]).not.toHaveTextContent(strings.ResourceOverAllocated);
  });

  it('refuses percent 120 and an end before the start, next to the fields, and writes nothing', async () => {
    const { user, services } = setup();
    await screen.findByRole('button', { name: 'Edit Ada Lovelace' });
    await user.click(screen.getByRole('button', { name: strings.ResourceNew }));
    const form = screen.getByRole('dialog');
    await user.type(within(form).getByRole('textbox', { name: strings.ResourceFieldRole }), 'Tester');
    await user.type(within(form).getByRole('textbox', { name: strings.ResourceFieldPercent }), '120');
    typeDate(form, strings.ResourceFieldStart, '2025-05-10');
    typeDate(form, strings.ResourceFieldEnd, '2025-05-01');
    await user.click(within(form).getByRole('button', { name: strings.Save }));

    expect(await within(form).findByText(strings.ValidationPercent)).toBeInTheDocument();
    expect(await within(form).findByText(strings.ValidationDateOrder.replace('{0}', '2025-05-10'))).toBeInTheDocument();
    expect(services.allocations.callsOf('create')).toHaveLength(0);

    const percent = within(form).getByRole('textbox', { name: strings.ResourceFieldPercent });
    await user.clear(percent);
    await user.type(percent, '30');
    typeDate(form, strings.ResourceFieldEnd, '2025-05-20');
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    await waitFor(() => expect(services.allocations.callsOf('create')).toHaveLength(1));
    expect(services.allocations.callsOf('create')[0][0] as AllocationDraft).toMatchObject({
      role: 'Tester', title: 'Tester', percent: 30, startDate: '2025-05-10', endDate: '2025-05-20', status: 'Requested', resourceType: 'Employee', projectId: 1
    });
  });

  it('requires a person or a role', async () => {
    const { user, services } = setup([]);
    await screen.findByText(strings.ResourceEmpty);
    await user.click(screen.getByRole('button', { name: strings.ResourceNew }));
    const form = screen.getByRole('dialog');
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    expect(await within(form).findByText(strings.ValidationResourcePersonOrRole)).toBeInTheDocument();
    expect(services.allocations.callsOf('create')).toHaveLength(0);
  });

  it('updates the load at once when an allocation here is changed', async () => {
    const { user, services } = setup();
    await waitFor(() => expect(card(ADA.id)).toHaveTextContent('130 %'));
    await user.click(screen.getByRole('button', { name: 'Edit Ada Lovelace' }));
    const form = screen.getByRole('dialog');
    const percent = within(form).getByRole('textbox', { name: strings.ResourceFieldPercent });
    await user.clear(percent);
    await user.type(percent, '30');
    await user.click(within(form).getByRole('button', { name: strings.Save }));
    await waitFor(() => expect(card(ADA.id)).toHaveTextContent(strings.ResourceLoadPeak.replace('{0}', '100 %')));
    expect(within(card(ADA.id)).getByText(strings.ResourceWithinCapacity)).toBeInTheDocument();
    // No second read of Ada's allocations was needed.
    expect(services.allocations.callsOf('listByPerson').filter((c) => c[0] === ADA.id)).toHaveLength(1);
  });
});
