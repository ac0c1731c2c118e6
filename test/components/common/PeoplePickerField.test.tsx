/**
 * The people picker's failure message: a directory search that fails says so next to the field, and the
 * next search that works takes the message away again (under throttling a person simply types again).
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { PeoplePickerField } from '../../../src/components/common/fields/PeoplePickerField';
import { AppError } from '../../../src/services/errors';
import type { IPerson } from '../../../src/model/types';
import type { IPeopleService } from '../../../src/services/types';

jest.setTimeout(30_000);

const patricia: IPerson = { id: 0, title: 'Patricia Moreau', email: 'patricia@contoso.example' };

function fakePeople(answers: Array<IPerson[] | Error>): IPeopleService & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    current: () => Promise.resolve(patricia),
    search: (text: string) => {
      searches.push(text);
      const next = answers.shift() ?? [];
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    ensure: () => Promise.resolve({ ...patricia, id: 12 }),
    isPmoMember: () => Promise.resolve(false),
    pmoContacts: () => Promise.resolve([])
  };
}

describe('PeoplePickerField', () => {
  it('clears the busy message once a later search answers', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const people = fakePeople([new AppError('throttled', 'busy', { status: 429 }), [patricia]]);
    render(<PeoplePickerField label="Owner" value={undefined} onChange={() => undefined} people={people} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    const user = userEvent.setup();

    await user.type(box, 'Patr');
    await screen.findByText(strings.ErrorThrottled);
    await user.clear(box);
    await user.type(box, 'Patri');
    await screen.findByText('Patricia Moreau');
    await waitFor(() => expect(screen.queryByText(strings.ErrorThrottled)).not.toBeInTheDocument());
    expect(people.searches).toEqual(['Patr', 'Patri']);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
