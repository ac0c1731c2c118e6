/** The publish panel says which Planner tasks were made without an assignee, and why, from the tasks step's log. */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'PmoHubStrings';
import { PublishPanel } from '../../../src/components/Meetings/PublishPanel';
import type { IMeetingEditor } from '../../../src/components/Meetings/useMeetingEditor';
import { emptyMinutes, emptyPublishLog } from '../../../src/model/meetings';

function editorWith(unassigned: Record<string, string> | undefined): IMeetingEditor {
  const log = { ...emptyPublishLog(1), steps: { tasks: { state: 'done' as const } }, unassignedTasks: unassigned };
  const minutesData = {
    ...emptyMinutes(),
    actions: [
      { id: 'a1', title: 'Send the contract', ownerEmail: 'meganb@contoso.com', ownerName: 'Megan Bowen', dueDate: '2026-12-10' },
      { id: 'a2', title: 'Book the rehearsal', ownerEmail: 'ghost@contoso.com', ownerName: 'Ghost', dueDate: '2026-12-10' },
      { id: 'a3', title: 'Assigned fine', ownerEmail: 'leeg@contoso.com', ownerName: 'Lee Gu', dueDate: '2026-12-10' }
    ]
  };
  return { record: { state: 'Published', revision: 1, publishLog: log, minutesData }, remaining: [], issues: [], publishing: false, values: {} } as unknown as IMeetingEditor;
}

describe('publish panel: tasks without an assignee', () => {
  it('names each action whose task has no assignee with the reason', async () => {
    render(<PublishPanel editor={editorWith({ a1: 'forbidden:User.ReadBasic.All', a2: 'notFound' })} />);
    const bar = screen.getByTestId('publish-unassigned');
    // Fluent's MessageBar renders its text a moment later (for screen readers to announce it).
    await waitFor(() => expect(bar).toHaveTextContent(strings.PublishUnassigned));
    const items = within(bar).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      `Send the contract (owner Megan Bowen): ${strings.PublishUnassignedForbidden.replace('{0}', 'User.ReadBasic.All')}`,
      `Book the rehearsal (owner Ghost): ${strings.PublishUnassignedNotFound}`
    ]);
  });

  it('shows nothing when every task got its assignee', () => {
    render(<PublishPanel editor={editorWith(undefined)} />);
    expect(screen.queryByTestId('publish-unassigned')).toBeNull();
  });
});
