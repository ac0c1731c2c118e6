/**
 * The Meetings view on fakes: a tagged Outlook meeting is listed with why it belongs to its project,
 * opens with the agenda prefilled from the project's open actions, autosaves the minutes as a draft,
 * and refuses to publish an action without owner or due date, saying what is missing.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { Meetings } from '../../../src/components/Meetings';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import type { ICalendarEvent } from '../../../src/model/meetings';
import { FakeActionRepository, FakeCalendarService, createFakeServices, makeProject } from '../../fakes';
import { FakeProjectRepository } from '../../fakes';

jest.setTimeout(30_000);

const TODAY = new Date('2026-03-10T08:00:00Z');
const event: ICalendarEvent = {
  id: 'ev-1',
  iCalUId: 'uid-1',
  subject: '[PRJ-0001] Vendor call',
  start: '2026-03-09T10:00:00.000Z',
  end: '2026-03-09T10:30:00.000Z',
  categories: [],
  calendar: { kind: 'user' },
  organizer: { name: 'Me', email: 'me@contoso.com' },
  attendees: [{ name: 'Ada Lovelace', email: 'ada@contoso.com' }],
  isOrganizer: true,
  isCancelled: false
};

function setup() {
  const services = createFakeServices({
    projects: new FakeProjectRepository([makeProject(1, { groupId: 'g-1' }), makeProject(2, { groupId: 'g-2' })]),
    calendar: new FakeCalendarService([event, { ...event, id: 'ev-2', iCalUId: 'uid-2', subject: 'All hands' }]),
    actions: new FakeActionRepository([{ id: 7, etag: '"1"', title: 'Chase the supplier', projectId: 1, status: 'Open', dueDate: '2026-03-01' }])
  });
  render(
    <ServicesProvider services={services}>
      <Meetings today={TODAY} />
    </ServicesProvider>
  );
  return { services, user: userEvent.setup({ delay: null }) };
}

describe('Meetings', () => {
  it('lists the tagged meeting with its reason, and leaves the untagged one out', async () => {
    setup();
    const open = await screen.findByRole('button', { name: event.subject });
    const row = open.closest('tr')!;
    expect(row.textContent).toContain(`PRJ-0001 (${strings.MeetingReasonTag})`);
    expect(row.textContent).toContain(strings.MeetingStatusScheduled);
    expect(screen.queryByText('All hands')).toBeNull();
  });

  it('prefills the agenda, autosaves the draft, and refuses to publish an action without owner or due date', async () => {
    const { services, user } = setup();
    await user.click(await screen.findByRole('button', { name: event.subject }));
    const agenda = await screen.findByRole('list', { name: strings.MinutesAgenda });
    expect(agenda.textContent).toContain('Chase the supplier');
    expect(agenda.textContent).toContain(strings.AgendaOverdue);

    await user.click(screen.getByRole('button', { name: strings.MinutesAddAction }));
    await user.type(screen.getByRole('textbox', { name: strings.MinutesActionTitle }), 'Send the plan');
    // Autosaved to PMO Meetings as a draft (after the pause), linked to the project.
    await waitFor(() => expect(services.meetings.items).toHaveLength(1), { timeout: 5000 });
    expect(services.meetings.items[0]).toMatchObject({ state: 'Draft', projectIds: [1], eventId: 'ev-1', linkReason: 'subjectTag' });
    expect(services.meetings.items[0].minutesData.actions).toEqual([{ id: 'a1', title: 'Send the plan' }]);

    await user.click(screen.getByRole('button', { name: strings.PublishMinutes }));
    expect(await screen.findByText(strings.PublishBlocked)).toBeInTheDocument();
    expect(screen.getAllByText(strings.MinutesProblemOwner).length).toBeGreaterThan(0);
    expect(screen.getAllByText(strings.MinutesProblemDue).length).toBeGreaterThan(0);
    expect(services.publisher.requests).toEqual([]);
  });

  it('shows a change made elsewhere during an autosave in the conflict dialog, and saves the merge with the server ETag', async () => {
    const { services, user } = setup();
    await user.click(await screen.findByRole('button', { name: event.subject }));
    await user.click(await screen.findByRole('button', { name: strings.MinutesAddAction }));
    await user.type(screen.getByRole('textbox', { name: strings.MinutesActionTitle }), 'Send');
    await waitFor(() => expect(services.meetings.items).toHaveLength(1), { timeout: 5000 });
    const stored = services.meetings.items[0];
    // Someone else records a decision in the same minutes.
    services.meetings.serverEdit(stored.id, { minutesData: { ...stored.minutesData, actions: [], decisions: [{ id: 'd1', title: 'Vendor B', detail: '' }] } });
    await user.type(screen.getByRole('textbox', { name: strings.MinutesActionTitle }), ' the plan');

    const title = await screen.findByText(strings.ConflictTitle, {}, { timeout: 5000 });
    const dialog = title.closest('.ms-Dialog-main') as HTMLElement;
    const keys = Array.from(dialog.querySelectorAll('[data-conflict-field]')).map((e) => e.getAttribute('data-conflict-field'));
    expect(keys).toEqual(['decisions', 'actions']);
    expect(services.meetings.items[0].minutesData.decisions).toEqual([{ id: 'd1', title: 'Vendor B', detail: '' }]);
    // Defaults: their decision (only they changed it), my action.
    await user.click(within(dialog).getByRole('button', { name: strings.ConflictSave }));
    await waitFor(() => expect(services.meetings.items[0].etag).toBe('"3"'));
    expect(services.meetings.items[0].minutesData).toMatchObject({ decisions: [{ id: 'd1', title: 'Vendor B', detail: '' }], actions: [{ id: 'a1', title: 'Send the plan' }] });
    expect(services.meetings.callsOf('update').map((c) => c[2])).toEqual(['"1"', '"2"']);
  });
});
